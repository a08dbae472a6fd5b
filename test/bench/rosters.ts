import { generateRoster, PROFILES, type Roster } from './generate';
import { generateHoldout, HOLDOUT_LABEL } from './holdout';

/** Every labelled roster the reconcile bench and its diagnostics can run on, by name. */
export const ROSTERS = [...PROFILES.map((p) => p.name), 'holdout', 'placeholders'];

/** The seed each roster uses at each size unless told otherwise; the held-out one has its own. */
export function defaultSeed(name: string, size: number): number {
  return (name === 'holdout' ? 7_311_000 : 20250203) + size;
}

export function rosterFor(name: string, size: number, seed = defaultSeed(name, size)): { roster: Roster; label: string } {
  if (name === 'holdout') return { roster: generateHoldout(size, seed), label: HOLDOUT_LABEL };
  if (name === 'placeholders') return { roster: withPlaceholders(rosterFor('realistic', size, seed).roster), label: PLACEHOLDERS_LABEL };
  const profile = PROFILES.find((p) => p.name === name);
  if (!profile) throw new Error(`unknown roster "${name}"; one of ${ROSTERS.join(', ')}`);
  return { roster: generateRoster(size, profile, seed), label: profile.name };
}

const PLACEHOLDERS_LABEL = 'realistic, exported with placeholders';

/**
 * The realistic roster as a careless export writes it (src/domain/reconcile/placeholders.ts):
 * 000000000 for a third of the national IDs on both lists, and on the register 1900-01-01 for a
 * fifth of the dates of birth and 1970-01-01 for a tenth. The truth is unchanged.
 */
function withPlaceholders(roster: Roster): Roster {
  return {
    ...roster,
    registered: roster.registered.map((w, i) => ({
      ...w,
      nationalId: i % 3 === 0 ? '000000000' : w.nationalId,
      dateOfBirth: i % 5 === 1 ? '1900-01-01' : i % 10 === 2 ? '1970-01-01' : w.dateOfBirth,
    })),
    onsite: roster.onsite.map((o, i) => ({ ...o, nationalId: i % 3 === 0 ? '000000000' : o.nationalId })),
  };
}
