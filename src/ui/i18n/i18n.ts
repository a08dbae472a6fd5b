import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en, type MessageKey } from './en';
import { km } from './km';

export type Lang = 'en' | 'km';
export type Params = Record<string, string | number>;

const catalogs: Record<Lang, Record<MessageKey, string>> = { en, km };
/** Khmer text uses Khmer numerals; the -u-nu-khmr extension asks Intl for them. */
const locales: Record<Lang, string> = { en: 'en-GB', km: 'km-KH-u-nu-khmr' };

export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(locales[lang]).format(n);
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

export function formatDate(lang: Lang, iso: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[lang], { day: 'numeric', month: 'short', year: 'numeric' }).format(d);
}

export function formatDateTime(lang: Lang, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[lang], {
    day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
  }).format(d);
}

export function formatBytes(lang: Lang, bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${new Intl.NumberFormat(locales[lang], { maximumFractionDigits: i === 0 ? 0 : 1 }).format(v)} ${units[i]}`;
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
