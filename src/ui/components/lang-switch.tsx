import { useI18n } from '../i18n/i18n';

export function LangSwitch() {
  const { lang, setLang, t } = useI18n();
  const next = lang === 'km' ? 'en' : 'km';
  return (
    <button type="button" lang={next} aria-label={`${t('lang.label')}: ${t('lang.switch')}`} onClick={() => setLang(next)}>
      {t('lang.switch')}
    </button>
  );
}
