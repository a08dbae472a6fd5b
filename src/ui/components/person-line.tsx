import { useI18n } from '../i18n/i18n';

/** A person's name with their identifiers underneath, as every list shows them. */
export function PersonLine(p: { name: string; nameAlt?: string | null; nationalId?: string | null; nssfNumber?: string | null; dateOfBirth?: string | null; extra?: string }) {
  const { t } = useI18n();
  const ids = [p.nationalId && `${t('person.id')} ${p.nationalId}`, p.nssfNumber && `${t('person.nssf')} ${p.nssfNumber}`, p.dateOfBirth, p.extra]
    .filter((x): x is string => !!x);
  return (
    <div class="who">
      <div>{p.name}{p.nameAlt && <span class="muted"> · {p.nameAlt}</span>}</div>
      {/* Each identifier stays on one line: a date broken at its hyphen reads as two numbers. */}
      {ids.length > 0 && <div class="ids">{ids.map((id, i) => <span key={i} class="nowrap">{i > 0 && ' · '}{id}</span>)}</div>}
    </div>
  );
}

/** A worker id to write inside a sentence, its hyphens kept from breaking the line: GT- and 00001 on two lines read as two ids. */
export const unbrokenId = (id: string) => id.replace(/-/g, '\u2011');
