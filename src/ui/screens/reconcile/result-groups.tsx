import { useMemo, useState } from 'preact/hooks';
import type { MatchDecision, MatchResult, MatchStatus, OnsiteWorker, Reconciliation, RegisteredWorker } from '../../../protocol';
import { Identifiers, identifiers, PersonLine, unbrokenId } from '../../components/person-line';
import { VirtualList } from '../../components/virtual-list';
import { formatNumber, useI18n, type MessageKey } from '../../i18n/i18n';
import { searchFor } from '../../search-text';
import { AskDob, type SaveDob } from './ask-dob';
import { CardLookup, type HeldBy } from './card-lookup';
import { resultSearchTexts, type ResultSearchTexts } from './result-search';
import { ReviewCard, type Decide, type RemoveRow } from './review-card';

const resultText = (texts: ResultSearchTexts, r: MatchResult) => texts.results.get(r.onsiteId);

/** Typical heights at 360 px; each list measures its rendered rows and uses these only for the rest. */
const HIDDEN_PX = 145;
const MATCHED_PX = 160;
const ABSENT_PX = 90;
/** A card for a namesake pair: two candidate tables. */
const CARD_PX = 1200;
/** A review card fills most of a phone screen, so a few dozen of them are already a long page. */
const CARDS_WINDOW_FROM = 30;

interface Props {
  rec: Reconciliation;
  onsite: OnsiteWorker[];
  registered: RegisteredWorker[];
  decisions: MatchDecision[];
  decide: Decide;
  removeRow: RemoveRow;
  saveDob: SaveDob;
  undo: (decision: MatchDecision) => void;
  busy: boolean;
}

