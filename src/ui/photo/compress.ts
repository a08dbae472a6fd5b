/** Longest side of a stored evidence photo: enough to read a name board, small enough for a cheap phone. */
export const PHOTO_MAX_SIDE = 1600;
export const PHOTO_QUALITY = 0.72;

/** Re-encodes a camera photo as a JPEG no larger than PHOTO_MAX_SIDE on its longest side. */
export async function compressPhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, PHOTO_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('could not encode the photo'))), 'image/jpeg', PHOTO_QUALITY),
  );
}

export interface Position { latitude: number; longitude: number; accuracyM: number }

/** The phone's position, only when the inspector asked for it; null when refused or unavailable. */
export function currentPosition(timeoutMs = 10_000): Promise<Position | null> {
  if (!('geolocation' in navigator)) return Promise.resolve(null);
  return new Promise((resolve) =>
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude, accuracyM: p.coords.accuracy }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    ),
  );
}
