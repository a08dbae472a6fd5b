import { useState } from 'preact/hooks';
import { useI18n, type I18n, type Lang } from './i18n';

/** Words for the screen, said in whichever language reads them. */
export type Say = (t: I18n['t'], lang: Lang) => string;

/**
 * useState for a banner that keeps how to say it, not what it said: a message shown in one
 * language is said again in the other when the inspector switches, which is often why they
 * switch. The value comes back with its `text` in the language shown.
 */
export function useSaid<M extends { say: Say } = { say: Say }>(): [(Omit<M, 'say'> & { text: string }) | null, (said: M | null) => void] {
  const { t, lang } = useI18n();
  const [said, setSaid] = useState<M | null>(null);
  return [said && { ...said, text: said.say(t, lang) }, setSaid];
}
