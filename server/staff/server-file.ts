import fs from 'node:fs'
import path from 'node:path'
import { isProcessAlive } from '../db/lock'

/**
 * DATA_DIR/server.json tells operator scripts where the server that holds DATA_DIR's lock listens,
 * so they go through its API instead of opening the embedded database a second time.
 */
export const SERVER_FILE = 'server.json'

export interface ServerFile {
  pid: number
  url: string
}

export function writeServerFile(dataDir: string, url: string): void {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, SERVER_FILE)
  fs.writeFileSync(`${file}.tmp`, JSON.stringify({ pid: process.pid, url }))
  fs.renameSync(`${file}.tmp`, file)
}

/** Removes the file when this process wrote it. */
export function removeServerFile(dataDir: string): void {
  if (readServerFile(dataDir)?.pid === process.pid) fs.rmSync(path.join(dataDir, SERVER_FILE), { force: true })
}

/** The running server of DATA_DIR, or undefined when the file is missing or its process is gone. */
export function readServerFile(dataDir: string): ServerFile | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(dataDir, SERVER_FILE), 'utf8')) as Partial<ServerFile>
    if (typeof parsed.pid !== 'number' || typeof parsed.url !== 'string') return undefined
    return isProcessAlive(parsed.pid) ? { pid: parsed.pid, url: parsed.url } : undefined
  } catch {
    return undefined
  }
}
