import type { Transaction } from 'dexie';

/*
 * v3 → v4: every row holding personal data takes its sealed-row shape, with the data under
 * `plain` until the first unlock seals it (a Dexie upgrade runs before any key is available, and
 * Web Crypto cannot run inside an IndexedDB transaction anyway). Written against plain objects, as
 * the v3 rows were released.
 */
export const REGISTER_PART_SIZE = 1000;

type Row = Record<string, any>;

export async function upgradeToSealedRows(tx: Transaction): Promise<void> {
  const registered = (await tx.table('registered').toArray()) as Row[];
  const byVisit = new Map<string, Row[]>();
  for (const { visitId, ...worker } of registered) {
    const list = byVisit.get(visitId) ?? [];
    list.push(worker);
    byVisit.set(visitId, list);
  }
  const parts: Row[] = [];
  for (const [visitId, workers] of byVisit) {
    for (let i = 0; i * REGISTER_PART_SIZE < workers.length; i++) {
      parts.push({ visitId, part: i, plain: workers.slice(i * REGISTER_PART_SIZE, (i + 1) * REGISTER_PART_SIZE) });
    }
  }
  await tx.table('registerParts').bulkPut(parts);
  await tx.table('registered').clear();

  const contributions = (await tx.table('contributions').toArray()) as Row[];
  await tx.table('details').toCollection().modify((row: Row, ref: { value: Row }) => {
    const months = contributions.filter((c) => c.visitId === row.visitId).map(({ visitId: _, ...c }) => c);
    ref.value = { visitId: row.visitId, plain: { employer: row.employer, complaint: row.complaint, contributions: months } };
  });
  await tx.table('contributions').clear();

  const reshape = (table: string, keep: (row: Row) => Row, field?: string) =>
    tx.table(table).toCollection().modify((row: Row, ref: { value: Row }) => {
      ref.value = { ...keep(row), plain: field ? row[field] : row };
    });
  await reshape('onsite', (r) => ({ id: r.id, visitId: r.visitId, recordedAt: r.recordedAt }));
  await reshape('reconciliations', (r) => ({ visitId: r.visitId }));
  await reshape('notices', (r) => ({ id: r.id, visitId: r.visitId, createdAt: r.createdAt, status: r.status, number: r.number ?? null }));
  await reshape('decisions', (r) => ({ id: r.id, visitId: r.visitId, onsiteId: r.onsiteId, decidedAt: r.decidedAt }));
  await reshape('outbox', ({ mutation: _, ...r }) => r, 'mutation');
  await reshape(
    'photos',
    (r) => ({ id: r.id, visitId: r.visitId, takenAt: r.meta.takenAt, uploaded: r.uploaded, type: r.blob?.type ?? 'image/jpeg', blob: r.blob }),
    'meta',
  );
}
