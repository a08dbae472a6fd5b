import { ASPIRATE_OF, BANTOC, CONSONANTS, hasKhmer, INDEPENDENT_VOWELS, MUUSIKATOAN, NIKAHIT, REAHMUK, YUUKALEAPINTU, type Series } from './khmer-letters';
import { syllables, type Syllable } from './khmer-syllables';
import { normalizeName } from './normalize';

/**
 * Vowel spellings after an a-series and an o-series consonant, as Cambodian names are spelled
 * on ID cards and payrolls (សុខ Sok, ជា Chea, វុទ្ធី Vuthy, ពៅ Pov), not the UNGEGN system.
 */
const VOWELS: Record<string, [string, string]> = {
  '': ['a', 'o'],
  'ា': ['a', 'ea'],
  'ិ': ['e', 'i'],
  'ី': ['ey', 'i'],
  'ឹ': ['oe', 'i'],
  'ឺ': ['eu', 'eu'],
  'ុ': ['o', 'u'],
  'ូ': ['ou', 'ou'],
  'ួ': ['uo', 'uo'],
  'ើ': ['aeu', 'eu'],
  'ឿ': ['oea', 'oea'],
  'ៀ': ['ea', 'ie'],
  'េ': ['e', 'e'],
  'ែ': ['ae', 'ae'],
  'ៃ': ['ai', 'ey'],
  'ោ': ['ao', 'o'],
  'ៅ': ['au', 'ov'],
};

/** With nikahit ំ the vowel changes, not just gains an m: សំណាង Samnang, មុំ Mom, ព្រំ Prum. */
const WITH_NIKAHIT: Record<string, [string, string]> = {
  '': ['am', 'um'],
  'ុ': ['om', 'om'],
  'ា': ['am', 'eam'],
  'ិ': ['em', 'im'],
};

/** ា after these is written "a" in names though the rule says "ea": Dara, Chariya, Kanha. */
const PLAIN_AA = new Set(['រ', 'យ', 'ល', 'ញ']);
const KA = new Set(['ក', 'គ']);
const SAMYOK = '\u17d0';
/** Long vowels, after which a word's last letter with ិ or ុ is a silent final (ជាតិ Cheat, ភូមិ Phum, ហេតុ Het). */
const LONG_VOWELS = new Set(['ា', 'ី', 'ឺ', 'ូ', 'ួ', 'ើ', 'ឿ', 'ៀ', 'េ', 'ែ', 'ៃ', 'ោ', 'ៅ']);
/** Finals that are one stop: doubled (ត្ត) they are written once (ឧត្តម Oudom, not Outtam). */
const STOPS = new Set(['ក', 'ច', 'ដ', 'ត', 'ប', 'ព']);

/** Bantoc ់ shortens the vowel: ចាន់ Chan, ទាន់ Toan. */
const WITH_BANTOC: Record<string, [string, string]> = {
  'ា': ['a', 'oa'],
};

/**
 * A Khmer name written in Latin letters the way a Cambodian clerk would, one word per word of
 * the input: romanizeKhmer('សុខ ដារា') is "Sok Dara". Latin text passes through normalized.
 * It is a matching aid, not an official transliteration: Pali spellings (រតនា Ratana) and
 * loanwords come out only close, and the phonetic key absorbs the rest.
 */
export function romanizeKhmer(name: string): string {
  return normalizeName(name)
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => (hasKhmer(w) ? capitalize(romanizeWord(w)) : w))
    .filter((w) => w !== '')
    .join(' ');
}

/** One Khmer word in Latin letters, lower-case; the word must already be normalized. */
export function romanizeWord(word: string): string {
  const written = syllables(word);
  const ss = dropSilentEnding(written);
  let out = '';
  ss.forEach((s, i) => {
    // The next syllable as written: a silent Pali ending still doubles the final (សុវណ្ណ Sovann).
    const after = written[i + 1];
    const twin = !!after?.split && geminate(s.final, after.onset);
    // ស before ស្ម is heard as a stop (រស្មី Reaksmey); a silent aspirate twin is written as the final (ពិសិដ្ឋ Piseth).
    const glottal = twin && s.final === 'ស' && after.onset.length > 1;
    const final = glottal ? 'ក' : s.final;
    const silentTwin = twin && !ss[i + 1] && CONSONANTS[after.onset]?.final.endsWith('h');
    const doubled = twin && after.onset.startsWith(s.final);
    const text = spell({ ...s, final }, i, i === ss.length - 1, doubled, ss[i - 1]);
    const next = ss[i + 1] ? onsetText(ss[i + 1], s) : '';
    const latin = silentTwin ? CONSONANTS[after.onset].final : finalText({ ...s, final });
    // A final doubled by the next onset is written once: វុទ្ធី Vuthy, not Vutthy; ឧត្តម Oudom; បញ្ញា Banha, not Banhnha.
    const once = next !== '' && ((twin && STOPS.has(s.final)) || (next.startsWith(latin) && (next.length > latin.length || (twin && latin.length > 1))));
    out += text + (once ? '' : latin);
  });
  return out;
}

/** Whether a final and the next onset are one doubled Pali consonant: ណ្ណ, ត្ត, or plain over aspirate (ត្ថ, ទ្ធ). */
function geminate(final: string, onset: string): boolean {
  const head = [...onset][0];
  return !!final && (head === final || ASPIRATE_OF[final] === head);
}

