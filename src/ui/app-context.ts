import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { SignInResponse } from '../protocol';
import type { SyncReport } from '../sync/engine';

export interface SyncState {
  running: boolean;
  last: SyncReport | null;
}

export interface AppContextValue {
  session: SignInResponse;
  sync: SyncState;
  syncNow: () => Promise<void>;
  /** Call after a local write so it leaves the phone soon when online. */
  syncSoon: () => void;
  /** Asks for the current PIN, then a new one; absent where there is no PIN (supervisors). */
  changePin?: () => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('useApp outside a signed-in app');
  return ctx;
}
