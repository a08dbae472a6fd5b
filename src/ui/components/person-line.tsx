/** A person's name with their identifiers underneath, as every list shows them. */
export function PersonLine(p: { name: string; nameAlt?: string | null; nationalId?: string | null; nssfNumber?: string | null; dateOfBirth?: string | null; extra?: string }) {
  const ids = [p.nationalId && `ID ${p.nationalId}`, p.nssfNumber && `NSSF ${p.nssfNumber}`, p.dateOfBirth, p.extra].filter(Boolean);
  return (
    <div class="who">
      <div>{p.name}{p.nameAlt && <span class="muted"> · {p.nameAlt}</span>}</div>
      {ids.length > 0 && <div class="ids">{ids.join(' · ')}</div>}
    </div>
  );
}
