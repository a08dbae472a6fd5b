import { useEffect, useMemo, useState } from 'preact/hooks';

/** Hash routes, so every screen works from the precached index.html with no server. */
export type Route =
  | { name: 'visits' }
  | { name: 'visit'; visitId: string; tab: VisitTab }
  | { name: 'supervisor' }
  | { name: 'schedule' }
  | { name: 'supervisorVisit'; visitId: string };
export type VisitTab = 'overview' | 'headcount' | 'reconcile' | 'notice';
const TABS: VisitTab[] = ['overview', 'headcount', 'reconcile', 'notice'];

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'visit' && parts[1]) {
    const tab = TABS.includes(parts[2] as VisitTab) ? (parts[2] as VisitTab) : 'overview';
    return { name: 'visit', visitId: parts[1], tab };
  }
  if (parts[0] === 'supervisor' && parts[1] === 'schedule') return { name: 'schedule' };
  if (parts[0] === 'supervisor' && parts[1] === 'visit' && parts[2]) return { name: 'supervisorVisit', visitId: parts[2] };
  if (parts[0] === 'supervisor') return { name: 'supervisor' };
  return { name: 'visits' };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'visits': return '#/visits';
    case 'visit': return `#/visit/${encodeURIComponent(route.visitId)}/${route.tab}`;
    case 'supervisor': return '#/supervisor';
    case 'schedule': return '#/supervisor/schedule';
    case 'supervisorVisit': return `#/supervisor/visit/${encodeURIComponent(route.visitId)}`;
  }
}

export function navigate(route: Route): void {
  location.hash = href(route);
}

export function useRoute(): Route {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    addEventListener('hashchange', onChange);
    // A hash that changed between the first render and this listener (a link followed as the app
    // opens, just after the PIN) is read now; the same hash renders nothing again.
    onChange();
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return useMemo(() => parseRoute(hash), [hash]);
}
