import type { TestProject } from 'vitest/node';
import { startPostgres } from '../support/pg-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL (any database on it); tests create their own databases. */
    pgUrl: string;
  }
}

/** One real PostgreSQL for the whole API run. No database, no run: failing loudly beats skipping. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgres();
  project.provide('pgUrl', server.url);
  return server.stop;
}
