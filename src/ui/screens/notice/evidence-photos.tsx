import { useEffect, useMemo, useState } from 'preact/hooks';
import { addPhoto, listPhotos } from '../../../store';
import { useApp } from '../../app-context';
import { describeError } from '../../errors';
import { useLiveQuery } from '../../hooks/use-live-query';
import { useI18n } from '../../i18n/i18n';
import { compressPhoto, currentPosition } from '../../photo/compress';
import { db } from '../../services';
import { useSaid, type Say } from '../../i18n/said';

/** Photos taken as evidence: compressed on the phone, kept as Blobs, uploaded after everything else. */
export function EvidencePhotos({ visitId }: { visitId: string }) {
  const { t } = useI18n();
  const { syncSoon } = useApp();
  const photos = useLiveQuery(() => listPhotos(db, visitId), [visitId]) ?? [];
  const [withLocation, setWithLocation] = useState(false);
  const [message, setMessage] = useSaid<{ kind: 'ok' | 'bad'; say: Say }>();
  const urls = useMemo(() => photos.map((p) => ({ id: p.id, url: URL.createObjectURL(p.blob) })), [photos]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u.url)), [urls]);
  const waiting = photos.filter((p) => p.uploaded === 0).length;

  async function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const [blob, pos] = await Promise.all([compressPhoto(file), withLocation ? currentPosition() : Promise.resolve(null)]);
      await addPhoto(db, {
        id: crypto.randomUUID(), visitId, noticeId: null, takenAt: new Date().toISOString(),
        latitude: pos?.latitude ?? null, longitude: pos?.longitude ?? null, accuracyM: pos?.accuracyM ?? null,
        mime: 'image/jpeg', bytes: blob.size, caption: '',
      }, blob);
      setMessage({ kind: 'ok', say: (t) => t('photo.added') });
      syncSoon();
    } catch (err) {
      setMessage({ kind: 'bad', say: (t) => describeError(err, t) });
    }
  }

  return (
    <section class="card no-print" aria-labelledby="photos-h">
      <h2 id="photos-h">{t('photo.title')}</h2>
      <div class="choice" style="margin-bottom:0.5rem">
        <label><input type="checkbox" checked={withLocation} onChange={(e) => setWithLocation(e.currentTarget.checked)} /> {t('photo.withLocation')}</label>
      </div>
      <label class="button" for="photo-file">{t('photo.take')}</label>
      <input id="photo-file" class="visually-hidden" type="file" accept="image/*" capture="environment" onChange={onFile} />
      {message && <p class={`banner ${message.kind}`} role={message.kind === 'bad' ? 'alert' : 'status'}>{message.text}</p>}
      {urls.length > 0 && <div class="photos" style="margin-top:0.5rem">{urls.map((u) => <img key={u.id} src={u.url} alt="" />)}</div>}
      {waiting > 0 && <p class="muted">{t('photo.pendingUpload', { count: waiting })}</p>}
    </section>
  );
}
