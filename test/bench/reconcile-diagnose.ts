/**
 * Diagnostics for the reconcile engine, not a benchmark: which hidden workers it fails to flag,
 * which registered workers it flags hidden, which pairs it matches wrongly, grouped by the
 * fields the on-site row carries and the reasons the engine gave.
 * `[TOP=40] [SHOW=registered→hidden] npx tsx test/bench/reconcile-diagnose.ts [roster, as rosters.ts names it] [size] [seed]`
 */
import { reconcileFs } from '../../src/domain/reconcile';
import type { MatchResult, OnsiteWorker } from '../../src/protocol';
import { engineInput, rosterFor } from './rosters';
import { quality } from './metrics';

const [profileName = 'realistic', sizeArg = '10000', seedArg] = process.argv.slice(2);
const size = Number(sizeArg);
const { roster, label } = rosterFor(profileName, size, seedArg ? Number(seedArg) : undefined);
const t0 = performance.now();
const result = reconcileFs(engineInput(roster, 'diag'));
console.log(label, size, `${(performance.now() - t0).toFixed(0)} ms`, quality(result, roster.truth));

const onsite = new Map(roster.onsite.map((o) => [o.id, o]));
const fields = (o: OnsiteWorker) => [o.nationalId ? 'nid' : '', o.nssfNumber ? 'nssf' : '', o.dateOfBirth ? 'dob' : '', o.sex ? 'sex' : ''].filter(Boolean).join('+') || 'name-only';
const tally = new Map<string, number>();
const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
const examples = new Map<string, MatchResult[]>();
for (const r of result.results) {
  const t = roster.truth.get(r.onsiteId) ?? null;
  const o = onsite.get(r.onsiteId)!;
  let kind: string | null = null;
  if (t === null && r.status !== 'hidden') kind = `hidden→${r.status}`;
  else if (t !== null && r.status === 'hidden') kind = 'registered→hidden';
  else if (t !== null && r.status === 'matched' && r.registeredId !== t) kind = 'wrong match';
  else if (t !== null && r.status === 'review') kind = 'registered→review';
  if (!kind) continue;
  const top = r.candidates?.[0];
  const key = `${kind} | ${fields(o)} | ${r.reasons.join(',')}${top ? ` | top: ${top.reasons.join(',')} ${top.registeredId === t ? '(true)' : ''}` : ''}`;
  count(key);
  const list = examples.get(key) ?? [];
  if (list.length < 1) examples.set(key, [...list, r]);
}
for (const [k, n] of [...tally].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) console.log(String(n).padStart(5), k);

/** With SHOW=kind-prefix, each case in full: the row, the truth, the engine's top candidate and where that candidate's own row went. */
const show = process.env.SHOW;
if (show) {
  const reg = new Map(roster.registered.map((r) => [r.workerId, r]));
  const rowOf = new Map<string, string>();
  for (const [oid, rid] of roster.truth) if (rid) rowOf.set(rid, oid);
  const byId = new Map(result.results.map((r) => [r.onsiteId, r]));
  const regLine = (id: string | null | undefined) => {
    if (!id) return '—';
    const r = reg.get(id)!;
    const own = rowOf.get(id);
    const ownRow = own ? onsite.get(own)! : null;
    const fate = own ? `${byId.get(own)!.status}${byId.get(own)!.registeredId === id ? '(self)' : ''} ${own} "${ownRow!.name}" ${ownRow!.sex} ${ownRow!.dateOfBirth} nid=${ownRow!.nationalId} nssf=${ownRow!.nssfNumber} ${byId.get(own)!.reasons.join(',')}` : 'absent';
    return `${id} ${r.nameKh}/${r.nameLatin} ${r.sex} ${r.dateOfBirth} nid=${r.nationalId} nssf=${r.nssfNumber} [own row: ${fate}]`;
  };
  let shown = 0;
  for (const r of result.results) {
    const t = roster.truth.get(r.onsiteId) ?? null;
    const kind = t === null && r.status !== 'hidden' ? `hidden→${r.status}` : t !== null && r.status === 'hidden' ? 'registered→hidden' : t !== null && r.status === 'matched' && r.registeredId !== t ? 'wrong match' : t !== null && r.status === 'review' ? 'registered→review' : null;
    const pReg = r.status === 'review' ? (r.candidates ?? []).reduce((s, c) => s + c.score, 0) : r.score;
    if (process.env.PMAX && pReg > Number(process.env.PMAX)) continue;
    if (!kind || !kind.startsWith(show) || shown++ >= 30) continue;
    const o = onsite.get(r.onsiteId)!;
    console.log(`\n${kind}: ${o.id} "${o.name}" ${o.sex} ${o.dateOfBirth} nid=${o.nationalId} nssf=${o.nssfNumber} → ${r.status} ${r.score} ${r.reasons.join(',')}`);
    console.log(`  truth: ${regLine(t)}`);
    for (const c of r.candidates ?? (r.registeredId ? [{ registeredId: r.registeredId, score: r.score, reasons: r.reasons }] : [])) console.log(`  cand ${c.score}: ${regLine(c.registeredId)} ${c.reasons.join(',')}`);
  }
}

/**
 * Hidden rows with no date of birth and no ID that no method could tell from a registered
 * worker: a candidate of theirs (same name, sex not contradicting) is absent, or on site with
 * nothing but a name either. Under the generator's own rates such a row is more likely that
 * registered worker than a hidden one.
 */
{
  const rowOf = new Map<string, string>();
  for (const [oid, rid] of roster.truth) if (rid) rowOf.set(rid, oid);
  const thin = (o: OnsiteWorker) => !o.dateOfBirth && !o.nationalId && !o.nssfNumber;
  let hiddenThin = 0, missedThin = 0, indistinguishable = 0;
  for (const r of result.results) {
    const o = onsite.get(r.onsiteId)!;
    if (roster.truth.get(r.onsiteId) !== null || !thin(o)) continue;
    hiddenThin++;
    if (r.status === 'hidden') continue;
    missedThin++;
    const twin = (r.candidates ?? []).some((c) => !c.reasons.includes('sex.differs') && (!rowOf.has(c.registeredId) || thin(onsite.get(rowOf.get(c.registeredId)!)!)));
    if (twin) indistinguishable++;
  }
  const hiddenAll = [...roster.truth.values()].filter((t) => t === null).length;
  console.log(`hidden rows: ${hiddenAll}; with a name only: ${hiddenThin}; of those not flagged: ${missedThin}; indistinguishable from an absent or name-only registered namesake: ${indistinguishable}`);
  console.log(`recall ceiling if those stay in review: ${((hiddenAll - indistinguishable) / hiddenAll).toFixed(3)}`);
}
