import type { ComponentChildren } from 'preact';
import { LangSwitch } from '../components/lang-switch';
import { useI18n } from '../i18n/i18n';

/** The frame of the screens shown before the app opens: name, language switch, one card. */
export function LockPage({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <>
      <header class="topbar">
        <span class="title">{t('app.name')}</span>
        <LangSwitch />
      </header>
      <main>{children}</main>
    </>
  );
}
