import { createHash, randomBytes } from 'node:crypto'
import { Blob } from 'node:buffer'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { Db } from '../../server/db/db'
import { migrate, readMigrations } from '../../server/db/migrator'
import { PgliteDb } from '../../server/db/pglite'
import { PostgresDb } from '../../server/db/postgres'

/**
 * Databases for tests. The test side reads its own switches here (the server reads only
 * server/config.ts): DATABASE_URL enables the PostgreSQL variant, TEST_ENGINE=postgres makes it the
 * default of createTestDb, and REQUIRE_POSTGRES=1 turns a missing DATABASE_URL into a failure (CI).
 */
export type Engine = Db['engine']

export interface TestDb {
  db: Db
  cleanup(): Promise<void>
}

const databaseUrl = (): string | undefined => process.env.DATABASE_URL || undefined
const postgresRequired = (): boolean => process.env.REQUIRE_POSTGRES === '1'

export const MISSING_POSTGRES =
  'REQUIRE_POSTGRES=1 but DATABASE_URL is not set: the PostgreSQL variant of this suite cannot run'

/**
 * A fresh, migrated database. PGlite: loaded from a migrated template tarball (initdb runs once per
 * set of migrations, not once per suite). PostgreSQL: a new schema on DATABASE_URL, dropped by cleanup.
 */
export async function createTestDb(engine: Engine = process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite'): Promise<TestDb> {
  return engine === 'postgres' ? createPostgresTestDb() : createPgliteTestDb()
}

async function createPgliteTestDb(): Promise<TestDb> {
  const db = await PgliteDb.open({ loadDataDir: await pgliteTemplate() })
  return { db, cleanup: () => db.close() }
}

async function pgliteTemplate(): Promise<Blob> {
  return new Blob([fs.readFileSync(await ensurePgliteTemplate())])
}

/**
 * The migrated template's file, cached in the OS temp directory under a hash of the migrations and
 * the PGlite version, so each jest worker (and the next run) loads it instead of running initdb again.
 * Jest's global setup builds it once before the workers start: built by every worker of a cold run at
 * once, it cost about 800 MB each.
 */
export async function ensurePgliteTemplate(): Promise<string> {
  const hash = createHash('sha256')
  const pgliteDir = path.dirname(path.dirname(require.resolve('@electric-sql/pglite')))
  hash.update(fs.readFileSync(path.join(pgliteDir, 'package.json')))
  for (const m of readMigrations()) hash.update(`${m.version}\0${m.name}\0${m.sql}\0`)
  const file = path.join(os.tmpdir(), `jiefang-pglite-template-${hash.digest('hex').slice(0, 16)}.tar`)
  if (!fs.existsSync(file)) {
    const db = await PgliteDb.open()
    try {
      await migrate(db)
      const tarball = Buffer.from(await (await db.dump()).arrayBuffer())
      const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
      fs.writeFileSync(partial, tarball)
      fs.renameSync(partial, file)
      removeOldTemplates(file)
    } finally {
      await db.close()
    }
  }
  return file
}

/** Templates of earlier migrations (40 MB each) are removed once an hour has passed since their last build. */
function removeOldTemplates(current: string): void {
  const dir = path.dirname(current)
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name)
    if (!name.startsWith('jiefang-pglite-template-') || file === current) continue
    try {
      if (Date.now() - fs.statSync(file).mtimeMs > 3_600_000) fs.rmSync(file, { force: true })
    } catch {
      // Another worker removed it first.
    }
  }
}

async function createPostgresTestDb(): Promise<TestDb> {
  const url = databaseUrl()
  if (!url) throw new Error(postgresRequired() ? MISSING_POSTGRES : 'DATABASE_URL is not set: cannot create a PostgreSQL test database')
  const schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`
  const db = await PostgresDb.open({ connectionString: url, schema, max: 4 })
  await migrate(db)
  return {
    db,
    async cleanup() {
      await db.close()
      const dropper = new pg.Client({ connectionString: url })
      await dropper.connect()
      try {
        await dropper.query(`drop schema if exists ${schema} cascade`)
      } finally {
        await dropper.end()
      }
    }
  }
}

/**
 * A describe block that needs the PostgreSQL server itself (several databases, several processes):
 * run with DATABASE_URL; without it skipped, unless REQUIRE_POSTGRES=1 (CI), where it runs and fails
 * on the missing URL instead of going unnoticed.
 */
export function describePostgres(name: string, fn: () => void): void {
  // Chosen when called: jest's global setup imports this module where `describe` does not exist.
  ;(databaseUrl() || postgresRequired() ? describe : describe.skip)(name, fn)
}

/**
 * Runs the same describe block on PGlite always and on PostgreSQL when DATABASE_URL is set; without
 * it the PostgreSQL variant is skipped, or fails when REQUIRE_POSTGRES=1. Each variant gets one
 * database for the whole block: use `truncateAll` in a beforeEach when tests must not see each other.
 *
 * @example describeEachEngine('notices repository', (getDb) => { it('…', async () => { await getDb().query('…') }) })
 */
export function describeEachEngine(name: string, fn: (getDb: () => Db) => void): void {
  for (const engine of ['pglite', 'postgres'] as const) {
    const title = `${name} (${engine})`
    if (engine === 'postgres' && !databaseUrl()) {
      if (postgresRequired()) {
        describe(title, () => {
          it('runs on PostgreSQL', () => {
            throw new Error(MISSING_POSTGRES)
          })
        })
      } else {
        describe.skip(title, () => fn(() => { throw new Error('skipped') }))
      }
      continue
    }
    describe(title, () => {
      let testDb: TestDb | undefined
      beforeAll(async () => {
        testDb = await createTestDb(engine)
      }, 60_000)
      afterAll(async () => {
        await testDb?.cleanup()
      })
      fn(() => {
        if (!testDb) throw new Error(`the ${engine} test database is not open (did beforeAll fail?)`)
        return testDb.db
      })
    })
  }
}

/** Empties every table of the current schema except schema_migrations; ids restart at 1. */
export async function truncateAll(db: Db): Promise<void> {
  const tables = await db.query<{ name: string }>(
    `select quote_ident(tablename) as name from pg_tables
     where schemaname = current_schema() and tablename <> 'schema_migrations'`
  )
  if (tables.length === 0) return
  await db.exec(`truncate table ${tables.map((t) => t.name).join(', ')} restart identity cascade`)
}
