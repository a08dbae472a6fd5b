import { NameCache } from '../../src/domain/names/name-cache';
import { compareName } from '../../src/domain/reconcile/compare-name';
const cache = new NameCache([], []);
const [a, ...bs] = process.argv.slice(2);
const o = cache.onsite(a);
console.log('CMP', a, JSON.stringify(o.keys), o.text);
for (const b of bs) { const r = cache.form(b); console.log('CMP', b, JSON.stringify(r.keys), JSON.stringify(compareName(o, [r]))); }