function spell(s: Syllable, at: number, wordFinal: boolean, doubled: boolean, before: Syllable | undefined): string {
  const col = s.series === 'a' ? 0 : 1;
  const onset = onsetText(s, before);
  if (INDEPENDENT_VOWELS[s.onset] !== undefined) return onset + (s.signs.includes(NIKAHIT) ? 'm' : '');
  let vowel: string;
  // Two vowel signs on one letter is a typo; the first one is read.
  const plain = (VOWELS[s.vowel] ?? VOWELS[s.vowel.charAt(0)] ?? ['', ''])[col];
  if (s.signs.includes(NIKAHIT)) vowel = s.vowel === 'ា' && s.final === 'ង' ? ['ai', 'ea'][col] : WITH_NIKAHIT[s.vowel]?.[col] ?? plain + 'm';
  else if (s.signs.includes(BANTOC) && WITH_BANTOC[s.vowel]) vowel = WITH_BANTOC[s.vowel][col];
  else vowel = plain;
  // Names write ា after រ as "a" (ដារា Dara), and so a word's last ា after ន (វាសនា Veasna, រតនា Ratana);
  // a final ី after an a-series consonant is "ey" (ស្រី Srey).
  const plainAa = PLAIN_AA.has([...s.onset][0]) || (wordFinal && at > 0 && s.onset === 'ន');
  if (s.vowel === 'ា' && col === 1 && !s.final && plainAa) vowel = 'a';
  // The inherent o-series vowel is "a" in an open syllable inside a word (មករា Makara), "ea" before k (Pheak),
  // closed, "o" (គន្ធា Kunthea) but "a" before a doubled letter (វណ្ណា Vanna, សុវណ្ណ Sovann). Before a plain
  // letter over its aspirate both are written (រដ្ឋា Rotha, Ratha; សុវត្ថិ Sovath), so the rule stays as it was.
  if (s.vowel === '' && col === 1 && !s.signs.length) vowel = KA.has(s.final) ? 'ea' : s.final ? (doubled ? 'a' : 'o') : wordFinal ? 'o' : 'a';
  // The inherent a-series vowel closing a Pali word after a doubled letter is "o": ឧត្តម Oudom, នរោត្តម Norodom.
  if (s.vowel === '' && col === 0 && !s.signs.length && s.final && wordFinal && before && s.split && geminate(before.final, s.onset)) vowel = 'o';
  if (s.vowel === 'ី' && col === 1 && wordFinal && !s.final) vowel = 'y';
  if (s.vowel === 'ែ' && s.final === 'វ') vowel = 'e';
  if (s.signs.includes(SAMYOK)) vowel = col === 0 ? 'a' : 'ea';
  // A visarga cuts the inherent vowel short: a-series "a", o-series "ea" (វីរៈ Vireak, ព្រះ Preah).
  if (s.vowel === '' && col === 1 && (s.signs.includes(REAHMUK) || s.signs.includes(YUUKALEAPINTU))) vowel = 'ea';
  if (s.signs.includes(REAHMUK)) vowel += 'h';
  if (s.signs.includes(YUUKALEAPINTU)) vowel += 'k';
  return onset + vowel;
}

function onsetText(s: Syllable, before?: Syllable): string {
  if (INDEPENDENT_VOWELS[s.onset] !== undefined) return INDEPENDENT_VOWELS[s.onset];
  const letters = [...s.onset];
  // ត doubled is said d (ឧត្តម Oudom, នរោត្តម Norodom, ឧត្តរមានជ័យ Oddar Meanchey).
  if (s.split && letters[0] === 'ត' && before?.final === 'ត') return 'd' + letters.slice(1).map((c) => CONSONANTS[c]?.onset ?? '').join('');
  // ប is said p, not b, with a consonant stacked under it (ប្រាក់ Prak) or with ៉ (ប៉ុល Pol, ប៉ែន Pen).
  const p = letters.length > 1 || s.shifter === MUUSIKATOAN;
  return letters.map((c, i) => (i === 0 && c === 'ប' && p ? 'p' : CONSONANTS[c]?.onset ?? '')).join('');
}

function finalText(s: Syllable): string {
  if (!s.final) return '';
  if (s.vowel === 'ែ' && s.final === 'វ') return 'o';
  if (s.vowel === 'ៅ') return '';
  return CONSONANTS[s.final]?.final ?? '';
}

/**
 * Word endings that names do not pronounce. Pali loanwords end in a subscript syllable, bare or
 * with ិ or ុ: សម្បត្តិ Sambath, ល័ក្ខ Leak; the subscript stays only as the previous
 * syllable's final. And a last letter with ិ or ុ after a long vowel is that syllable's final:
 * សុជាតិ Socheat, ភូមិ Phum, ហេតុ Het (after a short one it is said: សីហនុ Sihanouk).
 */
function dropSilentEnding(ss: Syllable[]): Syllable[] {
  const last = ss[ss.length - 1];
  const prev = ss[ss.length - 2];
  if (!prev || last.signs.length > 0 || last.final || !['ិ', 'ុ', ''].includes(last.vowel)) return ss;
  if (last.split) return ss.slice(0, -1);
  const single = [...last.onset].length === 1 && CONSONANTS[last.onset] !== undefined;
  if (last.vowel !== '' && single && LONG_VOWELS.has(prev.vowel) && !prev.final && prev.signs.length === 0) {
    return [...ss.slice(0, -2), { ...prev, final: last.onset }];
  }
  return ss;
}

function capitalize(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export type { Series };
