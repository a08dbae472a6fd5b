import { getTally, setTally } from '../../../store/findings-repo';
import { useApp } from '../../app-context';
import { describeError } from '../../errors';
import { useLiveQuery } from '../../hooks/use-live-query';
import { formatNumber, useI18n } from '../../i18n/i18n';
import { db } from '../../services';
import { useSaid } from '../../i18n/said';

export function TallyCounter({ visitId }: { visitId: string }) {
  const { t, lang } = useI18n();
  const { syncSoon } = useApp();
  const stored = useLiveQuery(() => getTally(db, visitId), [visitId]);
  const count = stored ?? 0;
  const [error, setError] = useSaid();

  async function write(next: number) {
    if (next < 0) return;
    try {
      await setTally(db, visitId, next);
      setError(null);
      syncSoon();
    } catch (e) {
      setError({ say: (t) => describeError(e, t) });
    }
  }

  return (
    <section class="card" aria-labelledby="tally-h">
      <h2 id="tally-h">{t('tally.title')}</h2>
      <div class="tally">
        <button type="button" aria-label={t('tally.decrement')} onClick={() => write(count - 1)} disabled={count === 0}>−</button>
        <output aria-live="polite" aria-label={t('tally.count')} data-testid="tally-value">{formatNumber(lang, count)}</output>
        <button type="button" class="primary" aria-label={t('tally.increment')} onClick={() => write(count + 1)}>+</button>
      </div>
      <form class="row" style="margin-top:0.6rem" onSubmit={(e) => {
        e.preventDefault();
        const input = (e.currentTarget as HTMLFormElement).elements.namedItem('tally') as HTMLInputElement;
        const n = Number.parseInt(input.value, 10);
        if (Number.isFinite(n) && n >= 0) void write(n);
        input.value = '';
      }}>
        <label class="visually-hidden" for="tally-input">{t('tally.count')}</label>
        <input id="tally-input" name="tally" type="number" inputMode="numeric" min={0} style="flex:1" placeholder={String(count)} />
        <button type="submit">{t('tally.set')}</button>
      </form>
      {error && <p class="banner bad" role="alert">{error.text}</p>}
    </section>
  );
}
