import fs from 'node:fs'
import path from 'node:path'
import type { Config } from '../config'
import { acquireDataDirLock, DataDirInUseError } from '../db/lock'
import { openDb, PGDATA } from '../db/open'
import { PgliteDb } from '../db/pglite'
import { PostgresDb } from '../db/postgres'
import { loadSecrets, SECRETS_FILE } from '../secrets'
import { readServerFile } from '../staff/server-file'
import { dumpEmbedded, dumpPostgres, latestMigration, restoreEmbedded, restorePostgres } from './backup'
import { BackupError, readBackupFile, writeBackupFile, type BackupManifest } from './backup-file'

type BackupConfig = Pick<Config, 'dataDir'> & Partial<Pick<Config, 'databaseUrl' | 'dbSchema' | 'idEncryptionKey' | 'staffToken'>>

/**
 * `npm run backup -- FILE`: the database and DATA_DIR/secrets.json in one file, taken while the
 * server runs. PostgreSQL: pg_dump of the schema. Embedded: from the running server through its API
 * (the system token of secrets.json), or from DATA_DIR itself when no server holds it.
 */
export async function backUp(config: BackupConfig, file: string, now: Date = new Date()): Promise<BackupManifest> {
  const secretsFile = path.join(config.dataDir, SECRETS_FILE)
  const secrets = fs.existsSync(secretsFile) ? fs.readFileSync(secretsFile, 'utf8') : null
  const taken = config.databaseUrl ? await takePostgres(config.databaseUrl, config.dbSchema ?? 'public') : await takeEmbedded(config)
  const manifest = { engine: taken.engine, createdAt: now.toISOString(), migration: taken.migration, schema: taken.schema, secrets }
  writeBackupFile(file, manifest, taken.database)
  return { ...manifest, databaseBytes: taken.database.length }
}

/**
 * `npm run restore -- FILE`: into an empty database of the same engine (an empty DATA_DIR, or a
 * PostgreSQL database without the backup's schema), with the backup's secrets.json. The server is
 * started afterwards and applies any newer migrations as usual.
 */
export async function restore(config: BackupConfig, file: string): Promise<BackupManifest> {
  const { manifest, database } = readBackupFile(file)
  const engine = config.databaseUrl ? 'postgres' : 'pglite'
  if (manifest.engine !== engine) {
    throw new BackupError(
      manifest.engine === 'pglite'
        ? '这是内嵌数据库的备份：请不设 DATABASE_URL 恢复 / this is an embedded backup: restore it without DATABASE_URL'
        : '这是 PostgreSQL 服务器的备份：请设置 DATABASE_URL 恢复 / this is a PostgreSQL backup: set DATABASE_URL to restore it'
    )
  }
  placeSecrets(config.dataDir, manifest.secrets)
  if (config.databaseUrl) {
    const schema = manifest.schema ?? 'public'
    if ((config.dbSchema ?? 'public') !== schema) {
      throw new BackupError(`备份的模式是 ${schema}：请设置 DB_SCHEMA=${schema} / the backup's schema is ${schema}: set DB_SCHEMA=${schema}`)
    }
    const target = await PostgresDb.open({ connectionString: config.databaseUrl, max: 1 })
    try {
      await restorePostgres(target, config.databaseUrl, schema, database)
    } finally {
      await target.close()
    }
  } else {
    const lock = acquireDataDirLock(config.dataDir)
    try {
      await restoreEmbedded(config.dataDir, database)
    } finally {
      lock.release()
    }
  }
  return manifest
}

interface Taken {
  engine: BackupManifest['engine']
  migration: number
  schema: string | null
  database: Buffer
}

async function takePostgres(databaseUrl: string, schema: string): Promise<Taken> {
  const db = await PostgresDb.open({ connectionString: databaseUrl, schema, max: 1 })
  try {
    return { engine: 'postgres', migration: await latestMigration(db), schema, database: await dumpPostgres(databaseUrl, schema) }
  } finally {
    await db.close()
  }
}

async function takeEmbedded(config: BackupConfig): Promise<Taken> {
  if (!fs.existsSync(path.join(config.dataDir, PGDATA))) {
    throw new BackupError(`${config.dataDir} 里没有数据库 / there is no database in ${config.dataDir}`)
  }
  let db
  try {
    db = await openDb({ dataDir: config.dataDir, databaseUrl: undefined, dbSchema: undefined })
  } catch (error) {
    if (error instanceof DataDirInUseError) return takeFromServer(config)
    throw error
  }
  try {
    if (!(db instanceof PgliteDb)) throw new BackupError('expected the embedded database')
    return { engine: 'pglite', migration: await latestMigration(db), schema: null, database: await dumpEmbedded(db) }
  } finally {
    await db.close()
  }
}

async function takeFromServer(config: BackupConfig): Promise<Taken> {
  const server = readServerFile(config.dataDir)
  if (!server) throw new BackupError(`${config.dataDir} 被占用，但找不到运行中的服务 / DATA_DIR is locked but no running server was found`)
  const { staffToken } = loadSecrets({ dataDir: config.dataDir, idEncryptionKey: config.idEncryptionKey, staffToken: config.staffToken })
  const answer = await fetch(`${server.url}/api/v1/staff/system/backup`, { headers: { authorization: `Bearer ${staffToken}` } })
  if (!answer.ok) throw new BackupError(`运行中的服务拒绝备份 / the running server refused: ${answer.status} ${await answer.text()}`)
  return {
    engine: 'pglite',
    migration: Number(answer.headers.get('x-backup-migration') ?? 0),
    schema: null,
    database: Buffer.from(await answer.arrayBuffer())
  }
}

/** The backup's secrets go to DATA_DIR; a different secrets.json already there is never overwritten. */
function placeSecrets(dataDir: string, secrets: string | null): void {
  if (secrets === null) return
  const file = path.join(dataDir, SECRETS_FILE)
  if (fs.existsSync(file)) {
    if (fs.readFileSync(file, 'utf8') === secrets) return
    throw new BackupError(
      `${file} 与备份中的密钥不同：恢复后身份证号将无法解密。请先移走该文件 / ${file} differs from the backup's secrets: move it aside first`
    )
  }
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, secrets, { mode: 0o600 })
}
