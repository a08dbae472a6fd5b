import type { NoteKind, Parsed } from './fields';

/** One problem in a roster file; row 0 is the file as a whole, 1 is the first data row. */
export interface RosterError<Code extends string> {
  row: number;
  code: Code;
  message: string;
  raw: string;
}

/** A value read otherwise than written (a date with day and month swapped): imported, and said. */
export interface RosterNote {
  row: number;
  message: string;
  raw: string;
  /** How each value was read, in the row's order, for the UI to say in the inspector's language. */
  kinds: NoteKind[];
}

/** The problems found in one row; a row with any problem is reported once and not imported. */
export class RowProblems<Code extends string> {
  private readonly found: { code: Code; message: string }[] = [];
  private readonly notes: { kind: NoteKind; text: string }[] = [];

  add(code: Code, message: string): void {
    this.found.push({ code, message });
  }

  /** Records a field's parse failure, or passes its value through. */
  take<T>(parsed: Parsed<T>, code: Code): T | null {
    if (parsed.ok) {
      if (parsed.note) this.notes.push(parsed.note);
      return parsed.value;
    }
    this.add(code, parsed.message);
    return null;
  }

  /** A value read otherwise than written, found outside one field's parse. */
  note(kind: NoteKind, text: string): void {
    this.notes.push({ kind, text });
  }

  get any(): boolean {
    return this.found.length > 0;
  }

  /** The row's notes as one, or null when every value was read as written. */
  toNote(row: number, raw: string): RosterNote | null {
    return this.notes.length ? { row, message: `Row ${row}: ${this.notes.map((n) => n.text).join('; ')}`, raw, kinds: this.notes.map((n) => n.kind) } : null;
  }

  /** The first problem's code, for the UI; every problem in the message, so one fix-up pass suffices. */
  toError(row: number, raw: string): RosterError<Code> {
    return { row, code: this.found[0].code, message: `Row ${row}: ${this.found.map((f) => f.message).join('; ')}`, raw };
  }
}
