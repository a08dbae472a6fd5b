/**
 * One labelled roster as other registers and sheets write it: each variant rewrites the fields
 * the way one export or one employer's sheet does, keeps the truth, and is reconciled beside the
 * roster as generated. Not a benchmark, and no generator of its own: for finding what a roster
 * the engine has not seen can do to it, and telling whether a change mends it.
 * `[VARIANTS=asIs,sheetRunTogether] [TREE=other tree] npx tsx test/bench/reconcile-exports.ts [roster] [size] [seed]`
 * With TREE, that tree's engine (a git worktree of main, say) reconciles the same rewritten rosters.
 */
import { reconcileFs } from '../../src/domain/reconcile';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { quality } from './metrics';
import { engineInput, engineOf, rosterFor } from './rosters';
import type { Roster } from './generate';

type Variant = (roster: Roster) => Roster;

const KHMER = /[\u1780-\u17ff]/;
const SPACES = /[\s\u200b]+/g;

const onSheet = (roster: Roster, f: (o: OnsiteWorker) => OnsiteWorker): Roster => ({ ...roster, onsite: roster.onsite.map(f) });
const onRegister = (roster: Roster, f: (r: RegisteredWorker, i: number) => RegisteredWorker): Roster => ({ ...roster, registered: roster.registered.map(f) });
const khmerRunTogether = (r: RegisteredWorker) => ({ ...r, nameKh: r.nameKh.replace(SPACES, '') });

/** Five names for a register where everyone shares one (SOK SREY MOM and the like), in both scripts. */
const FIVE_NAMES: readonly (readonly [string, string])[] = [
  ['សុខ ស្រីមុំ', 'SOK SREY MOM'], ['ចាន់ សុភា', 'CHAN SOPHEA'], ['សុខ សុភា', 'SOK SOPHEA'], ['កែវ ស្រីនាង', 'KEO SREY NEANG'], ['មាស ចាន់ធី', 'MEAS CHANTHY'],
];

/**
 * The register of an employer who registered only `share` of the floor: the others' rows on the
 * sheet become hidden workers (a registered twin of one of them stays as written). Rows are kept
 * by a fixed stride, not by chance, so every engine meets the same register.
 */
const registerShare = (share: number): Variant => (roster) => {
  const registered = roster.registered.filter((_, i) => (i * 7919) % 1000 < share * 1000);
  const kept = new Set(registered.map((r) => r.workerId));
  return { ...roster, registered, truth: new Map([...roster.truth].map(([o, r]) => [o, r !== null && kept.has(r) ? r : null])) };
};

const VARIANTS: Record<string, Variant> = {
  asIs: (roster) => roster,
  /** A payroll system that upper-cases names and drops every space: KAEVSOPHEA. */
  sheetRunTogether: (roster) => onSheet(roster, (o) => ({ ...o, name: o.name.toUpperCase().replace(SPACES, '') })),
  /** The sheet's names family name last. */
  sheetGivenFirst: (roster) => onSheet(roster, (o) => {
    const words = o.name.trim().split(SPACES);
    return words.length > 1 ? { ...o, name: [...words.slice(1), words[0]].join(' ') } : o;
  }),
  /** A sheet that gives the year of birth alone, as 1 January. */
  sheetYearOnly: (roster) => onSheet(roster, (o) => ({ ...o, dateOfBirth: o.dateOfBirth ? `${o.dateOfBirth.slice(0, 4)}-01-01` : null })),
  /** A sheet without a sex column. */
  sheetNoSex: (roster) => onSheet(roster, (o) => ({ ...o, sex: null })),
  /** A register that writes every Khmer name without a space between the words. */
  registerKhmerRunTogether: (roster) => onRegister(roster, khmerRunTogether),
  /** The same, with no Latin names: only the sheet's Khmer names written apart show the words. */
  registerKhmerOnlyRunTogether: (roster) => onRegister(roster, (r) => ({ ...khmerRunTogether(r), nameLatin: null })),
  /** Both lists' Khmer names run together: only the register's Latin names show the words. */
  bothKhmerRunTogether: (roster) => onSheet(onRegister(roster, khmerRunTogether), (o) => (KHMER.test(o.name) ? { ...o, name: o.name.replace(SPACES, '') } : o)),
  /** An employer who registered half the floor, or a fifth: most rows on the sheet hidden. */
  registerHalf: registerShare(0.5),
  registerFifth: registerShare(0.2),
  /** A register with no Latin names. */
  registerNoLatin: (roster) => onRegister(roster, (r) => ({ ...r, nameLatin: null })),
  /** Everyone on the register holds one of five names, and the sheet writes each row's worker's (hidden rows one at random). */
  fiveNames: (roster) => {
    const nameOf = new Map(roster.registered.map((r, i) => [r.workerId, FIVE_NAMES[i % FIVE_NAMES.length]]));
    return {
      ...onRegister(roster, (r, i) => ({ ...r, nameKh: FIVE_NAMES[i % FIVE_NAMES.length][0], nameLatin: FIVE_NAMES[i % FIVE_NAMES.length][1] })),
      onsite: roster.onsite.map((o, i) => {
        const [kh, latin] = nameOf.get(roster.truth.get(o.id) ?? '') ?? FIVE_NAMES[i % FIVE_NAMES.length];
        return { ...o, name: i % 2 ? kh : latin };
      }),
    };
  },
};

const [profile = 'grader', sizeArg = '10000', seedArg] = process.argv.slice(2);
const engine = process.env.TREE ? await engineOf(process.env.TREE) : reconcileFs;
const { roster, label } = rosterFor(profile, Number(sizeArg), seedArg ? Number(seedArg) : undefined);
const chosen = process.env.VARIANTS?.split(',') ?? Object.keys(VARIANTS);
console.log(`${label}, ${sizeArg} registered${process.env.TREE ? `, the engine of ${process.env.TREE}` : ''}`);
console.log('variant'.padEnd(30), 'recall  precision  wrongful hidden  wrong auto-match  review   ms');
for (const name of chosen) {
  const variant = VARIANTS[name];
  if (!variant) throw new Error(`unknown variant "${name}"; one of ${Object.keys(VARIANTS).join(', ')}`);
  const rewritten = variant(roster);
  const input = engineInput(rewritten, name);
  engine(input);
  const t0 = performance.now();
  const q = quality(engine(input), rewritten.truth);
  const ms = performance.now() - t0;
  const pct = (x: number, digits: number) => `${(x * 100).toFixed(digits)} %`;
  console.log(name.padEnd(30), q.hiddenRecall.toFixed(3).padStart(6), q.hiddenPrecision.toFixed(3).padStart(10), pct(q.wrongfulHidden, 2).padStart(16), pct(q.wrongAutoMatch, 3).padStart(17), pct(q.reviewRate, 1).padStart(7), ms.toFixed(0).padStart(5));
}
