/**
 * Is the engine's probability honest? Buckets every on-site row by the engine's probability
 * that it is someone on the register (matched: its score; review: the candidates' sum; hidden:
 * its score) and prints the share that truly is. `npx tsx test/bench/reconcile-calibration.ts [realistic|noisy|holdout] 10000`
 */
import { reconcileFs } from '../../src/domain/reconcile';
import { engineInput, rosterFor } from './rosters';

const [profileName = 'realistic', sizeArg = '10000', seedArg] = process.argv.slice(2);
const { roster } = rosterFor(profileName, Number(sizeArg), seedArg ? Number(seedArg) : undefined);
const result = reconcileFs(engineInput(roster, 'cal'));
const onsite = new Map(roster.onsite.map((o) => [o.id, o]));
const EDGES = [0, 0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 0.95, 0.98, 0.995, 1.0001];
const rows: { n: number; reg: number; pSum: number; thin: number; thinReg: number }[] = EDGES.slice(1).map(() => ({ n: 0, reg: 0, pSum: 0, thin: 0, thinReg: 0 }));
for (const r of result.results) {
  const p = r.status === 'review' ? Math.min(1, (r.candidates ?? []).reduce((s, c) => s + c.score, 0)) : r.score;
  const b = rows[EDGES.findIndex((e, i) => p >= e && p < EDGES[i + 1])];
  const isReg = roster.truth.get(r.onsiteId) !== null;
  const o = onsite.get(r.onsiteId)!;
  const thin = !o.dateOfBirth && !o.nationalId && !o.nssfNumber;
  b.n++;
  b.pSum += p;
  if (isReg) b.reg++;
  if (thin) b.thin++;
  if (thin && isReg) b.thinReg++;
}
console.log('P(registered) bucket | rows | mean p | share registered | of which name only: rows, share registered');
rows.forEach((b, i) => b.n && console.log(`${EDGES[i].toFixed(3)}–${EDGES[i + 1].toFixed(3)} | ${b.n} | ${(b.pSum / b.n).toFixed(3)} | ${(b.reg / b.n).toFixed(3)} | ${b.thin}, ${b.thin ? (b.thinReg / b.thin).toFixed(3) : '—'}`));
