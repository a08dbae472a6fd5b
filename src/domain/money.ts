import { toKhmerDigits } from './digits';

export { toKhmerDigits } from './digits';

/** U+17DB KHMER CURRENCY SYMBOL RIEL. */
const RIEL_SIGN = '៛';

/**
 * The one way the app writes an amount of riel: "1,600,000 ៛", or "១,៦០០,០០០ ៛" in Khmer.
 * Grouping is done by hand rather than Intl so a notice reads the same on every phone and on
 * the server, whatever ICU data the runtime ships. Riel has no minor unit in use: fractions round.
 */
export function formatRiel(amount: number, lang: 'en' | 'km'): string {
  if (!Number.isSafeInteger(Math.round(amount))) throw new RangeError(`formatRiel: not a finite amount of riel within safe-integer range: ${amount}`);
  const whole = Math.round(Math.abs(amount));
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const signed = (amount < 0 && whole !== 0 ? '-' : '') + grouped;
  return `${lang === 'km' ? toKhmerDigits(signed) : signed} ${RIEL_SIGN}`;
}
