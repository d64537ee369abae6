import fs from 'node:fs'
import type { Db } from '../db/db'

/**
 * A backup is one file: a signature line, one line of JSON (the manifest) and the database's own
 * dump. The embedded engine's dump is PGlite's data-directory tarball (gzip); the server's is
 * pg_dump's custom format. The manifest carries DATA_DIR/secrets.json because identity numbers cannot
 * be read without their key: the file is written for its owner only (0600) and must be kept as
 * carefully as the database.
 */
export const BACKUP_SIGNATURE = 'JIEFANG-BACKUP/1'

export interface BackupManifest {
  engine: Db['engine']
  /** ISO instant the dump was taken. */
  createdAt: string
  /** The newest migration applied when the dump was taken. */
  migration: number
  /** PostgreSQL: the schema that was dumped (it is restored under the same name). */
  schema: string | null
  /** The text of DATA_DIR/secrets.json, or null when the secrets came from the environment. */
  secrets: string | null
  databaseBytes: number
}

export class BackupError extends Error {
  override name = 'BackupError'
}

/** Writes the file under a temporary name and renames it, so a half-written backup never has the name. */
export function writeBackupFile(file: string, manifest: Omit<BackupManifest, 'databaseBytes'>, database: Buffer): void {
  const header = `${BACKUP_SIGNATURE}\n${JSON.stringify({ ...manifest, databaseBytes: database.length })}\n`
  const partial = `${file}.${process.pid}.partial`
  const fd = fs.openSync(partial, 'w', 0o600)
  try {
    fs.writeSync(fd, header)
    fs.writeSync(fd, database)
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  fs.renameSync(partial, file)
}

export function readBackupFile(file: string): { manifest: BackupManifest; database: Buffer } {
  const bytes = fs.readFileSync(file)
  const first = bytes.indexOf(0x0a)
  const second = first < 0 ? -1 : bytes.indexOf(0x0a, first + 1)
  if (first < 0 || second < 0 || bytes.subarray(0, first).toString('utf8') !== BACKUP_SIGNATURE) {
    throw new BackupError(`${file} 不是街坊通的备份文件 / is not a 街坊通 backup`)
  }
  const manifest = JSON.parse(bytes.subarray(first + 1, second).toString('utf8')) as BackupManifest
  const database = bytes.subarray(second + 1)
  if (database.length !== manifest.databaseBytes) {
    throw new BackupError(`${file} 不完整：数据库部分应有 ${manifest.databaseBytes} 字节，实有 ${database.length} 字节 / is truncated`)
  }
  return { manifest, database }
}
