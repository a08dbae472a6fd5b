import { afterEach, describe, expect, it } from 'vitest';
import {
  addOnsiteWorker,
  addPhoto,
  getVisitPackage,
  listOnsite,
  LockedError,
  openDb,
  saveNotice,
  saveVisitPackage,
  TamperedError,
  Vault,
  generateDataKey,
  type HeadcountDb,
} from '../../src/store';
import { freshDb, notice, onsiteWorker, visitPackage } from './fixtures';

/** Every byte the database holds for the visit, as text a thief scanning the disk could read. */
async function everythingStored(db: HeadcountDb): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const chunks: string[] = [];
  const walk = async (v: unknown): Promise<void> => {
    if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) chunks.push(decoder.decode(v as ArrayBuffer));
    else if (v instanceof Blob) chunks.push(decoder.decode(await v.arrayBuffer()));
    else if (Array.isArray(v)) for (const x of v) await walk(x);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) await walk(x);
    else chunks.push(String(v));
  };
  for (const table of db.tables) await walk(await table.toArray());
  return chunks.join('\n');
}

describe('personal data at rest', () => {
  let db: HeadcountDb;
  afterEach(() => db?.delete());

  it('stores no worker name, ID number, date of birth, wage or photo byte in the clear', async () => {
    db = freshDb();
    const pkg = visitPackage('v1', { workers: 3 });
    pkg.registered[0] = { ...pkg.registered[0], nameKh: 'ចាន់ សុភា', nameLatin: 'Chan Sophea', nationalId: '110456789', nssfNumber: 'NSSF-778899', dateOfBirth: '1991-07-14', wageRiel: 1_234_567 };
    await saveVisitPackage(db, pkg);
    await addOnsiteWorker(db, onsiteWorker('v1', { name: 'Keo Chenda', nationalId: '220987654', dateOfBirth: '1988-02-03', wageRiel: 7_654_321 }));
    await saveNotice(db, notice('v1', { remarks: 'Keo Chenda works the night shift' }));
    await addPhoto(db, { id: crypto.randomUUID(), visitId: 'v1', noticeId: null, takenAt: new Date().toISOString(), latitude: 11.5564, longitude: 104.9282, accuracyM: 5, mime: 'image/jpeg', bytes: 0, caption: 'Keo Chenda at line 4' }, new Blob(['JFIF-SECRET-PIXELS'], { type: 'image/jpeg' }));

    const stored = await everythingStored(db);
    for (const secret of ['ចាន់ សុភា', 'Chan Sophea', '110456789', 'NSSF-778899', '1991-07-14', '1234567', 'Keo Chenda', '220987654', '1988-02-03', '7654321', 'JFIF-SECRET-PIXELS', '104.9282']) {
      expect(stored, secret).not.toContain(secret);
    }
    // The scan itself can see plain text: the visit summary (employer, date) is stored unsealed on purpose.
    expect(stored).toContain('Golden Thread Garment Co.');
    expect((await getVisitPackage(db, 'v1'))?.registered[0].nameLatin).toBe('Chan Sophea');
  });

  it('refuses to read or write personal data while locked', async () => {
    db = freshDb();
    await saveVisitPackage(db, visitPackage('v1'));
    const locked = openDb(db.name);
    await expect(getVisitPackage(locked, 'v1')).rejects.toThrow(LockedError);
    await expect(listOnsite(locked, 'v1')).rejects.toThrow(LockedError);
    await expect(addOnsiteWorker(locked, onsiteWorker('v1'))).rejects.toThrow(LockedError);
    locked.close();
  });

  it('does not open data sealed under another key: a copied database is useless elsewhere', async () => {
    db = freshDb();
    await addOnsiteWorker(db, onsiteWorker('v1'));
    const other = openDb(db.name, new Vault(await generateDataKey()));
    await expect(listOnsite(other, 'v1')).rejects.toThrow(TamperedError);
    other.close();
  });
});
