/**
 * Engine time of this tree against another tree's (a git worktree of main, say), run by run in
 * turn in one process: the machines' speed drifts by up to a fifth over minutes, which two
 * separate bench runs read as a change of the engine. Both engines get the same rosters, from
 * this tree's generators. Not a benchmark: for telling whether a change saves time.
 * `npx tsx test/bench/reconcile-ab.ts <other tree> [rosters, comma-separated] [runs]`
 * The other tree needs its node_modules (a symlink to these will do).
 */
import { resolve } from 'node:path';
import type { ReconcileInput } from '../../src/domain/reconcile';
import { reconcileFs } from '../../src/domain/reconcile';
import { rosterFor } from './rosters';

const [other, profiles = 'payroll,grader,blind,realistic', runsArg = '12'] = process.argv.slice(2);
if (!other) throw new Error('usage: reconcile-ab.ts <other tree> [rosters] [runs]');
const base = (await import(resolve(other, 'src/domain/reconcile/index.ts'))) as { reconcileFs: typeof reconcileFs };
const runs = Number(runsArg);
/** Runs before these are the compiler's warm-up, not the engine's speed. */
const WARM_UP = 4;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const timed = (engine: typeof reconcileFs, input: ReconcileInput) => {
  const t = performance.now();
  engine(input);
  return performance.now() - t;
};

console.log('roster      size   other ms   this ms   this/other');
for (const profile of profiles.split(',')) {
  const { roster } = rosterFor(profile, 10_000);
  const input: ReconcileInput = { visitId: 'ab', registered: roster.registered, onsite: roster.onsite, tally: null, runAt: new Date(0).toISOString() };
  const theirs: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < runs + WARM_UP; i++) {
    // Which goes first changes run by run: the second of a pair pays for the first's garbage.
    let a: number, b: number;
    if (i % 2 === 0) {
      a = timed(base.reconcileFs, input);
      b = timed(reconcileFs, input);
    } else {
      b = timed(reconcileFs, input);
      a = timed(base.reconcileFs, input);
    }
    if (i < WARM_UP) continue;
    theirs.push(a);
    ours.push(b);
  }
  const [a, b] = [median(theirs), median(ours)];
  console.log(`${profile.padEnd(10)} 10000 ${a.toFixed(0).padStart(10)} ${b.toFixed(0).padStart(9)} ${(b / a).toFixed(3).padStart(12)}`);
}
