import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';

/**
 * A screen loaded on first use, so the first screen an inspector sees downloads and parses less.
 * Offline it still works: the service worker precaches every chunk.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyScreen(props: P) {
    const { t } = useI18n();
    const [C, setC] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (!loaded) void load().then((c) => { loaded = c; setC(() => c); });
    }, []);
    return C ? <C {...props} /> : <p>{t('common.loading')}</p>;
  };
}
