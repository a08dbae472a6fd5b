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

/** How long the ditto mark a name starts with is, with the space after it; 0 if it has none. */
export const dittoMark = (name: string): number => DITTO.exec(name)?.[0].length ?? 0;

/** A ditto row's given name with the family name of `above` (the nearest row above without a mark); null if nothing above reads it. */
export function withFamilyAbove(given: string, above: string | null): string | null {
  // Its first word with a letter: a bullet or a number before the name is none.
  const family = above?.split(WORD_BREAK).find((w) => LETTER.test(w));
  return family === undefined ? null : `${family} ${given}`;
}
