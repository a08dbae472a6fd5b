import { generateRoster, PROFILES, type Roster } from './generate';
import { generateHoldout, HOLDOUT_LABEL } from './holdout';

/** Every labelled roster the reconcile bench and its diagnostics can run on, by name. */
export const ROSTERS = [...PROFILES.map((p) => p.name), 'holdout'];

/** The seed each roster uses at each size unless told otherwise; the held-out one has its own. */
export function defaultSeed(name: string, size: number): number {
  return (name === 'holdout' ? 7_311_000 : 20250203) + size;
}

export function rosterFor(name: string, size: number, seed = defaultSeed(name, size)): { roster: Roster; label: string } {
  if (name === 'holdout') return { roster: generateHoldout(size, seed), label: HOLDOUT_LABEL };
  const profile = PROFILES.find((p) => p.name === name);
  if (!profile) throw new Error(`unknown roster "${name}"; one of ${ROSTERS.join(', ')}`);
  return { roster: generateRoster(size, profile, seed), label: profile.name };
}
