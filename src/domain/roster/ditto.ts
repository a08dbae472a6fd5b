/**
 * A ledger typed into a sheet writes a family name once, on the first row of a family's run, and
 * a ditto mark on the rows below it: SOK DARA, then 〃 SOPHEA, " VANNA, -do- CHENDA, ដដែល ស្រីមុំ.
 * Read as written, such a row is a given name alone, which a register of 10,000 holds many times.
 */

/**
 * The ditto signs, 〃 and ″, before the given name with or without a space; quotation marks and
 * the marks written as words before a space, for "Sok Dara" in quotes is a name, and Do a
 * Vietnamese family name. Not a dash, which a list pasted from a document writes before every
 * name as a bullet.
 */
const DITTO = /^(?:[″〃]+[\s\u200b]*|(?:["“”„]+|-do-|do\.|ដដែល)[\s\u200b]+)(?=\S)/iu;
const WORD_BREAK = /[\s\u200b/]+/u;
const LETTER = /\p{L}/u;

/** The row's name with its ditto mark read as the family name of `above` (the nearest row above without one); null if it has no mark, or nothing above to read it by. */
export function dittoFilled(name: string, above: string | null): string | null {
  const mark = DITTO.exec(name);
  if (mark === null || above === null) return null;
  // Its first word with a letter: a bullet or a number before the name is none.
  const family = above.split(WORD_BREAK).find((w) => LETTER.test(w));
  return family === undefined ? null : `${family} ${name.slice(mark[0].length)}`;
}

/** Whether the name starts with a ditto mark. */
export const hasDitto = (name: string): boolean => DITTO.test(name);
