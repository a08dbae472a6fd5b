import type { MatchResult, Reconciliation } from '../../protocol';
import { cutWidth, writtenLength } from '../names/cut-width';
import { NameCache } from '../names/name-cache';
import { assign } from './assign';
import { birthdaysApart } from './birthdays-apart';
import { forEachBlockedPair, forEachPair } from './blocking';
import { classify, enteredTwice, type Outcome } from './classify';
import { readDecisions, type Decided } from './decisions';
import { Edges } from './edges';
import { Explanations } from './explain';
import { datedTies, indexIds } from './id-index';
import { assertUnique, byId, People, type Person } from './people';
import { othersNumbers, withoutOthers, type OthersNumbers } from './others-numbers';
import { sharedOnRegister } from './placeholders';
import type { ReasonCode } from './reasons';
import { LearnedLatin } from './learned-latin';
import { listedTwice } from './listed-twice';
import { namesApart } from './names-apart';
import { registeredTwice } from './registered-twice';
import { cardsReissued } from './reissued-cards';
import { Scorer } from './score';
import { sexesApart, sexKept } from './sexes-apart';
import { summarize } from './summary';
import type { ReconcileInput } from './types';
import { TWICE_BITS, twiceBits } from './weights';
import { yearsFromAges } from './years-from-ages';

export const FS_ENGINE = 'fs-v2';

export interface EngineOptions {
  /** 'all' scores every pair: the benchmark's yardstick for what blocking misses and saves. */
  pairs?: 'blocked' | 'all';
}

/** Pairs below this (1 : 1000 against) are no one's rival and no one's candidate. */
const FLOOR_BITS = -10;
/**
 * A row whose best pair is less likely than not (0 bits, even odds) is searched again, give or
 * take a typo in the name. So is a row whose likelier pairs all have another name (a worker
 * with its date of birth, or one holding its family name), unless one is SURE_BITS: its own
 * worker, spelled by ear, is often further off than the keys reach.
 */
const WIDEN_BITS = 0;
/**
 * A row whose ID numbers alone found a candidate this likely (2^30, a billion to one), with a
 * name close to its own, is not looked up by name or date: every pair those keys added to such
 * rows on the bench rosters scored 20 bits or more below it (once 9), too little to move its
 * outcome. They were half the pairs scored on a payroll that gives most IDs, a third on the
 * others.
 */
const SETTLED_BITS = 30;
/**
 * A row with a candidate this likely (1,000 : 1) does not read the holders of each word of its
 * name: a pair that shares only a word with it, and no ID, date or whole name, scored 6 bits or
 * more below it on the bench rosters (eight, three seeds each, of 1,000 and of 10,000), 13 or
 * more for all but 5 rows. On a payroll spelled in its clerk's own way, such pairs were 45 % of
 * all pairs scored, and 1 in 500 of them came within 1,000 : 1 against (FLOOR_BITS).
 */
const SURE_BITS = 10;

/**
 * Fellegi-Sunter matching: block, score each candidate pair in bits, pick the most likely
 * one-to-one assignment, then say how sure each outcome is. Inspector decisions are applied
 * first: a confirmed pair is fixed, a rejected pair is never proposed, a worker declared
 * hidden stays hidden.
 */
