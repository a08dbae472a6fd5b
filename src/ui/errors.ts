import { AuthExpiredError, ClientTooOldError, OfflineError } from '../sync/errors';
import { StorageFullError } from '../store/errors';
import type { I18n } from './i18n/i18n';

/** One place that turns a thrown error into words the inspector can act on. */
export function describeError(e: unknown, t: I18n['t']): string {
  if (e instanceof StorageFullError) return t('storage.full');
  if (e instanceof OfflineError) return t('sync.error.offline');
  if (e instanceof AuthExpiredError) return t('sync.error.auth');
  if (e instanceof ClientTooOldError) return t('sync.error.too_old');
  return t('error.generic', { message: e instanceof Error ? e.message : String(e) });
}
