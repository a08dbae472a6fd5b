import type { Edges } from './edges';
import { P_HIDDEN, P_MATCH, TAKEN_MARGIN, TWICE_BITS } from './weights';

export type Outcome =
  | { status: 'matched'; r: number; p: number }
  /**
   * `namesDiffer`: sure enough to match but that the names share nothing (engine.ts namesChecked).
   * `twice`: fits as well as a registered worker another row holds: one person entered twice?
   * `idHeld`: unlikely as the pair is, the row gives a registered worker's very ID number (engine.ts idHeld).
   * `sexDiffers`: sure enough to match but that the sexes differ and only a name and a date tie the pair (engine.ts checkSex).
   * `idDiffers`: sure enough to match but that the national ID numbers differ outright (engine.ts cardChecked).
   */
  | { status: 'review'; p: number; ambiguous: boolean; namesDiffer?: true; twice?: true; idHeld?: true; sexDiffers?: true; idDiffers?: true; candidates: { r: number; p: number }[] }
  /** `held`: the registered worker the row would be a candidate for, had another row not been matched to them. */
  | { status: 'hidden'; p: number; held?: number };

/**
 * The review for a row that fits registered worker r as well as another row that holds r: one
 * person entered twice? Even odds, for only the inspector can say which row is the person.
 */
export const enteredTwice = (r: number): Outcome => ({ status: 'review', p: 0.5, ambiguous: true, twice: true, candidates: [{ r, p: 0.5 }] });

/** A pair's bits at which it alone is as likely as P_HIDDEN. */
const HELD_FIT_BITS = Math.log2(P_HIDDEN / (1 - P_HIDDEN));

/** How many candidates a review row carries: enough to choose from, few enough to read on a phone. */
const MAX_CANDIDATES = 3;
/**
 * A candidate after the first with a lower posterior than this (1 in 200) is left off: on the
 * bench rosters such candidates were the true worker about 1 time in 600, so they cost the
 * inspector a screen each far more often than they help. Rejecting the others and running
 * again brings one back.
 */
const MIN_CANDIDATE_P = 0.005;

/**
 * Turns the assignment into one outcome per on-site worker, with a posterior probability.
 * The probability that on-site o is registered r weighs the pair against every rival that is
 * still plausible: other registered workers o fits (row) and other on-site workers who fit r
 * (column), but not a rival already matched elsewhere by a wide margin (TAKEN_MARGIN) — a
 * namesake whose twin clearly matched someone else is no longer a rival. "Nobody" has odds 1:
 * scores already include the prior odds (score.ts).
 *
 * A rival counts for what its other commitments leave of it; for two on-site rows and one
 * registered worker the exact odds give both rules. An on-site row o2 with odds w for r is
 * worth w / (1 + F) as o's rival, F being o2's odds over what else it could be: the workers
 * nobody was assigned, and its own. A registered rival that another row o3 holds with odds h
 * is worth its odds times (1 + E) / (1 + E + h), E being o3's odds over the free workers. So a
 * name alone that fits five free namesakes is a fifth of a rival to each, and a worker held by
 * a namesake with a date of birth to show for it is hardly a rival at all.
 */
export function classify(edges: Edges, assigned: Int32Array, registeredCount: number, matchShift = 0, twiceBits = TWICE_BITS): Outcome[] {
  const classifier = new Classifier(edges, assigned, registeredCount, 2 ** -matchShift, twiceBits);
  const outcomes = new Array<Outcome>(assigned.length);
  for (let o = 0; o < assigned.length; o++) outcomes[o] = classifier.outcome(o);
  // Which worker a hidden row would be a candidate for, once it is known who is matched: a row
  // only likelier than not for a worker, sent to review, holds no one.
  for (let o = 0; o < assigned.length; o++) {
    const out = outcomes[o];
    if (out.status !== 'hidden') continue;
    const held = classifier.heldFit(o, outcomes);
    if (held >= 0) out.held = edges.r[held];
  }
  return outcomes;
}

/**
 * What classify needs to judge one row, worked out once for all rows. Each pass over the
 * edges is a method of its own, and so is each row's outcome: small functions are compiled
 * sooner and once, where one long function would be compiled again at every loop.
 */
