/**
 * Vitest globalSetup: starts a throw-away PostgreSQL 15 for the server tests, so every server
 * test runs on PGlite and on the real thing. TEST_DATABASE_URL skips the start and uses that server.
 */
import type { TestProject } from 'vitest/node';
import { startPgCluster } from './pg-cluster';
import type {} from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('postgresUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  const cluster = await startPgCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
