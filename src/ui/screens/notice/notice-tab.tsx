import { useEffect, useState } from 'preact/hooks';
import type { Notice, VisitPackage } from '../../../protocol';
import { DEFAULT_PENALTY_SCHEDULE } from '../../../domain/fines/default-schedule';
import { noticeHash, shortHash } from '../../../domain/notice/hash';
import { getSchedule, listNotices, saveNotice } from '../../../store';
import { useApp } from '../../app-context';
import { describeError } from '../../errors';
import { useLiveQuery } from '../../hooks/use-live-query';
import { useI18n } from '../../i18n/i18n';
import { db } from '../../services';
import { EvidencePhotos } from './evidence-photos';
import { IssueForm } from './issue-form';
import { NoticeDraft } from './notice-draft';
import { PrintableNotice } from './printable-notice';
import { useSaid } from '../../i18n/said';

/** Drafting, evidence and issuing for one visit; issued notices stay on screen, printable, unchanged. */
export function NoticeTab({ pkg }: { pkg: VisitPackage }) {
  const visitId = pkg.visit.id;
  const notices = useLiveQuery(() => listNotices(db, visitId), [visitId]);
  const schedule = useLiveQuery(() => getSchedule(db), []) ?? DEFAULT_PENALTY_SCHEDULE;
  if (!notices) return null;
  const issued = notices.filter((n) => n.status === 'issued').sort((a, b) => (a.issuedAt! < b.issuedAt! ? -1 : 1));
  const superseded = new Set(notices.map((n) => n.supersedes).filter(Boolean));
  const draft = notices.find((n) => n.status === 'draft') ?? null;
  return (
    <div>
      {issued.map((n) => <IssuedNotice key={n.id} notice={n} current={!superseded.has(n.id) && !draft} />)}
      {(draft || issued.length === 0) && <NoticeDraft pkg={pkg} />}
      {(draft || issued.length === 0) && <EvidencePhotos visitId={visitId} />}
      {draft && <IssueForm draft={draft} pkg={pkg} schedule={schedule} />}
    </div>
  );
}

function IssuedNotice({ notice, current }: { notice: Notice; current: boolean }) {
  const { t } = useI18n();
  const { syncSoon } = useApp();
  const [hash, setHash] = useState<string | null>(null);
  const [error, setError] = useSaid();
  useEffect(() => {
    void noticeHash(notice).then((h) => setHash(shortHash(h)));
  }, [notice.id]);

  async function revise() {
    const now = new Date().toISOString();
    try {
      await saveNotice(db, {
        ...notice, id: crypto.randomUUID(), status: 'draft', supersedes: notice.id, createdAt: now, updatedAt: now,
        number: null, issuedAt: null, inspectorSignature: null, acknowledgement: null, paymentDeadline: null, contestBy: null,
      });
      syncSoon();
    } catch (e) {
      setError({ say: (t) => describeError(e, t) });
    }
  }

  return (
    <section class="card" aria-label={notice.number ?? ''}>
      <p class="banner ok no-print" role="status">{t('issue.issued', { number: notice.number ?? '' })}</p>
      <PrintableNotice notice={notice} schedule={null} hash={hash} />
      {current && (
        <div class="row no-print" style="margin-top:0.75rem">
          <button type="button" class="primary" onClick={() => print()}>{t('issue.print')}</button>
          <button type="button" onClick={revise}>{t('issue.revise')}</button>
        </div>
      )}
      {error && <p class="banner bad" role="alert">{error.text}</p>}
    </section>
  );
}