class Classifier {
  private readonly rows: { start: Int32Array; order: Int32Array };
  private readonly cols: { start: Int32Array; order: Int32Array };
  /** The on-site row each registered worker was assigned to, or -1. */
  private readonly owner: Int32Array;
  /** Each assigned row's bits for its own pair. */
  private readonly ownBits: Float64Array;
  /** Each edge's odds, worked out once: the sums below read most edges more than once. */
  private readonly odds: Float64Array;
  /** Each on-site row's odds over the registered workers nobody was assigned, and its own: F above. */
  private readonly freeMass: Float64Array;
  /** Reused row to row: only review rows copy them. */
  private readonly rivals: number[] = [];
  private readonly weights: number[] = [];

  /**
   * `matchScale`: the factor a pair's odds take at the prior the two lists' sizes allow
   * (Scorer.matchShift); a match must hold at P_MATCH with every pair's odds so scaled, or it
   * goes to review. 1 when the lists allow the usual prior.
   */
  constructor(
    private readonly edges: Edges,
    private readonly assigned: Int32Array,
    registeredCount: number,
    private readonly matchScale = 1,
    /** How well a row must fit a worker another row holds to be read as that person listed twice (twiceBits, weights.ts). */
    private readonly twiceBits = TWICE_BITS,
  ) {
    this.rows = edges.groupBy('o', assigned.length);
    this.cols = edges.groupBy('r', registeredCount);
    this.owner = new Int32Array(registeredCount).fill(-1);
    this.ownBits = new Float64Array(assigned.length);
    this.findOwners();
    this.odds = oddsOf(edges);
    this.freeMass = new Float64Array(assigned.length);
    this.sumFreeMass();
  }

  private findOwners(): void {
    const { edges, assigned, rows } = this;
    for (let o = 0; o < assigned.length; o++) {
      const r = assigned[o];
      if (r < 0) continue;
      this.owner[r] = o;
      for (let i = rows.start[o]; i < rows.start[o + 1]; i++) if (edges.r[rows.order[i]] === r) this.ownBits[o] = edges.bits[rows.order[i]];
    }
  }

  private sumFreeMass(): void {
    const { edges, rows } = this;
    for (let o = 0; o < this.assigned.length; o++) {
      for (let i = rows.start[o]; i < rows.start[o + 1]; i++) {
        const e = rows.order[i];
        const owner = this.owner[edges.r[e]];
        if (owner < 0 || owner === o) this.freeMass[o] += this.odds[e];
      }
    }
  }

  /** A rival registered worker taken by someone else by a wide margin. */
  private rTaken(e: number): boolean {
    const o2 = this.owner[this.edges.r[e]];
    return o2 >= 0 && o2 !== this.edges.o[e] && this.ownBits[o2] >= this.edges.bits[e] + TAKEN_MARGIN;
  }

  /** A rival on-site worker matched elsewhere by a wide margin. */
  private oTaken(e: number): boolean {
    const o = this.edges.o[e];
    return this.assigned[o] >= 0 && this.assigned[o] !== this.edges.r[e] && this.ownBits[o] >= this.edges.bits[e] + TAKEN_MARGIN;
  }

  outcome(o: number): Outcome {
    const { edges, rows, cols, odds, rivals, weights } = this;
    const r = this.assigned[o];
    rivals.length = 0;
    weights.length = 0;
    let rowMass = 0;
    for (let i = rows.start[o]; i < rows.start[o + 1]; i++) {
      const e = rows.order[i];
      if (edges.r[e] === r || this.rTaken(e)) continue;
      const w = odds[e] * this.leftFor(o, e);
      rivals.push(e);
      weights.push(w);
      rowMass += w;
    }
    if (r >= 0) {
      const b = this.ownBits[o];
      let colMass = 0;
      for (let i = cols.start[r]; i < cols.start[r + 1]; i++) {
        const e = cols.order[i];
        if (edges.o[e] === o || this.oTaken(e)) continue;
        colMass += odds[e] / (1 + this.freeMass[edges.o[e]]);
      }
      const alt = rowMass + (1 + rowMass) * colMass;
      const own = 2 ** b;
      const p = 1 / (1 + (1 + alt) / own);
      // At a lower prior every pair, own and rivals alike, is less likely against "nobody".
      const sure = this.matchScale === 1 ? p : 1 / (1 + (1 + this.matchScale * alt) / (this.matchScale * own));
      if (sure >= P_MATCH) return { status: 'matched', r, p };
      // Sure at the usual prior, not at the lists' own: too little evidence, not a rival in the way.
      const demoted = p >= P_MATCH;
      return { status: 'review', p: demoted ? sure : p, ambiguous: !demoted && alt >= 1, candidates: top(this.rivalList([{ r, w: own }]), 1 + own + alt) };
    }
    const p = rowMass / (1 + rowMass);
    if (p < P_HIDDEN) {
      const twin = this.takenTwin(o);
      return twin < 0 ? { status: 'hidden', p } : enteredTwice(edges.r[twin]);
    }
    const likely = weights.filter((w) => w > 1).length;
    return { status: 'review', p, ambiguous: likely !== 1, candidates: top(this.rivalList([]), 1 + rowMass) };
  }

