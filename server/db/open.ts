import path from 'node:path'
import type { Config } from '../config'
import type { Db } from './db'
import { acquireDataDirLock } from './lock'
import { PgliteDb } from './pglite'
import { PostgresDb } from './postgres'

/** Where the embedded database keeps its files inside DATA_DIR. */
export const PGDATA = 'pgdata'

/**
 * Opens the configured engine: the PostgreSQL server of DATABASE_URL, or the embedded PGlite in
 * DATA_DIR/pgdata. The embedded engine first takes the data directory's lock (a second process would
 * corrupt the files) and keeps it until `close()`; a DataDirInUseError says who holds it.
 */
export async function openDb(config: Pick<Config, 'dataDir' | 'databaseUrl' | 'dbSchema'>): Promise<Db> {
  if (config.databaseUrl) {
    return PostgresDb.open({ connectionString: config.databaseUrl, schema: config.dbSchema })
  }
  const lock = acquireDataDirLock(config.dataDir)
  try {
    return await PgliteDb.open({ dataDir: path.join(config.dataDir, PGDATA), onClose: () => lock.release() })
  } catch (error) {
    lock.release()
    throw error
  }
}