export function reconcileFs(input: ReconcileInput, options: EngineOptions = {}): Reconciliation {
  const onsiteIds = assertUnique(input.onsite.map((o) => o.id), 'on-site worker id');
  const registeredIds = assertUnique(input.registered.map((r) => r.workerId), 'registered workerId');
  const decided = readDecisions(input.decisions, onsiteIds, registeredIds);
  // Either list's names written apart tell where a Khmer name run together splits, and so do the
  // register's Latin names: a register may run every Khmer name together, a sheet write none.
  const cache = new NameCache(input.registered.map((r) => r.nameKh).concat(input.onsite.map((o) => o.name)), input.registered);
  const people = new People(cache, input.registered.length + input.onsite.length, sharedOnRegister(input.registered), new LearnedLatin(cache, input.registered));
  const registered = input.registered.map((r, row) => people.registered(r, row)).sort(byId);
  const site = input.onsite.map((o, row) => people.onsite(o, row)).sort(byId);
  const ids = indexIds(registered);
  const others = othersNumbers(site, registered, ids);
  for (const [i, numbers] of others) site[i] = withoutOthers(site[i], numbers);
  const scorer = new Scorer(registered, people.nameSetCount, { rows: site.length, cut: cutNames(input.onsite, site), years: yearsFromAges(site, registered), reissued: cardsReissued(site, registered) });
  const ties = datedTies(site, registered, ids);
  scorer.weighNamesApart(namesApart(ties, (o, r) => scorer.writtenRank(o, r)));
  // Tied by a number and a close name too: what their dates and sexes show of the sheet.
  const namedTies = ties.filter(([o, r]) => scorer.namesClose(o, r));
  scorer.weighBirthdaysApart(birthdaysApart(namedTies));
  const sexes = sexesApart(namedTies);
  scorer.weighSexesApart(sexes);
  const sexChecked = sexKept(sexes) ? checkSex : keep;
  const confirmedReg = new Set(decided.confirmed.values());

  // Without decisions, the lists as they are: most runs have none, and a copy of each is garbage.
  const open = decided.confirmed.size + decided.hidden.size === 0 ? site : site.filter((o) => !decided.confirmed.has(o.id) && !decided.hidden.has(o.id));
  const openReg = confirmedReg.size === 0 ? registered : registered.filter((r) => !confirmedReg.has(r.id));
  const rejected = rejectedPairs(decided, open, openReg);

  const edges = new Edges();
  // The closest registered worker of each on-site one, floor or not.
  const closest = new Int32Array(open.length).fill(-1);
  const closestBits = new Float64Array(open.length).fill(-Infinity);
  // The closest whose name is close (similar or better): a hidden row names its namesake, even
  // one that a date or sex told apart further than a worker with another name and the same date.
  const namesake = new Int32Array(open.length).fill(-1);
  const namesakeBits = new Float64Array(open.length).fill(-Infinity);
  // Whether it met a worker whose name is its own, in any spelling: its namesakes are then read in full (blocking.ts).
  const named = new Uint8Array(open.length);
  const visit = (o: number, r: number) => {
    if (rejected.size > 0 && rejected.has(o * openReg.length + r)) return;
    const bits = scorer.score(open[o], openReg[r]);
    if (bits > FLOOR_BITS) edges.push(o, r, bits);
    if (bits > closestBits[o]) {
      closest[o] = r;
      closestBits[o] = bits;
    }
    // The name agreement the score just measured.
    if (bits > namesakeBits[o] && scorer.lastClose()) {
      namesake[o] = r;
      namesakeBits[o] = bits;
    }
    if (named[o] === 0 && scorer.lastSame()) named[o] = 1;
  };
  // A row searched again for a typo in its name: only a name that came out close counts.
  const visitNear = (o: number, r: number) => {
    if (scorer.namesClose(open[o], openReg[r])) visit(o, r);
  };
  // The register's numbers as othersNumbers indexed them, unless confirmed pairs took some workers out.
  const sameWorkers = openReg.length === registered.length;
  if (options.pairs === 'all') forEachPair(open, openReg, visit);
  else {
    forEachBlockedPair(open, openReg, visit, {
      widen: (o) => closestBits[o] < WIDEN_BITS || (namesakeBits[o] < WIDEN_BITS && closestBits[o] < SURE_BITS),
      settled: (o) => closestBits[o] >= SETTLED_BITS && scorer.namesClose(open[o], openReg[closest[o]]),
      sure: (o) => closestBits[o] >= SURE_BITS,
      lost: (o) => closestBits[o] <= FLOOR_BITS,
      nameless: (o) => namesakeBits[o] < WIDEN_BITS,
      named: (o) => named[o] === 1,
      close: scorer.nameClose,
      visitNear,
    }, sameWorkers ? ids : undefined);
  }
  const outcomes = classify(edges, assign(edges, open.length, openReg.length), openReg.length, scorer.matchShift, twiceBits(listedTwice(site)));

  // Results in the order of the input, and which registered workers (by input row) were present.
  const explain = new Explanations();
  const results = new Array<MatchResult>(input.onsite.length);
  const present = new Uint8Array(input.registered.length);
  const confirmed = confirmedReg.size > 0 ? registered.filter((r) => confirmedReg.has(r.id)) : [];
  open.forEach((o, i) => {
    const out = idHeld(cardChecked(sexChecked(idChecked(namesChecked(outcomes[i], o, openReg, scorer), o, openReg, scorer), o, openReg, scorer), o, openReg, scorer), o, closest[i], openReg, scorer);
    results[o.row] = toResult(o, out, openReg, scorer, explain, namesake[i] >= 0 ? namesake[i] : closest[i]);
    if (out.status === 'matched') present[openReg[out.r].row] = 1;
    if (out.status === 'hidden' && confirmed.length > 0) {
      const twin = twinOfConfirmed(o, confirmed, scorer, decided);
      if (twin >= 0) results[o.row] = toResult(o, enteredTwice(twin), confirmed, scorer, explain, -1);
    }
  });
  if (decided.hidden.size > 0 || decided.confirmed.size > 0) {
    const byWorkerId = new Map(registered.map((r) => [r.id, r]));
    for (const o of site) {
      if (decided.hidden.has(o.id)) results[o.row] = { onsiteId: o.id, status: 'hidden', registeredId: null, score: 0, reasons: shared(DECIDED_HIDDEN) };
      const rid = decided.confirmed.get(o.id);
      if (rid === undefined) continue;
      const r = byWorkerId.get(rid)!;
      present[r.row] = 1;
      const reasons = explain.after('decision.confirmed', scorer.pattern(o, r));
      results[o.row] = { onsiteId: o.id, status: 'matched', registeredId: rid, score: 1, reasons: shared(reasons) };
    }
  }
  // What a row gives that was read as not given is said on it: a number another worker's
  // (another row gives their name and date), a date that makes a child, a number of another kind.
  if (others.size > 0 || people.notes.size > 0) {
    const another = new Map([...others].map(([i, numbers]) => [site[i].id, anotherRow(numbers)]));
    input.onsite.forEach((o, row) => {
      if (decided.hidden.has(o.id)) return;
      const said = [...(another.get(o.id) ?? []), ...(people.notes.get(o.id) ?? [])];
      if (said.length > 0) results[row] = { ...results[row], reasons: [...results[row].reasons, ...said] };
    });
  }
  const absent: string[] = [];
  input.registered.forEach((r, row) => {
    if (!present[row]) absent.push(r.workerId);
  });
  return {
    visitId: input.visitId,
    runAt: input.runAt,
    engine: FS_ENGINE,
    summary: summarize(results, absent, input.registered.length, input.tally),
    results,
    absent,
    registeredTwice: registeredTwice(registered, present),
  };
}

