/**
 * Quality only, averaged over several seeds, for trying an engine change: every roster's
 * recall, precision, wrongful hidden, wrong auto-match and review, no timing.
 * `SEEDS=1,2,3 SIZES=1000,10000 [PROFILES=noisy,blind] npx tsx test/bench/reconcile-seeds.ts`
 */
import { reconcileFs } from '../../src/domain/reconcile';
import { quality } from './metrics';
import { engineInput, rosterFor } from './rosters';
const seeds = (process.env.SEEDS ?? '1,2').split(',').map(Number);
const sizes = (process.env.SIZES ?? '10000').split(',').map(Number);
const profiles = (process.env.PROFILES ?? 'realistic,noisy,holdout,blind').split(',');
for (const p of profiles) for (const size of sizes) {
  const acc = { hiddenRecall: 0, hiddenPrecision: 0, wrongfulHidden: 0, wrongAutoMatch: 0, reviewRate: 0 };
  for (const seed of seeds) {
    const { roster } = rosterFor(p, size, seed);
    const res = reconcileFs(engineInput(roster, 'q'));
    const q = quality(res, roster.truth);
    for (const k of Object.keys(acc) as (keyof typeof acc)[]) acc[k] += q[k] / seeds.length;
  }
  console.log(p.padEnd(10), String(size).padStart(5), `rec ${acc.hiddenRecall.toFixed(3)} prec ${acc.hiddenPrecision.toFixed(3)} wrongH ${(acc.wrongfulHidden * 100).toFixed(3)}% wrongA ${(acc.wrongAutoMatch * 100).toFixed(3)}% rev ${(acc.reviewRate * 100).toFixed(1)}%`);
}
