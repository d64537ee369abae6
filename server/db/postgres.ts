import pg from 'pg'
import type { Db, Transaction } from './db'

const INT8 = 20
const DATE = 1082
const TIMESTAMP = 1114

/**
 * Parsers that make node-postgres return what PGlite returns (see pglite.ts): int8 as a number
 * (counts and ids stay far below 2^53), a date as its 'YYYY-MM-DD' text, a timestamp without time
 * zone read as UTC. Given per pool, so other pg users in the process are not affected.
 */
const customParsers: Record<number, (value: string) => unknown> = {
  [INT8]: (value) => Number(value),
  [DATE]: (value) => value,
  [TIMESTAMP]: (value) => new Date(`${value.replace(' ', 'T')}Z`)
}

const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    return customParsers[oid] ?? pg.types.getTypeParser(oid, format)
  }
}

/** Plain identifiers only: the name goes into search_path and DDL, where it cannot be a parameter. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

export interface PostgresOptions {
  connectionString: string
  /** Schema to work in; every connection of the pool gets it as its search_path. */
  schema?: string
  max?: number
}

export class PostgresDb implements Db {
  readonly engine = 'postgres' as const
  private closed = false

  private constructor(
    private readonly pool: pg.Pool,
    private readonly connectionString: string,
    /** The schema this database works in (public when none was given). */
    readonly schema: string
  ) {}

  /** Opens the pool; a schema that does not exist yet is created, so migrations have a place to go. */
  static async open(options: PostgresOptions): Promise<PostgresDb> {
    if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
      throw new Error(`Schema name ${JSON.stringify(options.schema)} must be a lower-case identifier (a-z, 0-9, _)`)
    }
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.max ?? 10,
      options: options.schema ? `-c search_path=${options.schema}` : undefined,
      types: typeParsers
    })
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', () => undefined)
    const db = new PostgresDb(pool, options.connectionString, options.schema ?? 'public')
    try {
      // Also proves the connection works, so a wrong DATABASE_URL fails at start-up. The schema is
      // looked up first: a role without CREATE on the database may still use a schema made for it.
      const found = await db.query('select 1 from pg_namespace where nspname = $1', [options.schema ?? 'public'])
      if (options.schema && found.length === 0) await db.query(`create schema if not exists ${options.schema}`)
    } catch (error) {
      await pool.end()
      throw error
    }
    return db
  }

  /** The pool's connections: open, idle, and requests waiting for one (for the operator's metrics). */
  poolStats(): { total: number; idle: number; waiting: number } {
    return { total: this.pool.totalCount, idle: this.pool.idleCount, waiting: this.pool.waitingCount }
  }

  async query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]> {
    return (await this.pool.query(sql, params)).rows as T[]
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql)
  }

  /** One checked-out client runs BEGIN … COMMIT; concurrent transactions really run side by side here. */
  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const client = await this.pool.connect()
    const tx: Transaction = {
      async query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]> {
        return (await client.query(sql, params)).rows as R[]
      },
      async exec(sql: string): Promise<void> {
        await client.query(sql)
      }
    }
    try {
      await client.query('BEGIN')
      const result = await work(tx)
      await client.query('COMMIT')
      client.release()
      return result
    } catch (error) {
      try {
        await client.query('ROLLBACK')
        client.release()
      } catch (rollbackError) {
        // A connection that cannot roll back is broken: destroy it instead of returning it to the pool.
        client.release(rollbackError as Error)
      }
      throw error
    }
  }

  /**
   * LISTENs on `channel` over a connection of its own (a pooled one would be handed to other queries).
   * `onLost` is called once if that connection fails; the caller decides whether to listen again.
   */
  async listen(channel: string, onNotify: (payload: string) => void, onLost: (error: Error) => void): Promise<{ close(): Promise<void> }> {
    if (!SCHEMA_NAME.test(channel)) throw new Error(`Channel name ${JSON.stringify(channel)} must be a lower-case identifier`)
    const client = new pg.Client({ connectionString: this.connectionString })
    let closing = false
    let lost = false
    const fail = (error: Error) => {
      if (closing || lost) return
      lost = true
      onLost(error)
      client.end().catch(() => undefined)
    }
    client.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload ?? '')
    })
    client.on('error', fail)
    client.on('end', () => fail(new Error('the LISTEN connection ended')))
    await client.connect()
    await client.query(`LISTEN ${channel}`)
    return {
      async close() {
        closing = true
        await client.end().catch(() => undefined)
      }
    }
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.pool.end()
  }
}