  /**
   * Row o's strongest edge to a worker another row holds by a wide margin, if it is TWICE_BITS
   * or more by itself; else -1. Such a row is one person entered twice (typed in from the ID
   * card and also on the employer's sheet) far more often than a stranger with the same name
   * and date of birth, and flagging it hidden would fine the employer for a worker they declared.
   */
  private takenTwin(o: number): number {
    const { edges, rows } = this;
    let best = -1;
    for (let i = rows.start[o]; i < rows.start[o + 1]; i++) {
      const e = rows.order[i];
      if (edges.bits[e] >= this.twiceBits && this.rTaken(e) && (best < 0 || edges.bits[e] > edges.bits[best])) best = e;
    }
    return best;
  }

  /**
   * Row o's strongest edge to a worker another row is matched to, if that edge alone would have
   * kept the row from being flagged hidden (P_HIDDEN); else -1. The flag then rests on the other
   * row's claim, and the inspector is told whose: "no registered worker fits" would be untrue.
   */
  heldFit(o: number, outcomes: readonly Outcome[]): number {
    const { edges, rows } = this;
    let best = -1;
    for (let i = rows.start[o]; i < rows.start[o + 1]; i++) {
      const e = rows.order[i];
      const holder = this.owner[edges.r[e]];
      if (holder < 0 || holder === o || edges.bits[e] < HELD_FIT_BITS || outcomes[holder].status !== 'matched') continue;
      // Ties go to the worker first in id order, so the worker named does not hang on row order.
      if (best < 0 || edges.bits[e] > edges.bits[best] || (edges.bits[e] === edges.bits[best] && edges.r[e] < edges.r[best])) best = e;
    }
    return best;
  }

  /**
   * The share of rival edge e's worker row o may count: all of one that is free or o's own; of
   * one another row holds with odds h, (1 + E) / (1 + E + h), E that row's odds elsewhere.
   */
  private leftFor(o: number, e: number): number {
    const holder = this.owner[this.edges.r[e]];
    if (holder < 0 || holder === o) return 1;
    const held = 2 ** this.ownBits[holder];
    const elsewhere = Math.max(0, this.freeMass[holder] - held);
    return (1 + elsewhere) / (1 + elsewhere + held);
  }

  /** `list` with the row's rivals after it, each with the weight it counted for. */
  private rivalList(list: { r: number; w: number }[]): { r: number; w: number }[] {
    for (let i = 0; i < this.rivals.length; i++) list.push({ r: this.edges.r[this.rivals[i]], w: this.weights[i] });
    return list;
  }
}

/** Each edge's odds, 2^bits. */
function oddsOf(edges: Edges): Float64Array {
  const odds = new Float64Array(edges.length);
  for (let e = 0; e < edges.length; e++) odds[e] = 2 ** edges.bits[e];
  return odds;
}

function top(candidates: { r: number; w: number }[], total: number): { r: number; p: number }[] {
  return candidates
    .sort((a, b) => b.w - a.w || a.r - b.r)
    .slice(0, MAX_CANDIDATES)
    .map((c) => ({ r: c.r, p: c.w / total }))
    .filter((c, i) => i === 0 || c.p >= MIN_CANDIDATE_P);
}
