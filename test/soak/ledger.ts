/**
 * Every mutation a soak client intends, by its unique marker: the on-site worker's id, the
 * notice's id, or (client id, tally count). Counts are rising per client, so the last one set on
 * a visit is also the tally the server must end with if it applied everything in order.
 */
export class Ledger {
  readonly onsite = new Set<string>();
  readonly notices = new Set<string>();
  /** `${clientId}:${count}` */
  readonly tallies = new Set<string>();
  readonly lastTally = new Map<string, number>();

  get size(): number {
    return this.onsite.size + this.notices.size + this.tallies.size;
  }

  tally(clientId: string, visitId: string, count: number): void {
    this.tallies.add(`${clientId}:${count}`);
    this.lastTally.set(visitId, count);
  }
}
