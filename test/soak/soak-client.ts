import type { MutationKind } from '../bench/load/mutations';

/** What the soak asks of a client, whether it runs the real engine or speaks the protocol directly. */
export interface SoakClient {
  kind: 'engine' | 'light';
  write(kind: MutationKind, visitId: string): Promise<void>;
  /** One sync attempt; false when it failed (offline, 500, timeout) and should be tried again. */
  sync(): Promise<boolean>;
  /** Mutations not yet acknowledged by the server. */
  pending(): Promise<number>;
  /** Mutations the server refused for good (none expected in the soak). */
  rejected(): Promise<number>;
  close(): Promise<void>;
}
