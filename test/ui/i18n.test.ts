import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/i18n/en';
import { km } from '../../src/ui/i18n/km';
import { formatDate, translate } from '../../src/ui/i18n/i18n';
import { REASON_CODES } from '../../src/domain/reconcile';

describe('message catalogs', () => {
  it('has a Khmer text, in Khmer script, for every English message', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(km[key], key).toBeTruthy();
    }
    const khmerScript = /[\u1780-\u17FF]/;
    const untranslated = Object.entries(km).filter(([k, v]) => !khmerScript.test(v) && k !== 'lang.switch');
    expect(untranslated).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(names(km[key]), key).toEqual(names(en[key]));
    }
  });

  it('translates every reason code the reconciliation engine can give', () => {
    for (const code of REASON_CODES) {
      expect(Object.keys(en)).toContain(`reason.${code}`);
    }
  });

  it('writes numbers in Khmer numerals in Khmer text', () => {
    expect(translate('km', 'visits.registered', { count: 1250 })).toContain('១');
    expect(translate('en', 'visits.registered', { count: 1250 })).toBe('1,250 registered');
  });

  it('writes Khmer dates with Khmer month names and numerals', () => {
    expect(formatDate('km', '2026-11-25')).toBe('២៥ វិច្ឆិកា ២០២៦');
    expect(formatDate('en', '2026-11-25')).toBe('25 Nov 2026');
  });
});
