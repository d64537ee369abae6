/**
 * The one database interface of the server. Two engines implement it: embedded PGlite (default) and
 * a PostgreSQL server through node-postgres (DATABASE_URL). Repositories write plain parameterised
 * PostgreSQL and never know which engine runs it.
 */
export interface Queryable {
  /** One statement with `$1…` parameters; rows come back as plain objects. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>
}

/** The handle a transaction's work receives; `exec` lets a migration run a whole file inside it. */
export interface Transaction extends Queryable {
  /** Several statements without parameters, inside the transaction. */
  exec(sql: string): Promise<void>
}

export interface Db extends Queryable {
  readonly engine: 'pglite' | 'postgres'
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>
  /**
   * Runs `work` in one transaction and commits when it resolves, rolls back when it throws.
   * Use only `tx` inside: on PGlite the outer handle waits for the transaction and would deadlock.
   */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>
  close(): Promise<void>
}
