import { Fragment } from 'preact';
import { useI18n, type I18n } from '../i18n/i18n';

interface Identified {
  nationalId?: string | null;
  nssfNumber?: string | null;
  dateOfBirth?: string | null;
}

/** A person's name with their identifiers underneath, as every list shows them. */
export function PersonLine(p: Identified & { name: string; nameAlt?: string | null; extra?: string }) {
  const { t } = useI18n();
  const ids = identifiers(t, p);
  if (p.extra) ids.push(p.extra);
  return (
    <div class="who">
      <div>{p.name}{p.nameAlt && <span class="muted"> · {p.nameAlt}</span>}</div>
      {ids.length > 0 && <div class="ids"><Identifiers ids={ids} /></div>}
    </div>
  );
}

/** A person's identifiers as PersonLine writes them: national ID, NSSF number, date of birth. */
export function identifiers(t: I18n['t'], p: Identified): string[] {
  return [p.nationalId && `${t('person.id')} ${p.nationalId}`, p.nssfNumber && `${t('person.nssf')} ${p.nssfNumber}`, p.dateOfBirth].filter((x): x is string => !!x);
}

/**
 * Identifiers set apart by " · ", each kept on one line: a date broken at its hyphen reads as
 * two numbers. The dot is held to the identifier before it (a no-break space), so a wrapped
 * line ends with it rather than starting with it. `leading`: a dot before the first, for
 * identifiers that follow other text.
 */
export function Identifiers({ ids, leading = false }: { ids: string[]; leading?: boolean }) {
  const last = ids.length - 1;
  return (
    <>
      {leading && last >= 0 && `${NBSP}· `}
      {ids.map((id, i) => <Fragment key={i}><span class="nowrap">{id}{i < last && `${NBSP}·`}</span>{i < last && ' '}</Fragment>)}
    </>
  );
}

const NBSP = '\u00a0';

/** A worker id to write inside a sentence, its hyphens kept from breaking the line: GT- and 00001 on two lines read as two ids. */
export const unbrokenId = (id: string) => id.replace(/-/g, '\u2011');