/** The Latin names of the rows as long as the sheet's cut width, if it shows one (cut-width.ts). */
function cutNames(rows: ReconcileInput['onsite'], site: readonly Person[]): Set<number> {
  const out = new Set<number>();
  const width = cutWidth(rows.map((o) => o.name));
  if (width === 0) return out;
  for (const p of site) {
    if (writtenLength(rows[p.row].name) !== width) continue;
    for (const n of p.names) if (n.script === 'latin') out.add(n.id);
  }
  return out;
}

/** Rejected pairs as numbers (on-site index · registered count + registered index), to test per pair without building strings. */
function rejectedPairs(decided: Decided, open: Person[], reg: Person[]): Set<number> {
  const out = new Set<number>();
  if (decided.rejected.size === 0) return out;
  const oIndex = new Map(open.map((o, i) => [o.id, i]));
  const rIndex = new Map(reg.map((r, i) => [r.id, i]));
  for (const [oid, rids] of decided.rejected) {
    const o = oIndex.get(oid);
    if (o === undefined) continue;
    for (const rid of rids) {
      const r = rIndex.get(rid);
      if (r !== undefined) out.add(o * reg.length + r);
    }
  }
  return out;
}

/**
 * A pair whose names share no word and no sound is never matched without the inspector, however
 * strongly an ID or a date ties it: an employer's sheet with a registered worker's card number
 * beside another person's name is the hiding the visit is for, and a typing slip looks the same
 * until someone reads the card. On the bench rosters of 10,000, 0-7 right matches a roster went
 * to review so, and none wrong.
 */
