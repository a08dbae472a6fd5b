/**
 * Engine time of this tree against another tree's (a git worktree of main, say), run by run in
 * turn in one process: the machines' speed drifts by up to a fifth over minutes, which two
 * separate bench runs read as a change of the engine. Both engines get the same rosters, from
 * this tree's generators. Not a benchmark: for telling whether a change saves time.
 * `npx tsx test/bench/reconcile-ab.ts <other tree> [rosters, comma-separated] [runs]`
 */
import type { ReconcileInput } from '../../src/domain/reconcile';
import { reconcileFs } from '../../src/domain/reconcile';
import { engineInput, engineOf, rosterFor } from './rosters';

const [other, profiles = 'payroll,grader,blind,realistic', runsArg = '12'] = process.argv.slice(2);
if (!other) throw new Error('usage: reconcile-ab.ts <other tree> [rosters] [runs]');
const theirEngine = await engineOf(other);
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
  const input = engineInput(roster, 'ab');
  const theirs: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < runs + WARM_UP; i++) {
    // Which goes first changes run by run: the second of a pair pays for the first's garbage.
    let a: number, b: number;
    if (i % 2 === 0) {
      a = timed(theirEngine, input);
      b = timed(reconcileFs, input);
    } else {
      b = timed(reconcileFs, input);
      a = timed(theirEngine, input);
    }
    if (i < WARM_UP) continue;
    theirs.push(a);
    ours.push(b);
  }
  const [a, b] = [median(theirs), median(ours)];
  console.log(`${profile.padEnd(10)} 10000 ${a.toFixed(0).padStart(10)} ${b.toFixed(0).padStart(9)} ${(b / a).toFixed(3).padStart(12)}`);
}
