import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { describeEachEngine, describePostgres } from '../../test/support/db'
import type { Queryable } from '../db/db'
import { migrate } from '../db/migrator'
import { openDb } from '../db/open'
import { PostgresDb } from '../db/postgres'
import { loadConfig } from '../config'
import { loadDemoContent } from '../demo/load-demo'
import { startServer } from '../main'
import { residentHarness } from '../residents/testing'
import { SECRETS_FILE } from '../secrets'
import { staffHeaders } from '../staff/testing'
import { BackupError, readBackupFile } from './backup-file'
import { backUp, restore } from './operations'

/** Every table of the current schema: its row count and a digest of all its rows in a fixed order. */
async function tableDigests(db: Queryable): Promise<Record<string, string>> {
  const tables = await db.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = current_schema() order by 1`)
  const digests: Record<string, string> = {}
  for (const { name } of tables) {
    const [row] = await db.query<{ rows: number; digest: string }>(
      `select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as digest from ${name} t`
    )
    digests[name] = `${row.rows} ${row.digest}`
  }
  return digests
}

const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix))
const embedded = (dataDir: string) => ({ dataDir, databaseUrl: undefined, dbSchema: undefined })

describe('backup and restore of the embedded database', () => {
  it('backs up the demo database through the running server and restores every table into an empty DATA_DIR with its secrets', async () => {
    const dataDir = tempDir('jiefang-backup-src-')
    const restoredDir = tempDir('jiefang-backup-dst-')
    const file = path.join(tempDir('jiefang-backup-file-'), 'backup.jfb')
    const server = await startServer(loadConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }), null)
    let before: Record<string, string>
    try {
      await server.db.query(`insert into departments (name, duties, phone, address, hours, key) values ('备份测试科', '测试', '021-9', '三楼', '工作日', 'backup_test')`)
      const manifest = await backUp({ dataDir }, file)
      expect(manifest).toMatchObject({ engine: 'pglite', schema: null })
      expect(manifest.migration).toBeGreaterThan(0)
      before = await tableDigests(server.db)
    } finally {
      await server.close()
    }
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(readBackupFile(file).manifest.secrets).toBe(fs.readFileSync(path.join(dataDir, SECRETS_FILE), 'utf8'))

    await restore({ dataDir: restoredDir }, file)
    const restored = await openDb(embedded(restoredDir))
    try {
      expect(await tableDigests(restored)).toEqual(before)
      expect(Object.keys(before)).toContain('cases')
    } finally {
      await restored.close()
    }
    expect(fs.readFileSync(path.join(restoredDir, SECRETS_FILE), 'utf8')).toBe(fs.readFileSync(path.join(dataDir, SECRETS_FILE), 'utf8'))
    for (const dir of [dataDir, restoredDir]) fs.rmSync(dir, { recursive: true, force: true })
  }, 120_000)

  it('refuses to restore over a DATA_DIR that already holds a database', async () => {
    const dataDir = tempDir('jiefang-backup-full-')
    const file = path.join(tempDir('jiefang-backup-file-'), 'backup.jfb')
    const db = await openDb(embedded(dataDir))
    await migrate(db)
    await db.close()
    await backUp({ dataDir }, file)
    await expect(restore({ dataDir }, file)).rejects.toThrow(BackupError)
    fs.rmSync(dataDir, { recursive: true, force: true })
  }, 120_000)

  it('refuses a file that is not a complete backup', async () => {
    const file = path.join(tempDir('jiefang-backup-file-'), 'cut.jfb')
    fs.writeFileSync(file, 'JIEFANG-BACKUP/1\n{"engine":"pglite","databaseBytes":100}\nshort')
    await expect(restore({ dataDir: tempDir('jiefang-backup-dst-') }, file)).rejects.toThrow(/不完整/)
  })
})

const databaseUrl = process.env.DATABASE_URL

/** A database of its own on the PostgreSQL server of DATABASE_URL, dropped by `drop`. */
async function scratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!databaseUrl) throw new Error('REQUIRE_POSTGRES=1 but DATABASE_URL is not set')
  const name = `jiefang_backup_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: databaseUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(databaseUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: databaseUrl })
      await dropper.connect()
      await dropper.query(`drop database if exists ${name} with (force)`)
      await dropper.end()
    }
  }
}

// Without DATABASE_URL there is no server to dump; CI sets REQUIRE_POSTGRES=1 so that this never goes unnoticed.
describePostgres('backup and restore on the PostgreSQL server', () => {
  it.each([['public'], ['jiefang_office']])('restores every table of schema %s into an empty database', async (schema) => {
    const source = await scratchDatabase()
    const target = await scratchDatabase()
    const file = path.join(tempDir('jiefang-backup-file-'), 'backup.jfb')
    try {
      const dbSchema = schema === 'public' ? undefined : schema
      const db = await PostgresDb.open({ connectionString: source.url, schema: dbSchema })
      let before: Record<string, string>
      try {
        await migrate(db)
        await loadDemoContent(db)
        await backUp({ dataDir: tempDir('jiefang-backup-src-'), databaseUrl: source.url, dbSchema }, file)
        before = await tableDigests(db)
      } finally {
        await db.close()
      }
      expect(readBackupFile(file).manifest).toMatchObject({ engine: 'postgres', schema })

      const restoredDir = tempDir('jiefang-backup-dst-')
      await restore({ dataDir: restoredDir, databaseUrl: target.url, dbSchema }, file)
      const restored = await PostgresDb.open({ connectionString: target.url, schema: dbSchema })
      try {
        expect(await tableDigests(restored)).toEqual(before)
        expect(Object.keys(before).length).toBeGreaterThan(10)
        // The restored database takes the server's start-up as usual: nothing left to migrate.
        await migrate(restored)
        expect(await tableDigests(restored)).toEqual(before)
      } finally {
        await restored.close()
      }
      await expect(restore({ dataDir: restoredDir, databaseUrl: target.url, dbSchema }, file)).rejects.toThrow(/只能恢复到空的数据库/)
    } finally {
      await source.drop()
      await target.drop()
    }
  }, 120_000)

  it('refuses an embedded backup when DATABASE_URL is set', async () => {
    const dataDir = tempDir('jiefang-backup-src-')
    const file = path.join(tempDir('jiefang-backup-file-'), 'backup.jfb')
    const db = await openDb(embedded(dataDir))
    await migrate(db)
    await db.close()
    await backUp({ dataDir }, file)
    await expect(restore({ dataDir: tempDir('jiefang-backup-dst-'), databaseUrl: databaseUrl ?? '' }, file)).rejects.toThrow(/内嵌数据库的备份/)
  }, 120_000)
})

describeEachEngine('GET /staff/system/backup', (getDb) => {
  it('gives the dump only to the system token of DATA_DIR: no token is 401, an administrator 403', async () => {
    const h = await residentHarness(getDb())
    const url = '/api/v1/staff/system/backup'
    expect((await h.app.inject({ method: 'GET', url })).statusCode).toBe(401)
    const admin = await staffHeaders(h.app, getDb(), { phone: '13900000009', roles: ['admin'] })
    const refused = await h.app.inject({ method: 'GET', url, headers: admin })
    expect(refused.statusCode).toBe(403)
    expect(refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } })
    const system = await h.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${h.staffToken}` } })
    if (getDb().engine === 'pglite') {
      expect(system.statusCode).toBe(200)
      expect(system.rawPayload.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]))
      expect(Number(system.headers['x-backup-migration'])).toBeGreaterThan(0)
    } else {
      expect(system.statusCode).toBe(409)
    }
    await h.app.close()
  })
})