function namesChecked(out: Outcome, o: Person, reg: Person[], scorer: Scorer): Outcome {
  if (out.status !== 'matched' || !scorer.namesDiffer(o, reg[out.r])) return out;
  return { status: 'review', p: out.p, ambiguous: false, namesDiffer: true, candidates: [{ r: out.r, p: out.p }] };
}

/**
 * A pair tied by an ID number against a date of birth far apart (Scorer.idAlone) is never
 * matched without the inspector: the card shows whose it is. With a name that shares a word at
 * most, such matches on the bench rosters (3 seeds of 10,000) were 36: 25 hidden workers on the
 * card numbers of registered workers who had left (the eleventh roster, which models it) and
 * 11 registered workers on a payroll with a nickname and a date from their own say. With the
 * name close, 224 on one seed: 49 hidden workers on a namesake's borrowed card (the sixty-second)
 * and 175 workers whose sheet gave a date from elsewhere (the project's own rosters and the
 * payroll; the blind rosters write none). All go to review, with the ID card to check
 * (match.idHeld).
 */
function idChecked(out: Outcome, o: Person, reg: Person[], scorer: Scorer): Outcome {
  if (out.status !== 'matched' || !scorer.idAlone(o, reg[out.r])) return out;
  return { status: 'review', p: out.p, ambiguous: false, idHeld: true, candidates: [{ r: out.r, p: out.p }] };
}

/**
 * A pair whose sexes differ, tied by a name and a date of birth and no ID number, is not matched
 * without the inspector on a sheet that writes sex as carefully as the card (sexes-apart.ts).
 * Such a pair looks like a hidden worker on a registered relative's name and date, as a child
 * under working age gives a sibling's (the fifty-ninth bench roster, 23 rows in 10,000), more
 * than a slip; one look at the worker settles it. A sheet whose sex column is often otherwise
 * says nothing by it, and its pairs are matched as scored.
 */
function checkSex(out: Outcome, o: Person, reg: Person[], scorer: Scorer): Outcome {
  if (out.status !== 'matched' || !scorer.sexAgainst(o, reg[out.r])) return out;
  return { status: 'review', p: out.p, ambiguous: false, sexDiffers: true, candidates: [{ r: out.r, p: out.p }] };
}

const keep = (out: Outcome): Outcome => out;

/**
 * A pair sure enough to match though its national ID numbers differ outright, with no NSSF
 * number to tie it (its name and date of birth outweighed the number), is not matched without
 * the inspector on a sheet whose rows plainly its workers give their own numbers (no cards
 * re-issued: Scorer.cardAgainst). A worker's row may carry a number typed from elsewhere; but a
 * hidden worker with a registered namesake's name and birthday, on a card of their own, looks
 * just so, and the card settles it at a glance.
 */
function cardChecked(out: Outcome, o: Person, reg: Person[], scorer: Scorer): Outcome {
  if (out.status !== 'matched' || !scorer.cardAgainst(o, reg[out.r])) return out;
  return { status: 'review', p: out.p, ambiguous: false, idDiffers: true, candidates: [{ r: out.r, p: out.p }] };
}

/**
 * A row that would be flagged hidden but gives its closest registered worker's very national ID
 * or NSSF number goes to review with that worker, however much its name and date tell against
 * them: a nickname with a date from the worker's own say (both seen on payrolls), a worker
 * entered twice with another date, or a registered worker's card beside a hidden worker's name,
 * which is the hiding the visit is for. A person with the card in hand tells them apart; a fine
 * should not. On the bench rosters such rows were the registered worker every time (29 of 29).
 */
function idHeld(out: Outcome, o: Person, closest: number, reg: Person[], scorer: Scorer): Outcome {
  if (out.status !== 'hidden' || closest < 0 || !scorer.sameId(o, reg[closest])) return out;
  // At least the least score a result shows (1 in 10,000): one that rounds to nothing is a
  // candidate the review card leaves out as no chance at all, and this one is the point.
  const p = Math.max(out.p, 1e-4);
  return { status: 'review', p, ambiguous: false, idHeld: true, candidates: [{ r: closest, p }] };
}

