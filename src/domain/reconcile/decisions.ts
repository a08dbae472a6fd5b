/** What the inspector decided about an on-site worker after looking at the evidence. */
export interface Decision {
  onsiteId: string;
  kind: 'confirm' | 'reject' | 'hidden';
  registeredId?: string;
}

export interface Decided {
  /** on-site id → registered id the inspector confirmed. */
  confirmed: Map<string, string>;
  /** on-site id → the registered ids the inspector said are someone else. */
  rejected: Map<string, Set<string>>;
  hidden: Set<string>;
}

/**
 * The decisions that still apply. A later decision on the same on-site worker replaces an
 * earlier confirm or hidden (the inspector changed their mind); rejections accumulate. A
 * decision naming a worker no longer on either list is dropped: the lists may have been
 * re-imported since. Two on-site workers confirmed as one registered worker is a bug in the
 * caller, not something to pick between.
 */
export function readDecisions(decisions: readonly Decision[] | undefined, onsiteIds: Set<string>, registeredIds: Set<string>): Decided {
  const out: Decided = { confirmed: new Map(), rejected: new Map(), hidden: new Set() };
  for (const d of decisions ?? []) {
    if (!onsiteIds.has(d.onsiteId)) continue;
    if (d.kind === 'hidden') {
      out.confirmed.delete(d.onsiteId);
      out.hidden.add(d.onsiteId);
    } else if (d.registeredId !== undefined && registeredIds.has(d.registeredId)) {
      if (d.kind === 'reject') out.rejected.set(d.onsiteId, (out.rejected.get(d.onsiteId) ?? new Set()).add(d.registeredId));
      else {
        out.hidden.delete(d.onsiteId);
        out.confirmed.set(d.onsiteId, d.registeredId);
      }
    }
  }
  const owners = new Map<string, string>();
  for (const [o, r] of out.confirmed) {
    if (owners.has(r)) throw new Error(`reconcile: registered worker "${r}" was confirmed for both "${owners.get(r)}" and "${o}"`);
    owners.set(r, o);
  }
  return out;
}
