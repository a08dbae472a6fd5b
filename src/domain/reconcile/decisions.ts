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
 * The decisions that still apply, the latest first: a later decision on the same on-site worker
 * replaces an earlier confirm or hidden (the inspector changed their mind), and a later confirm
 * of the same registered worker for another row takes the worker from the earlier one, which
 * goes back to the engine (the inspector read the card, or a second phone did). Rejections
 * accumulate. A decision naming a worker no longer on either list is dropped: the lists may have
 * been re-imported since. `decisions` in the order they were made.
 */
export function readDecisions(decisions: readonly Decision[] | undefined, onsiteIds: Set<string>, registeredIds: Set<string>): Decided {
  const out: Decided = { confirmed: new Map(), rejected: new Map(), hidden: new Set() };
  /** registered id → the on-site id it is confirmed for. */
  const owner = new Map<string, string>();
  const unconfirm = (onsiteId: string) => {
    const r = out.confirmed.get(onsiteId);
    if (r === undefined) return;
    out.confirmed.delete(onsiteId);
    owner.delete(r);
  };
  for (const d of decisions ?? []) {
    if (!onsiteIds.has(d.onsiteId)) continue;
    if (d.kind === 'hidden') {
      unconfirm(d.onsiteId);
      out.hidden.add(d.onsiteId);
    } else if (d.registeredId !== undefined && registeredIds.has(d.registeredId)) {
      if (d.kind === 'reject') out.rejected.set(d.onsiteId, (out.rejected.get(d.onsiteId) ?? new Set()).add(d.registeredId));
      else {
        out.hidden.delete(d.onsiteId);
        unconfirm(d.onsiteId);
        const earlier = owner.get(d.registeredId);
        if (earlier !== undefined) unconfirm(earlier);
        out.confirmed.set(d.onsiteId, d.registeredId);
        owner.set(d.registeredId, d.onsiteId);
      }
    }
  }
  return out;
}
