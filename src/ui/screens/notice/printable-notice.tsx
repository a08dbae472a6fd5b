import type { ComponentChildren } from 'preact';
import type { Notice, PenaltySchedule } from '../../../protocol';
import { formatRiel } from '../../../domain/money';
import { formatDate, formatNumber } from '../../i18n/i18n';
import { DOC } from './notice-text';

function Both({ t, strong }: { t: { km: string; en: string }; strong?: boolean }) {
  return strong ? <><strong lang="km">{t.km}</strong> <span class="en">{t.en}</span></> : <><span lang="km">{t.km}</span> <span class="en">/ {t.en}</span></>;
}

function Row({ label, children }: { label: { km: string; en: string }; children: ComponentChildren }) {
  return <p style="margin:0.15rem 0"><Both t={label} />: {children}</p>;
}

/** The notice as the employer receives it, on paper or as a PDF: both languages, both numeral systems. */
export function PrintableNotice({ notice, schedule, hash }: { notice: Notice; schedule: PenaltySchedule | null; hash: string | null }) {
  const both = (n: number) => <><span lang="km">{formatRiel(n, 'km')}</span><br /><span class="en">{formatRiel(n, 'en')}</span></>;
  const rule = (code: string) => schedule?.breaches.find((b) => b.code === code);
  return (
    <article class="doc" data-testid="printable-notice" lang="km">
      <p class="kingdom"><span lang="km">{DOC.kingdom.km}</span><br /><span lang="km">{DOC.motto.km}</span><br /><span class="en">{DOC.kingdom.en} · {DOC.motto.en}</span></p>
      <p class="fund"><span lang="km">{DOC.fund.km}</span><br /><span class="en">{DOC.fund.en}</span></p>
      <h1><span lang="km">{DOC.title.km}</span><br /><span class="en">{DOC.title.en}</span></h1>
      <p style="text-align:center">
        <Both t={DOC.number} />: <strong data-testid="notice-number">{notice.number ?? '—'}</strong> · <Both t={DOC.issued} />:{' '}
        {notice.issuedAt ? <>{formatDate('km', notice.issuedAt)} / {formatDate('en', notice.issuedAt)}</> : '—'}
      </p>
      {notice.supersedes && <p><Both t={DOC.supersedes} /> {notice.supersedes}</p>}
      <Row label={DOC.employer}><strong lang="km">{notice.employerNameKh ?? ''}</strong> · {notice.employerName}</Row>
      {notice.employerNssfNumber && <Row label={DOC.nssfNo}>{notice.employerNssfNumber}</Row>}
      {notice.employerAddress && <Row label={DOC.address}>{notice.employerAddress}</Row>}
      <Row label={DOC.visit}>{formatDate('km', notice.visitDate)} / {formatDate('en', notice.visitDate)}</Row>
      <Row label={DOC.inspector}>{notice.inspectorName ?? ''} ({notice.inspectorCode ?? ''})</Row>

      <h2 style="margin-top:0.8rem"><Both t={DOC.findings} strong /></h2>
      <table>
        <thead><tr><th><Both t={DOC.breach} /></th><th class="num"><Both t={DOC.amount} /></th></tr></thead>
        <tbody>
          {notice.lines.map((l) => {
            const r = rule(l.breach);
            return (
              <tr key={`${l.breach}-${l.kind ?? 'fine'}`}>
                <td>
                  <span lang="km">{l.labelKm ?? r?.labelKm ?? l.breach}</span> <span class="en">/ {l.labelEn ?? r?.labelEn ?? l.breach}</span>
                  {(l.kind ?? 'fine') === 'fine' && (
                    <div class="en">
                      <span lang="km">{DOC.worker.km} {formatNumber('km', l.count)} × {formatNumber('km', l.multiplier)} × {DOC.baseWage.km} {formatRiel(l.baseDailyWageRiel, 'km')}</span><br />
                      {l.count} {DOC.worker.en} × {l.multiplier} × {DOC.baseWage.en} {formatRiel(l.baseDailyWageRiel, 'en')}
                    </div>
                  )}
                  <div class="en"><Both t={DOC.basis} />: {l.legalReference}</div>
                </td>
                <td class="num">{both(l.amountRiel)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot><tr><th><Both t={DOC.total} strong /></th><th class="num" data-testid="doc-total">{both(notice.totalRiel)}</th></tr></tfoot>
      </table>

      {notice.hiddenWorkers.length > 0 && (
        <>
          <h2><Both t={DOC.hidden} strong /> ({formatNumber('km', notice.hiddenWorkers.length)} / {notice.hiddenWorkers.length})</h2>
          <ol>{notice.hiddenWorkers.map((h) => <li key={h.onsiteId}>{h.name}</li>)}</ol>
        </>
      )}
      {notice.months && notice.months.length > 0 && (
        <>
          <h2><Both t={DOC.months} strong /></h2>
          <table>
            <thead><tr><th><Both t={DOC.month} /></th><th class="num"><Both t={DOC.due} /></th><th class="num"><Both t={DOC.paid} /></th><th class="num"><Both t={DOC.short} /></th></tr></thead>
            <tbody>{notice.months.map((m) => (
              <tr key={m.month}><td class="nowrap">{m.month}</td><td class="num">{both(m.dueRiel)}</td><td class="num">{both(m.paidRiel)}</td><td class="num">{both(Math.max(0, m.dueRiel - m.paidRiel))}</td></tr>
            ))}</tbody>
          </table>
        </>
      )}
      {notice.remarks && <Row label={DOC.remarks}>{notice.remarks}</Row>}
      {notice.paymentDeadline && <p><Both t={DOC.deadline} /> <strong>{formatDate('km', notice.paymentDeadline)} / {formatDate('en', notice.paymentDeadline)}</strong>.</p>}
      {notice.contestBy && <p><Both t={DOC.contest} /> <strong>{formatDate('km', notice.contestBy)} / {formatDate('en', notice.contestBy)}</strong>.</p>}
      <p><Both t={DOC.registerToo} /></p>
      {notice.photoIds && notice.photoIds.length > 0 && <p><Both t={DOC.photos} />: {notice.photoIds.length}</p>}

      <div class="sig">
        <div>
          {notice.inspectorSignature && <img src={notice.inspectorSignature} alt={DOC.signInspector.en} />}
          <Both t={DOC.signInspector} /><br />{notice.inspectorName}
        </div>
        <div>
          {notice.acknowledgement?.signature && <img src={notice.acknowledgement.signature} alt={DOC.signEmployer.en} />}
          {notice.acknowledgement?.refused && <p><strong><Both t={DOC.refused} /></strong> {notice.acknowledgement.refusalNote}</p>}
          <Both t={DOC.signEmployer} /><br />{notice.acknowledgement?.name} {notice.acknowledgement?.role ? `(${notice.acknowledgement.role})` : ''}
        </div>
      </div>
      {hash && <p><Both t={DOC.verify} />: <span class="hash">{hash}</span></p>}
    </article>
  );
}
