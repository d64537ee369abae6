import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { backUp, restore } from '../server/backup/operations'
import { migrate } from '../server/db/migrator'
import { openDb } from '../server/db/open'
import { seedCases } from './case-seed'

/**
 * `npm run backup` and `npm run restore` over BACKUP_BENCH_CASES generated cases (100,000 unless
 * set) with their events: on embedded PGlite (a DATA_DIR with no server running) and, when
 * DATABASE_URL is set, on the PostgreSQL server (restored into a new database, dropped afterwards).
 * Prints backup_<engine>_s, restore_<engine>_s and backup_<engine>_mb.
 */

const CASES = Number(process.env.BACKUP_BENCH_CASES ?? 100_000)

const seconds = async (work: () => Promise<unknown>): Promise<number> => {
  const began = Date.now()
  await work()
  return (Date.now() - began) / 1000
}

/** A migrated database of CASES generated cases, closed again (backUp opens it itself). */
async function seeded(config: Parameters<typeof openDb>[0]): Promise<void> {
  const db = await openDb(config)
  try {
    await migrate(db)
    await seedCases(db, CASES)
  } finally {
    await db.close()
  }
}

async function embedded(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-bench-backup-'))
  const source = { dataDir: path.join(root, 'source'), databaseUrl: undefined, dbSchema: undefined }
  const file = path.join(root, 'backup.jfb')
  try {
    await seeded(source)
    report('pglite', await seconds(() => backUp(source, file)), await seconds(() => restore({ dataDir: path.join(root, 'restored') }, file)), file)
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
}

async function server(databaseUrl: string): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-bench-backup-'))
  const names = [`bench_backup_src_${process.pid}`, `bench_backup_dst_${process.pid}`]
  const urlOf = (name: string) => Object.assign(new URL(databaseUrl), { pathname: `/${name}` }).toString()
  const admin = new pg.Client({ connectionString: databaseUrl })
  await admin.connect()
  try {
    for (const name of names) await admin.query(`create database ${name}`)
    const source = { dataDir: path.join(root, 'source'), databaseUrl: urlOf(names[0]), dbSchema: undefined }
    await seeded(source)
    const file = path.join(root, 'backup.jfb')
    const target = { dataDir: path.join(root, 'restored'), databaseUrl: urlOf(names[1]) }
    report('postgres', await seconds(() => backUp(source, file)), await seconds(() => restore(target, file)), file)
  } finally {
    for (const name of names) await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
    fs.rmSync(root, { recursive: true, force: true })
  }
}

function report(engine: string, backupSeconds: number, restoreSeconds: number, file: string): void {
  console.log(`backup_${engine}_s: ${backupSeconds.toFixed(1)}`)
  console.log(`restore_${engine}_s: ${restoreSeconds.toFixed(1)}`)
  console.log(`backup_${engine}_mb: ${(fs.statSync(file).size / 1_048_576).toFixed(1)}`)
}

async function main(): Promise<void> {
  console.log(`backup_cases: ${CASES}`)
  await embedded()
  if (process.env.DATABASE_URL) await server(process.env.DATABASE_URL)
  else console.log('backup_postgres_s: skipped (DATABASE_URL is not set)')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
