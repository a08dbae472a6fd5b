import type { Sealed, Vault } from './vault';

/** The sealed half of a row; the caller adds the plain index fields. */
export async function protect<T>(vault: Vault, value: T): Promise<{ sealed: Sealed }> {
  return { sealed: await vault.seal(value) };
}

/**
 * A row's personal data, opened. Wrapped in Promise.resolve because live queries may only await
 * Dexie's own promises (Dexie docs, useLiveQuery rules); every read is done before this runs.
 */
export function reveal<T>(vault: Vault, row: { sealed?: Sealed; plain?: T }): Promise<T> {
  return row.sealed ? Promise.resolve(vault.open<T>(row.sealed)) : Promise.resolve(row.plain as T);
}

export function revealAll<T>(vault: Vault, rows: readonly { sealed?: Sealed; plain?: T }[]): Promise<T[]> {
  return Promise.all(rows.map((r) => reveal(vault, r)));
}
