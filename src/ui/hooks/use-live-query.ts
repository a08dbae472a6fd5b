import { liveQuery } from '../../store';
import { useEffect, useState } from 'preact/hooks';

/**
 * Re-renders whenever the IndexedDB data read by `query` changes, in this tab or another.
 * Undefined until the first value for these `deps` is in: a value read for other deps (the
 * visit the screen showed before) is never returned for these, so no screen shows, or acts on,
 * another visit's data while this one's is read.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [state, setState] = useState<{ deps: unknown[]; value: T } | undefined>(undefined);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ deps, value }),
      error: (e) => console.error('live query failed', e),
    });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state !== undefined && sameDeps(state.deps, deps) ? state.value : undefined;
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}
