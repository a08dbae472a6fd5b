/**
 * `npm run bench`: each benchmark is a module exporting a function that returns its report;
 * add new ones to BENCHES. Pass a name to run only that one (`npm run bench -- reconcile`).
 */
import { runReconcileBench } from './reconcile-bench';

const BENCHES: Record<string, (args: string[]) => string> = {
  reconcile: runReconcileBench,
};

const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
for (const [name, run] of Object.entries(BENCHES)) {
  if (only.length && !only.includes(name)) continue;
  console.log(`## ${name}\n`);
  console.log(run(args));
  console.log();
}
