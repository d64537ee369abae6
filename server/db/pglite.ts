import { Blob } from 'node:buffer'
import { PGlite, types, type Transaction as PgliteTransaction } from '@electric-sql/pglite'
import type { Db, Transaction } from './db'

/**
 * Type parsers shared with the node-postgres engine (postgres.ts), so that both engines return the
 * same JavaScript values: int8 → number (PGlite's default), numeric → string (both engines' default),
 * date → the 'YYYY-MM-DD' text itself (a calendar date, never shifted by a time zone).
 */
const parsers = {
  [types.DATE]: (value: string) => value
}

export interface PgliteOptions {
  /** Directory of the database files; in memory when absent. */
  dataDir?: string
  /** A tarball made by `dump()`, to start from (tests load a migrated template this way). */
  loadDataDir?: Blob
  /** Called once after the database is closed (the data-directory lock is released here). */
  onClose?: () => void
}

export class PgliteDb implements Db {
  readonly engine = 'pglite' as const
  private closed = false

  private constructor(
    private readonly lite: PGlite,
    private readonly onClose: (() => void) | undefined
  ) {}

  static async open(options: PgliteOptions = {}): Promise<PgliteDb> {
    const lite = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir as unknown as globalThis.Blob | undefined,
      parsers
    })
    return new PgliteDb(lite, options.onClose)
  }

  async query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]> {
    return (await this.lite.query<T>(sql, params)).rows
  }

  async exec(sql: string): Promise<void> {
    await this.lite.exec(sql)
  }

  /** PGlite's own transaction holds its single connection for the whole callback; never BEGIN by hand. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.lite.transaction((tx) => work(wrap(tx)))
  }

  /** The whole data directory as a tarball (uncompressed unless asked). */
  async dump(compression: 'none' | 'gzip' = 'none'): Promise<Blob> {
    return (await this.lite.dumpDataDir(compression)) as unknown as Blob
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    try {
      await this.lite.close()
    } finally {
      this.onClose?.()
    }
  }
}

function wrap(tx: PgliteTransaction): Transaction {
  return {
    async query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]> {
      return (await tx.query<T>(sql, params)).rows
    },
    async exec(sql: string): Promise<void> {
      await tx.exec(sql)
    }
  }
}
