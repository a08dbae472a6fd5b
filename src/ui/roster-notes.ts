import type { RosterNoteKind } from '../protocol';
import type { I18n } from './i18n/i18n';

/**
 * A row imported with values read otherwise than written, said in the screen's language:
 * "Row 2: a two-digit year …". The parser's own message is English, for the CLI and logs.
 */
export function describeRosterNote(t: I18n['t'], note: { row: number; kinds: readonly RosterNoteKind[] }): string {
  return `${t('csv.row', { row: note.row })}: ${note.kinds.map((k) => t(`csv.note.${k}`)).join('; ')}`;
}

/** How many read notes an import screen lists: the count says how many; a sheet Excel misread may note every row, more than anyone reads. */
export const NOTES_SHOWN = 50;
