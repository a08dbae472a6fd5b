/**
 * `npm run bench`: each benchmark is a module exporting a function that returns (or prints) its
 * report; add new ones to BENCHES. Pass a name to run only that one (`npm run bench -- load`).
 */
import { runBrowserBench } from './browser-bench';
import { runLoadBench } from './load-bench';
import { runReconcileBench } from './reconcile-bench';

const BENCHES: Record<string, (args: string[]) => string | void | Promise<string | void>> = {
  reconcile: runReconcileBench,
  load: () => runLoadBench(),
  browser: () => runBrowserBench(),
};

const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
for (const [name, run] of Object.entries(BENCHES)) {
  if (only.length && !only.includes(name)) continue;
  console.log(`## ${name}\n`);
  const report = await run(args);
  if (report) console.log(report);
  console.log();
}
