import type { ReasonCode } from '../reasons';

export interface Match {
  registeredIndex: number;
  reasons: ReasonCode[];
}

/**
 * What the passes have decided so far. Passes only add: a match is final, and a flag stays on
 * an unmatched on-site worker so a later pass may still match it or the end result explains it.
 */
export class MatchState {
  readonly matches = new Map<number, Match>();
  readonly usedRegistered = new Set<number>();
  private readonly flags = new Map<number, ReasonCode[]>();

  isMatched(onsiteIndex: number): boolean {
    return this.matches.has(onsiteIndex);
  }

  isUsed(registeredIndex: number): boolean {
    return this.usedRegistered.has(registeredIndex);
  }

  match(onsiteIndex: number, registeredIndex: number, reasons: ReasonCode[]): void {
    if (this.isMatched(onsiteIndex) || this.isUsed(registeredIndex)) {
      throw new Error('reconcile: a pass tried to match a worker twice');
    }
    this.usedRegistered.add(registeredIndex);
    this.matches.set(onsiteIndex, { registeredIndex, reasons: [...reasons, ...this.flagsOf(onsiteIndex)] });
  }

  flag(onsiteIndex: number, ...codes: ReasonCode[]): void {
    const list = this.flags.get(onsiteIndex) ?? [];
    for (const c of codes) if (!list.includes(c)) list.push(c);
    this.flags.set(onsiteIndex, list);
  }

  flagsOf(onsiteIndex: number): ReasonCode[] {
    return this.flags.get(onsiteIndex) ?? [];
  }
}
