/**
 * The rows whose outcome differs between this tree's engine and another tree's, with the truth:
 * for telling whether a change meant only to save time changed any outcome, and which. A score
 * that moves without the status or the worker changing is counted, not shown.
 * `SEEDS=1,2,3 SIZES=1000,10000 [PROFILES=realistic,payroll] [SHOW=8] npx tsx test/bench/reconcile-changes.ts <other tree>`
 */
import { reconcileFs } from '../../src/domain/reconcile';
import type { MatchResult } from '../../src/protocol';
import { engineInput, engineOf, rosterFor, ROSTERS } from './rosters';

const other = process.argv[2];
if (!other) throw new Error('usage: reconcile-changes.ts <other tree>');
const theirEngine = await engineOf(other);
const seeds = (process.env.SEEDS ?? '1,2,3').split(',').map(Number);
const sizes = (process.env.SIZES ?? '1000,10000').split(',').map(Number);
const profiles = process.env.PROFILES?.split(',') ?? ROSTERS;
const show = Number(process.env.SHOW ?? 8);

const outcome = (r: MatchResult, truth: string | null | undefined) => {
  const candidates = (r.candidates ?? []).map((c) => `${c.registeredId}${c.registeredId === truth ? '*' : ''} ${c.score}`);
  return `${r.status}${r.registeredId ? ` ${r.registeredId}` : ''}${candidates.length ? ` [${candidates.join(', ')}]` : ''} ${r.score} ${r.reasons.join(',')}`;
};

let rows = 0;
let changed = 0;
let rescored = 0;
for (const profile of profiles) for (const size of sizes) for (const seed of seeds) {
  const { roster } = rosterFor(profile, size, seed);
  const input = engineInput(roster, 'changes');
  const theirs = theirEngine(input).results;
  const ours = reconcileFs(input).results;
  const onsite = new Map(roster.onsite.map((o) => [o.id, o]));
  let here = 0;
  theirs.forEach((a, i) => {
    const b = ours[i];
    rows++;
    if (a.status === b.status && a.registeredId === b.registeredId) {
      if (a.score !== b.score) rescored++;
      return;
    }
    changed++;
    if (here++ >= show) return;
    const o = onsite.get(a.onsiteId)!;
    const truth = roster.truth.get(a.onsiteId);
    console.log(`${profile} ${size} seed ${seed}: "${o.name}" ${o.sex} ${o.dateOfBirth} nid=${o.nationalId} nssf=${o.nssfNumber}, truly ${truth ?? 'hidden'}`);
    console.log(`  other: ${outcome(a, truth)}`);
    console.log(`  this:  ${outcome(b, truth)}`);
  });
}
console.log(`${changed} of ${rows} rows changed status or worker; ${rescored} more changed only their score`);
