/** One problem in a roster file; row 0 is the file as a whole, 1 is the first data row. */
export interface RosterError<Code extends string> {
  row: number;
  code: Code;
  message: string;
  raw: string;
}

/** The problems found in one row; a row with any problem is reported once and not imported. */
export class RowProblems<Code extends string> {
  private readonly found: { code: Code; message: string }[] = [];

  add(code: Code, message: string): void {
    this.found.push({ code, message });
  }

  /** Records a field's parse failure, or passes its value through. */
  take<T>(parsed: { ok: true; value: T } | { ok: false; message: string }, code: Code): T | null {
    if (parsed.ok) return parsed.value;
    this.add(code, parsed.message);
    return null;
  }

  get any(): boolean {
    return this.found.length > 0;
  }

  /** The first problem's code, for the UI; every problem in the message, so one fix-up pass suffices. */
  toError(row: number, raw: string): RosterError<Code> {
    return { row, code: this.found[0].code, message: `Row ${row}: ${this.found.map((f) => f.message).join('; ')}`, raw };
  }
}
