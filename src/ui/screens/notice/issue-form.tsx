import { useState } from 'preact/hooks';
import type { Notice, PenaltySchedule, VisitPackage } from '../../../protocol';
import { getNumberBlocks, getUsedNumbers, issueNotice, listPhotos } from '../../../store';
import { takeNoticeNumber } from '../../../domain/notice/take-number';
import { noticeDeadlines } from '../../../domain/notice/deadline';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { SignaturePad } from '../../components/signature-pad';
import { describeError } from '../../errors';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { db } from '../../services';
import { useUnsavedInput } from '../../unsaved-input';
import { useSaid } from '../../i18n/said';

/** Turns the saved draft into the notice the employer keeps: numbered, signed (or refused), immutable. */
export function IssueForm({ draft, pkg, schedule }: { draft: Notice; pkg: VisitPackage; schedule: PenaltySchedule }) {
  const { t } = useI18n();
  const { session, syncSoon } = useApp();
  const [repName, setRepName] = useState('');
  const [repRole, setRepRole] = useState('');
  const [repSignature, setRepSignature] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const [refusalNote, setRefusalNote] = useState('');
  const [inspectorSignature, setInspectorSignature] = useState<string | null>(null);
  const [error, setError] = useSaid();
  useUnsavedInput('issue', repName !== '' || repSignature !== null || inspectorSignature !== null);

  const missing: MessageKey[] = [];
  if (!repName.trim()) missing.push('issue.needName');
  if (!refused && !repSignature) missing.push('issue.needRepSign');
  if (!inspectorSignature) missing.push('issue.needInspectorSign');

  async function issue() {
    setError(null);
    try {
      const number = takeNoticeNumber(await getNumberBlocks(db), await getUsedNumbers(db), new Date());
      if (!number) {
        setError({ say: (t) => t('issue.noNumbers') });
        return;
      }
      const issuedAt = new Date().toISOString();
      const photos = await listPhotos(db, pkg.visit.id);
      const notice: Notice = {
        ...draft,
        status: 'issued',
        number,
        issuedAt,
        updatedAt: issuedAt,
        employerNameKh: pkg.employer.nameKh,
        employerAddress: `${pkg.employer.address}, ${pkg.employer.province}`,
        employerNssfNumber: pkg.employer.nssfEmployerNumber,
        inspectorName: session.user.displayName,
        inspectorCode: session.user.inspectorCode,
        ...noticeDeadlines(issuedAt.slice(0, 10), schedule),
        inspectorSignature,
        acknowledgement: { name: repName.trim(), role: repRole.trim(), signature: refused ? null : repSignature, refused, refusalNote: refused ? refusalNote.trim() : '' },
        photoIds: photos.map((p) => p.id),
      };
      await issueNotice(db, notice);
      syncSoon();
    } catch (e) {
      setError({ say: (t) => describeError(e, t) });
    }
  }

  return (
    <section class="card no-print" aria-labelledby="issue-h">
      <h2 id="issue-h">{t('issue.title')}</h2>
      <p class="muted">{t('issue.help')}</p>
      <Field id="rep-name" label={t('issue.repName')}>
        <input id="rep-name" value={repName} onInput={(e) => setRepName(e.currentTarget.value)} autoComplete="off" />
      </Field>
      <Field id="rep-role" label={t('issue.repRole')}>
        <input id="rep-role" value={repRole} onInput={(e) => setRepRole(e.currentTarget.value)} autoComplete="off" />
      </Field>
      <div class="choice" style="margin-bottom:0.75rem">
        <label><input type="checkbox" checked={refused} onChange={(e) => setRefused(e.currentTarget.checked)} /> {t('issue.refused')}</label>
      </div>
      {refused ? (
        <Field id="refusal" label={t('issue.refusalNote')}>
          <textarea id="refusal" value={refusalNote} onInput={(e) => setRefusalNote(e.currentTarget.value)} />
        </Field>
      ) : (
        <SignaturePad id="rep-signature" label={t('issue.repSign')} onChange={setRepSignature} />
      )}
      <SignaturePad id="inspector-signature" label={t('issue.inspectorSign')} onChange={setInspectorSignature} />
      {missing.length > 0 && <p class="muted">{t('issue.missing', { what: missing.map((k) => t(k)).join(', ') })}</p>}
      {error && <p class="banner bad" role="alert">{error.text}</p>}
      <button type="button" class="primary block" disabled={missing.length > 0} onClick={issue}>{t('issue.submit')}</button>
    </section>
  );
}
