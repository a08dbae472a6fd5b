import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en, type MessageKey } from './en';
import { km } from './km';
import { toKhmerDigits } from '../../domain/digits';

export type Lang = 'en' | 'km';
export type Params = Record<string, string | number>;

const catalogs: Record<Lang, Record<MessageKey, string>> = { en, km };
// Browsers ship Khmer locale data unevenly (Debian's Chromium has none), so Khmer dates and
// numerals are built here rather than trusted to Intl.
const KHMER_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'];

// Built once: constructing an Intl formatter costs far more than formatting, and a long list
// formats a number on every row it renders while scrolling.
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatNumber(lang: Lang, n: number): string {
  const latin = NUMBER.format(n);
  return lang === 'km' ? toKhmerDigits(latin) : latin;
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = catalogs[lang][key] ?? en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    return typeof v === 'number' ? formatNumber(lang, v) : v;
  });
}

function parse(iso: string): Date | null {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatDate(lang: Lang, iso: string): string {
  const d = parse(iso);
  if (!d) return iso;
  if (lang === 'km') return toKhmerDigits(`${d.getDate()} ${KHMER_MONTHS[d.getMonth()]} ${d.getFullYear()}`);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(d);
}

export function formatDateTime(lang: Lang, iso: string): string {
  const d = parse(iso);
  if (!d) return iso;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  if (lang === 'km') return toKhmerDigits(`${d.getDate()} ${KHMER_MONTHS[d.getMonth()]} ${time}`);
  return `${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' }).format(d)} ${time}`;
}

export function formatBytes(lang: Lang, bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${formatNumber(lang, Math.round(v * 10) / 10)} ${units[i]}`;
}

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  setLang: (lang: Lang) => void;
}

export function makeI18n(lang: Lang, setLang: (l: Lang) => void): I18n {
  return { lang, setLang, t: (key, params) => translate(lang, key, params) };
}

export const I18nContext = createContext<I18n>(makeI18n('km', () => {}));
export const useI18n = () => useContext(I18nContext);
export type { MessageKey };
