import type { Reconciliation } from '../../src/protocol';

export interface Quality {
  hiddenRecall: number;
  hiddenPrecision: number;
  /** Registered workers who were on site, flagged hidden: each one a wrongful fine. */
  wrongfulHidden: number;
  /** Matched rows paired with the wrong registered worker (or a hidden worker matched at all). */
  wrongAutoMatch: number;
  reviewRate: number;
}

export function quality(result: Reconciliation, truth: Map<string, string | null>): Quality {
  let hiddenTrue = 0, hiddenFlagged = 0, hiddenHit = 0, present = 0, wrongfulHidden = 0, matched = 0, wrongMatch = 0, review = 0;
  for (const r of result.results) {
    const t = truth.get(r.onsiteId) ?? null;
    if (t === null) hiddenTrue++;
    else present++;
    if (r.status === 'hidden') {
      hiddenFlagged++;
      if (t === null) hiddenHit++;
      else wrongfulHidden++;
    } else if (r.status === 'matched') {
      matched++;
      if (r.registeredId !== t) wrongMatch++;
    } else review++;
  }
  return {
    hiddenRecall: hiddenHit / Math.max(1, hiddenTrue),
    hiddenPrecision: hiddenHit / Math.max(1, hiddenFlagged),
    wrongfulHidden: wrongfulHidden / Math.max(1, present),
    wrongAutoMatch: wrongMatch / Math.max(1, matched),
    reviewRate: review / Math.max(1, result.results.length),
  };
}
