/**
 * The m of each name agreement level, measured: over the true pairs of a bench roster, the
 * share at which the comparator puts the on-site name against its registered worker's names.
 * weights.ts NAME should stay at or above these. Not a benchmark; a check on its figures.
 * `npx tsx test/bench/reconcile-name-levels.ts [realistic,noisy,holdout] [seeds, e.g. 1,2,3]`
 */
import { NameCache } from '../../src/domain/names/name-cache';
import { compareName } from '../../src/domain/reconcile/compare-name';
import { rosterFor } from './rosters';

const [profiles = 'realistic,noisy,holdout', seeds = '1,2,3'] = process.argv.slice(2);
for (const profile of profiles.split(',')) {
  const counts = new Map<string, number>();
  let pairs = 0;
  for (const seed of seeds.split(',').map(Number)) {
    const { roster } = rosterFor(profile, 10000, seed);
    const cache = new NameCache();
    const names = new Map(roster.registered.map((r) => [r.workerId, [cache.form(r.nameKh), ...(r.nameLatin ? [cache.form(r.nameLatin)] : [])]]));
    // The register's Khmer words, as the scorer knows them (known-words.ts).
    const known = new Uint8Array(1 << 20);
    for (const forms of names.values()) for (const f of forms) if (f.script === 'khmer') for (const id of f.keyIds) known[id] = 1;
    for (const o of roster.onsite) {
      const truth = roster.truth.get(o.id);
      if (!truth) continue;
      const level = compareName(cache.onsite(o.name), names.get(truth)!, known)?.level ?? 'none';
      counts.set(level, (counts.get(level) ?? 0) + 1);
      pairs++;
    }
  }
  const shares = [...counts].sort((a, b) => b[1] - a[1]).map(([level, n]) => `${level} ${((n / pairs) * 100).toFixed(2)} %`);
  console.log(`${profile} (${pairs} true pairs): ${shares.join(' | ')}`);
}
