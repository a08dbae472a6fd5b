import { engineInput, engineOf, rosterFor } from './rosters';
import { Scorer } from '../../src/domain/reconcile/score';
const trees = process.argv.slice(2);
for (const p of ['seventh']) {
  const { roster } = rosterFor(p, 10000);
  const out: string[] = [];
  for (const t of trees) {
    const mod = await import(t + '/src/domain/reconcile/score.ts');
    const S = mod.Scorer as typeof Scorer;
    let n = 0, c = 0;
    const orig = S.prototype.score, oc = S.prototype.namesClose;
    S.prototype.score = function (o, r) { n++; return orig.call(this, o, r); };
    S.prototype.namesClose = function (o, r) { c++; return oc.call(this, o, r); };
    const engine = await engineOf(t);
    engine(engineInput(roster, 'x'));
    S.prototype.score = orig; S.prototype.namesClose = oc;
    out.push(`${n} scored, ${c} namesClose`);
  }
  console.log('PAIRS', p, out.join(' | '));
}
