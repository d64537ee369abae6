import fs from 'node:fs'
import path from 'node:path'
import type { Db } from './db'

export const MIGRATIONS_DIR = path.join(__dirname, 'migrations')

export interface Migration {
  /** The three digits that order the files, e.g. '002'. */
  version: string
  name: string
  sql: string
}

const FILE_NAME = /^(\d{3})_([a-z0-9_]+)\.sql$/

/** Reads `NNN_name.sql` files in version order; any other .sql file name is a mistake and throws. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = FILE_NAME.exec(file)
      if (!match) throw new Error(`Migration file ${file} must be named NNN_name.sql (lower case)`)
      return { version: match[1], name: match[2], sql: fs.readFileSync(path.join(dir, file), 'utf8') }
    })
    .sort((a, b) => a.version.localeCompare(b.version))
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i].version === migrations[i - 1].version) {
      throw new Error(`Two migrations share version ${migrations[i].version}`)
    }
  }
  return migrations
}

/**
 * Serialises migrators of one schema across processes (several app instances on one PostgreSQL
 * server); the transaction-scoped lock is released by COMMIT or ROLLBACK.
 */
const LOCK = `select pg_advisory_xact_lock(hashtext('jiefang:migrate:' || current_schema()))`

/**
 * Applies the migrations not yet recorded in schema_migrations, in order. Each file and its
 * bookkeeping row commit together, so a failing file leaves nothing behind and the next start retries
 * it; running again when everything is applied changes nothing. Returns the versions applied now.
 */
export async function migrate(db: Db, migrations: Migration[] = readMigrations()): Promise<string[]> {
  await db.transaction(async (tx) => {
    await tx.query(LOCK)
    await tx.exec(`create table if not exists schema_migrations (
      version text primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`)
  })
  const applied: string[] = []
  for (const migration of migrations) {
    const ran = await db.transaction(async (tx) => {
      await tx.query(LOCK)
      const done = await tx.query('select 1 from schema_migrations where version = $1', [migration.version])
      if (done.length > 0) return false
      await tx.exec(migration.sql)
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name])
      return true
    })
    if (ran) applied.push(migration.version)
  }
  return applied
}