export function ResultGroups({ rec, onsite, registered, decisions, decide, removeRow, saveDob, undo, busy }: Props) {
  const { t, lang } = useI18n();
  // Built once per list, not on every render: the search box renders on each key typed, over 10,000 rows.
  const onsiteById = useMemo(() => new Map(onsite.map((w) => [w.id, w])), [onsite]);
  const registeredById = useMemo(() => new Map(registered.map((w) => [w.workerId, w])), [registered]);
  // Which row each matched registered worker is on, for a card check that names a worker another row holds.
  const heldBy: HeldBy = useMemo(() => new Map(rec.results.filter((r) => r.status === 'matched' && r.registeredId)
    .map((r) => [r.registeredId!, { onsiteId: r.onsiteId, name: onsiteById.get(r.onsiteId)?.name ?? r.onsiteId }])), [rec, onsiteById]);
  const standing = new Map(decisions.filter((d) => d.kind !== 'reject').map((d) => [d.onsiteId, d]));
  const reasonText = (codes: string[]) => codes.map((c) => t(`reason.${c}` as MessageKey)).join('; ');

  const [query, setQuery] = useState('');
  const found = searchFor(query);
  // Worked out once a search starts, not for every run: each review decision runs it again.
  const searching = found !== null;
  const texts = useMemo(() => (searching ? resultSearchTexts(rec, onsiteById, registeredById) : null), [rec, onsiteById, registeredById, searching]);
  const shown = <T,>(items: T[], textOf: (texts: ResultSearchTexts, item: T) => string | undefined) =>
    (found && texts ? items.filter((x) => found(textOf(texts, x) ?? '')) : items);
  const count = (n: number, of: number) => (found ? `${formatNumber(lang, n)} / ${formatNumber(lang, of)}` : formatNumber(lang, of));

  const allReview = rec.results.filter((r) => r.status === 'review');
  const review = shown(allReview, resultText);
  const groups: { status: MatchStatus; title: MessageKey; cls: string; rowPx: number }[] = [
    { status: 'hidden', title: 'reconcile.hidden', cls: 'bad', rowPx: HIDDEN_PX },
    { status: 'matched', title: 'reconcile.matched', cls: 'ok', rowPx: MATCHED_PX },
  ];

  function line(r: MatchResult) {
    const w = onsiteById.get(r.onsiteId);
    const reg = r.registeredId ? registeredById.get(r.registeredId) : undefined;
    const namesake = r.namesakeId ? registeredById.get(r.namesakeId) : undefined;
    const mine = standing.get(r.onsiteId);
    return (
      <>
        <div class="who">
          <PersonLine name={w?.name ?? r.onsiteId} nationalId={w?.nationalId} nssfNumber={w?.nssfNumber} dateOfBirth={w?.dateOfBirth} />
          {reg && <div class="ids">→ {reg.nameKh}{reg.nameLatin ? ` · ${reg.nameLatin}` : ''} <span class="nowrap">({reg.workerId})</span></div>}
          <div class="ids">{reasonText(r.reasons)}</div>
          {/* What the worker's card is held against before a hidden flag is trusted. */}
          {namesake && (
            <div class="ids" data-testid="hidden-namesake">
              {r.reasons[0] === 'held.byAnotherRow' && heldBy.has(namesake.workerId) ? t('reconcile.heldBy', { name: heldBy.get(namesake.workerId)!.name }) : t('reconcile.namesake')} {namesake.nameKh}{namesake.nameLatin ? ` · ${namesake.nameLatin}` : ''} ({unbrokenId(namesake.workerId)})
              <Identifiers ids={identifiers(t, namesake)} leading />
            </div>
          )}
          {/* Told from a registered namesake without a date: the worker's own date confirms the flag, or finds them. */}
          {r.status === 'hidden' && !mine && namesake && w && !w.dateOfBirth && <AskDob worker={w} save={saveDob} busy={busy} />}
          {/* A worker flagged hidden who shows a registration card is settled by its number, not fined. */}
          {r.status === 'hidden' && !mine && <CardLookup onsiteId={r.onsiteId} worker={w} registered={registered} heldBy={heldBy} decide={decide} removeRow={removeRow} busy={busy} />}
        </div>
        {mine ? (
          <button type="button" disabled={busy} onClick={() => undo(mine)}>{t('review.undo')}</button>
        ) : r.status === 'matched' && r.registeredId ? (
          <button type="button" disabled={busy} onClick={() => decide('reject', r.onsiteId, r.registeredId)}>{t('review.notSame')}</button>
        ) : null}
      </>
    );
  }

  const twinOf = new Map((rec.registeredTwice ?? []).map((x) => [x.absentId, x.presentId]));

  function absentLine(id: string) {
    const w = registeredById.get(id);
    const twin = twinOf.get(id);
    const present = twin === undefined ? undefined : registeredById.get(twin);
    return (
      <div class="who">
        <PersonLine name={w?.nameKh ?? id} nameAlt={w?.nameLatin} nationalId={w?.nationalId} nssfNumber={w?.nssfNumber} dateOfBirth={w?.dateOfBirth} />
        {twin !== undefined && <div class="ids" data-testid="registered-twice">{t('reconcile.registeredTwice', { name: present?.nameKh || present?.nameLatin || twin, id: unbrokenId(twin) })}</div>}
      </div>
    );
  }

  const groupRows = groups.map((g) => {
    const all = rec.results.filter((r) => r.status === g.status);
    return { ...g, all, rows: shown(all, resultText) };
  });
  const absent = shown(rec.absent, (texts, id) => texts.absent.get(id));
  const none = found !== null && review.length === 0 && absent.length === 0 && groupRows.every((g) => g.rows.length === 0);

  return (
    <>
      <section class="card">
        <label class="visually-hidden" for="result-search">{t('onsite.filter')}</label>
        <input id="result-search" type="search" placeholder={t('onsite.filter')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        {none && <p class="muted" role="status" data-testid="result-none">{t('reconcile.noneFound', { query: query.trim() })}</p>}
      </section>
      {review.length > 0 && (
        <section aria-labelledby="g-review" data-testid="group-review">
          <h2 id="g-review"><span class="pill warn">{count(review.length, allReview.length)}</span> {t('reconcile.review')}</h2>
          <VirtualList class="cards" items={review} itemKey={(r) => r.onsiteId} estimate={CARD_PX} windowFrom={CARDS_WINDOW_FROM} renderItem={(r) => (
            <ReviewCard result={r} worker={onsiteById.get(r.onsiteId)} registered={registered} registeredById={registeredById} heldBy={heldBy} decide={decide} removeRow={removeRow} saveDob={saveDob} busy={busy} />
          )} />
        </section>
      )}
      {groupRows.map(({ status, title, cls, rowPx, all, rows }) => {
        if (rows.length === 0) return null;
        return (
          <section class="card" key={status} aria-labelledby={`g-${status}`} data-testid={`group-${status}`}>
            <h2 id={`g-${status}`}><span class={`pill ${cls}`}>{count(rows.length, all.length)}</span> {t(title)}</h2>
            <VirtualList class="people" items={rows} itemKey={(r) => r.onsiteId} estimate={rowPx} renderItem={line} />
          </section>
        );
      })}
      {absent.length > 0 && (
        <section class="card" aria-labelledby="g-absent" data-testid="group-absent">
          <h2 id="g-absent"><span class="pill warn">{count(absent.length, rec.absent.length)}</span> {t('reconcile.absent')}</h2>
          <VirtualList class="people" items={absent} itemKey={(id) => id} estimate={ABSENT_PX} renderItem={absentLine} />
        </section>
      )}
    </>
  );
}
