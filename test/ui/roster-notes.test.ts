import { describe, expect, it } from 'vitest';
import { RosterNoteKind } from '../../src/protocol';
import { translate } from '../../src/ui/i18n/i18n';
import { describeRosterNote } from '../../src/ui/roster-notes';

describe('describeRosterNote', () => {
  it('says a row and each of its kinds in the screen language, not the parser English', () => {
    const note = { row: 2, kinds: ['sexNotStated', 'twoDigitYear'] as RosterNoteKind[] };
    expect(describeRosterNote((k, p) => translate('en', k, p), note)).toBe('Row 2: sex U, X or O read as not stated; a two-digit year, 00–29 read as 2000–2029 and 30–99 as 1930–1999');
    const km = describeRosterNote((k, p) => translate('km', k, p), note);
    expect(km).toMatch(/^ជួរទី ២: ភេទ U, X ឬ O/);
    expect(km).not.toMatch(/read as/);
  });

  it('has a text in both languages for every kind the protocol lists', () => {
    for (const kind of RosterNoteKind.options) {
      for (const lang of ['en', 'km'] as const) {
        expect(describeRosterNote((k, p) => translate(lang, k, p), { row: 1, kinds: [kind] })).not.toContain('csv.note.');
      }
    }
  });
});