/**
 * A worker the inspector confirmed for another row, whom this row fits as well as TWICE_BITS on
 * its own: one person entered twice, as classify.ts reads a worker another row holds. Confirmed
 * workers are left out of the pairs scored, so they are looked at here, for the rows that would
 * otherwise be flagged hidden: a few workers against a few rows. Its index in `confirmed`, or -1.
 */
function twinOfConfirmed(o: Person, confirmed: Person[], scorer: Scorer, decided: Decided): number {
  let best = -1;
  let bestBits = TWICE_BITS;
  confirmed.forEach((r, i) => {
    if (decided.rejected.get(o.id)?.has(r.id)) return;
    const bits = scorer.score(o, r);
    if (bits >= bestBits) [best, bestBits] = [i, bits];
  });
  return best;
}

const round = (p: number) => Math.round(p * 1e4) / 1e4;
/** A hidden row's p is below P_HIDDEN, and its score must not round up to it (0.19996 is not 0.2). */
const roundDown = (p: number) => Math.floor(p * 1e4) / 1e4;

/** `told`: the registered worker a hidden row is explained against (its namesake, if it met one, which it then names), or -1. */
function toResult(o: Person, out: Outcome, reg: Person[], scorer: Scorer, explain: Explanations, told: number): MatchResult {
  if (out.status === 'matched') {
    return { onsiteId: o.id, status: 'matched', registeredId: reg[out.r].id, score: round(out.p), reasons: shared(explain.of(scorer.pattern(o, reg[out.r]))) };
  }
  if (out.status === 'review') {
    const candidates = out.candidates.map((c) => ({ registeredId: reg[c.r].id, score: round(c.p), reasons: shared(explain.of(scorer.pattern(o, reg[c.r]))) }));
    const tag: ReasonCode = out.namesDiffer ? 'match.nameDiffers' : out.twice ? 'match.twice' : out.idHeld ? 'match.idHeld' : out.sexDiffers ? 'match.sexDiffers' : out.idDiffers ? 'match.idDiffers' : out.ambiguous ? 'match.ambiguous' : 'match.weak';
    const reasons = out.candidates.length > 0 ? explain.after(tag, scorer.pattern(o, reg[out.candidates[0].r])) : [tag];
    return { onsiteId: o.id, status: 'review', registeredId: null, score: clampReview(out.p), reasons: shared(reasons), candidates };
  }
  const score = roundDown(out.p);
  // Hidden only because another row holds the worker who fits: said, and that worker named.
  if (out.held !== undefined) {
    return { onsiteId: o.id, status: 'hidden', registeredId: null, score, reasons: shared(explain.after('held.byAnotherRow', scorer.pattern(o, reg[out.held]))), namesakeId: reg[out.held].id };
  }
  const reasons = explain.hidden(told >= 0 ? scorer.pattern(o, reg[told]) : null);
  const hidden: MatchResult = { onsiteId: o.id, status: 'hidden', registeredId: null, score, reasons: shared(reasons) };
  if (reasons.includes('name.namesake')) hidden.namesakeId = reg[told].id;
  return hidden;
}

const DECIDED_HIDDEN: readonly ReasonCode[] = Object.freeze(['decision.hidden']);

const anotherRow = (numbers: OthersNumbers): ReasonCode[] => [...(numbers.nationalId ? (['nationalId.anotherRow'] as const) : []), ...(numbers.nssfNumber ? (['nssfNumber.anotherRow'] as const) : [])];

/**
 * Reason lists are shared between results with the same evidence and frozen (explain.ts); the
 * protocol's type says string[] because zod infers it so, and nothing writes to them.
 */
const shared = (reasons: readonly ReasonCode[]) => reasons as ReasonCode[];

/** A review row's score is strictly between a miss (0) and a sure match (1), as the UI sorts by it. */
function clampReview(p: number): number {
  return Math.min(0.9999, Math.max(0.0001, round(p)));
}
