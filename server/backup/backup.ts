import { Blob } from 'node:buffer'
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Db, Queryable } from '../db/db'
import { PGDATA } from '../db/open'
import { PgliteDb } from '../db/pglite'
import { BackupError } from './backup-file'

const run = promisify(execFile)

/** The newest migration a database has applied (0 for a database never migrated). */
export async function latestMigration(db: Queryable): Promise<number> {
  const [row] = await db.query<{ version: number | null }>('select max(version)::int as version from schema_migrations')
  return row?.version ?? 0
}

/**
 * The embedded database as PGlite's gzip tarball of its data directory. PGlite takes it under its
 * query lock, so no statement runs meanwhile: the files and their WAL are what a crash at that
 * instant would leave, which PGlite replays on opening (the same dump seeds every test database).
 */
export async function dumpEmbedded(db: PgliteDb): Promise<Buffer> {
  return Buffer.from(await (await db.dump('gzip')).arrayBuffer())
}

/**
 * The schema of a PostgreSQL server in pg_dump's custom format. pg_dump reads one snapshot, so the
 * backup is consistent while servers keep writing. pg_dump must be at least the server's version.
 */
export async function dumpPostgres(databaseUrl: string, schema: string): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-backup-'))
  const file = path.join(dir, 'database.pgdump')
  try {
    await pgTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--schema=${schema}`, `--file=${file}`, `--dbname=${databaseUrl}`])
    return fs.readFileSync(file)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** Unpacks an embedded dump into DATA_DIR/pgdata, which must not exist yet. */
export async function restoreEmbedded(dataDir: string, database: Buffer): Promise<void> {
  const target = path.join(dataDir, PGDATA)
  if (fs.existsSync(target) && fs.readdirSync(target).length > 0) {
    throw new BackupError(`${target} 已有数据库：只能恢复到空的数据目录 / ${target} already holds a database: restore into an empty DATA_DIR`)
  }
  const db = await PgliteDb.open({ dataDir: target, loadDataDir: new Blob([new Uint8Array(database)]) })
  await db.close()
}

/** Restores a pg_dump of `schema` into a database whose schema of that name holds no table. */
export async function restorePostgres(target: Db, databaseUrl: string, schema: string, database: Buffer): Promise<void> {
  const [{ tables }] = await target.query<{ tables: number }>(
    `select count(*)::int as tables from information_schema.tables where table_schema = $1`,
    [schema]
  )
  if (tables > 0) {
    throw new BackupError(`模式 ${schema} 中已有 ${tables} 张表：只能恢复到空的数据库 / schema ${schema} already has ${tables} tables: restore into an empty database`)
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-restore-'))
  const file = path.join(dir, 'database.pgdump')
  try {
    fs.writeFileSync(file, database)
    // The schema itself comes from the dump; an empty one made by the server's start-up is dropped first.
    await target.query(`drop schema if exists ${schema}`)
    await pgTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${databaseUrl}`, file])
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function pgTool(tool: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  try {
    await run(tool, args, { maxBuffer: 16 * 1024 * 1024 })
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string }
    if (e.code === 'ENOENT') {
      throw new BackupError(`找不到 ${tool}：请安装 PostgreSQL 客户端（apt-get install -y postgresql-client）/ ${tool} not found: install postgresql-client`)
    }
    throw new BackupError(`${tool} 失败 / failed: ${(e.stderr ?? e.message).trim()}`)
  }
}
