import { createApiClient, type ApiClient } from '../../src/sync';
import type { HeadcountDb } from '../../src/store';
import { freshDb } from '../store/fixtures';
import { FakeServer } from './fake-server';

export interface Harness {
  db: HeadcountDb;
  server: FakeServer;
  api: ApiClient;
}

/** A fresh device talking to a fresh fake server. */
export function harness(): Harness {
  const server = new FakeServer();
  const api = createApiClient({ getToken: () => server.token, fetchImpl: server.fetch });
  return { db: freshDb(), server, api };
}
