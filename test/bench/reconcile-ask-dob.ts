/**
 * What asking the worker's date of birth does for review rows (the review card's "Ask their date
 * of birth", ui/screens/reconcile/ask-dob.tsx): each review row with no date, whose worker is on
 * the register with one, is given that date, as the worker would say it, and everything is run
 * again. Prints, per roster, the review rows before and after and where the asked rows went.
 * A hidden worker in review is given a date of birth drawn at random (1975-2004), which may
 * happen to be a namesake's. A registered worker misremembering the date is not modelled.
 * ASK=hidden asks the rows flagged hidden instead, those without a date that name a registered
 * namesake (the hidden rows that offer the question).
 * `[ASK=hidden] npx tsx test/bench/reconcile-ask-dob.ts [roster,roster…] [size] [seed]`
 */
import { reconcileFs } from '../../src/domain/reconcile';
import { rng } from './prng';
import { engineInput, rosterFor } from './rosters';

const [names = 'realistic,noisy,holdout,blind,payroll,grader,fourth,fifth', sizeArg = '10000', seedArg] = process.argv.slice(2);
const askHidden = process.env.ASK === 'hidden';
for (const name of names.split(',')) {
  const { roster, label } = rosterFor(name, Number(sizeArg), seedArg ? Number(seedArg) : undefined);
  const before = reconcileFs(engineInput(roster, 'ask-dob'));
  const registered = new Map(roster.registered.map((r) => [r.workerId, r]));
  const onsite = new Map(roster.onsite.map((o) => [o.id, o]));
  const asked = new Map<string, string>();
  const random = rng(7);
  const randomDate = () => `${random.int(1975, 2004)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  for (const r of before.results) {
    const offered = askHidden ? r.status === 'hidden' && r.namesakeId : r.status === 'review';
    if (!offered || onsite.get(r.onsiteId)!.dateOfBirth) continue;
    const truth = roster.truth.get(r.onsiteId);
    const dob = truth ? registered.get(truth)!.dateOfBirth : randomDate();
    if (dob) asked.set(r.onsiteId, dob);
  }
  const after = reconcileFs({ ...engineInput(roster, 'ask-dob'), onsite: roster.onsite.map((o) => (asked.has(o.id) ? { ...o, dateOfBirth: asked.get(o.id)! } : o)) });
  // Where the asked rows went: registered workers' and hidden workers' apart.
  const went = { right: 0, wrong: 0, review: 0, hidden: 0 };
  const hiddenWent = { matched: 0, review: 0, hidden: 0 };
  for (const r of after.results) {
    if (!asked.has(r.onsiteId)) continue;
    const truth = roster.truth.get(r.onsiteId);
    if (!truth) hiddenWent[r.status]++;
    else if (r.status === 'matched') went[r.registeredId === truth ? 'right' : 'wrong']++;
    else went[r.status]++;
  }
  const pct = (n: number) => `${((n / roster.onsite.length) * 100).toFixed(1)} %`;
  console.log(`${label}, ${sizeArg}: review ${before.summary.review} (${pct(before.summary.review)}) → ${after.summary.review} (${pct(after.summary.review)}), ` +
    `hidden ${before.summary.hidden} → ${after.summary.hidden}; ` +
    `registered workers asked ${went.right + went.wrong + went.review + went.hidden}: matched rightly ${went.right}, wrongly ${went.wrong}, still review ${went.review}, hidden ${went.hidden}; ` +
    `hidden workers asked ${hiddenWent.matched + hiddenWent.review + hiddenWent.hidden}: hidden ${hiddenWent.hidden}, still review ${hiddenWent.review}, matched ${hiddenWent.matched}`);
}
