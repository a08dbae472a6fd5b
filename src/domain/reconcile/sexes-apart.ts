import type { Person } from './people';
import { SEX } from './weights';

/**
 * How often a sheet writes a worker's sex otherwise than the register, on rows its numbers and
 * names tie to them (datedTies). Most sheets copy the card and slip about 1 time in 100 or less;
 * one whose clerk filled the column down, or guessed it from unisex names, shows it on a row in
 * twenty or more. Only on the former does a sex that differs say something about a row that
 * nothing but a name and a date ties to a worker (engine.ts checkSex).
 */
export interface SexesApart {
  /** Rows so tied whose sex differs from the worker's. */
  apart: number;
  /** Rows so tied, with a sex on both lists. */
  tied: number;
}

/** Above this share of tied rows with the sex otherwise, a sheet's sex column is not read as careful. */
const CAREFUL_SHARE = 0.02;

/** `ties`: rows beside the worker their number ties them to (datedTies) whose names are close (Scorer.namesClose). */
export function sexesApart(ties: readonly (readonly [Person, Person])[]): SexesApart {
  let apart = 0;
  let tied = 0;
  for (const [o, r] of ties) {
    if (o.sex === null || r.sex === null) continue;
    tied++;
    if (o.sex !== r.sex) apart++;
  }
  return { apart, tied };
}

/**
 * Whether the sheet writes sex as carefully as a card is copied. One row otherwise is allowed
 * beyond the share, so a small sheet's single slip does not say its clerk guessed; a sheet with
 * no tied rows shows nothing against it.
 */
export const sexKept = ({ apart, tied }: SexesApart): boolean => apart <= CAREFUL_SHARE * tied + 1;

/** The fewest sex slips a sheet is read as making: 1 in 500 (the weights' own is 1 in 100). */
const SEX_SLIPS_AT_LEAST = 0.002;

/**
 * How often the sheet writes a worker's sex otherwise, for SEX.differs's m: the tied rows' own
 * share, counted with one slip more than seen so that a few clean rows do not read as a sheet
 * that never slips, between SEX_SLIPS_AT_LEAST and the weights' own 1 in 100. A sheet that
 * copies the card on thousands of tied rows without a slip then says more against a namesake of
 * the other sex (a unisex name: Sophal, Dara, Nimol) than one whose clerk guessed the column.
 */
export const sexSlipShare = ({ apart, tied }: SexesApart): number => Math.min(SEX.differs.m, Math.max(SEX_SLIPS_AT_LEAST, (apart + 1) / (tied + 1)));
