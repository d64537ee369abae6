import fs from 'node:fs'
import path from 'node:path'

/**
 * One process owns a data directory. PGlite takes no lock of its own, and two processes on one
 * directory silently corrupt it (measured: acknowledged rows lost, duplicate primary keys), so the
 * server holds this lock file for as long as the database is open.
 *
 * The file is created with O_EXCL and holds the owner's pid. A lock whose pid is dead is stale (the
 * owner was killed) and is reaped; a lock whose pid is alive is never taken over, however old, because
 * even a second instance's start-up recovery can damage the live owner's files.
 */

export const LOCK_FILE = 'jiefang.lock'

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError'
  constructor(
    readonly dataDir: string,
    readonly pid: number
  ) {
    super(`数据目录 ${dataDir} 已被进程 ${pid} 使用，请先停止该进程 / DATA_DIR ${dataDir} is in use by pid ${pid}; stop that process first`)
  }
}

export interface DataDirLock {
  readonly path: string
  release(): void
}

/** Lock files this process holds, so a lock that names our own pid can be told apart from a stale one. */
const heldByThisProcess = new Set<string>()

/** True when a process with this pid exists (EPERM: it exists but belongs to another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readOwner(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8').trim(), 10)
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/**
 * The owner pid is stale when that process is gone, or when it is our own pid but this process never
 * took the lock (a container restarts the server under the same pid after a crash).
 */
function isStale(lockPath: string, pid: number | null): boolean {
  if (pid === null) return true
  if (pid === process.pid) return !heldByThisProcess.has(lockPath)
  return !isProcessAlive(pid)
}

/**
 * Takes the exclusive lock of `dataDir` (creating the directory) or throws DataDirInUseError.
 * The lock is released by `release()` and, as a last resort, when the process exits.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true })
  const lockPath = path.join(dataDir, LOCK_FILE)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx')
      fs.writeSync(fd, `${process.pid}\n`)
      fs.closeSync(fd)
      return hold(lockPath)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const owner = readOwner(lockPath)
    if (!isStale(lockPath, owner)) throw new DataDirInUseError(dataDir, owner as number)
    // Re-read just before removing, so a lock that another starting process has just written is kept.
    if (readOwner(lockPath) === owner) fs.rmSync(lockPath, { force: true })
  }
  const owner = readOwner(lockPath)
  throw new DataDirInUseError(dataDir, owner ?? 0)
}

function hold(lockPath: string): DataDirLock {
  heldByThisProcess.add(lockPath)
  const releaseOnExit = () => removeIfOurs(lockPath)
  process.on('exit', releaseOnExit)
  let released = false
  return {
    path: lockPath,
    release() {
      if (released) return
      released = true
      process.off('exit', releaseOnExit)
      removeIfOurs(lockPath)
      heldByThisProcess.delete(lockPath)
    }
  }
}

function removeIfOurs(lockPath: string): void {
  if (readOwner(lockPath) === process.pid) fs.rmSync(lockPath, { force: true })
}
