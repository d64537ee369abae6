import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { acquireDataDirLock, DataDirInUseError, LOCK_FILE } from './lock'
import { openDb } from './open'

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
  return Number(child.stdout.toString())
}

describe('the data-directory lock', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-lock-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('writes the owner pid into DATA_DIR/jiefang.lock and removes it on release', () => {
    const lock = acquireDataDirLock(dir)
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid))
    lock.release()
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false)
  })

  it('refuses a second lock while the first is held, naming the directory and the owner pid', () => {
    const lock = acquireDataDirLock(dir)
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirInUseError)
    expect(() => acquireDataDirLock(dir)).toThrow(`数据目录 ${dir} 已被进程 ${process.pid} 使用`)
    expect(() => acquireDataDirLock(dir)).toThrow(`DATA_DIR ${dir} is in use by pid ${process.pid}`)
    lock.release()
  })

  it('never takes over a lock whose process is alive, however old', () => {
    const lockPath = path.join(dir, LOCK_FILE)
    fs.writeFileSync(lockPath, `${process.ppid}\n`)
    fs.utimesSync(lockPath, new Date('2000-01-01'), new Date('2000-01-01'))
    expect(() => acquireDataDirLock(dir)).toThrow(`已被进程 ${process.ppid} 使用`)
    expect(fs.readFileSync(lockPath, 'utf8').trim()).toBe(String(process.ppid))
  })

  it('reaps the stale lock of a process that has died', () => {
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${deadPid()}\n`)
    const lock = acquireDataDirLock(dir)
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid))
    lock.release()
  })

  it('reaps a lock naming our own pid that this process never took (a restarted container reuses pids)', () => {
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${process.pid}\n`)
    const lock = acquireDataDirLock(dir)
    lock.release()
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false)
  })

  it('reaps an empty or unreadable lock file left by a crash during its creation', () => {
    fs.writeFileSync(path.join(dir, LOCK_FILE), '')
    acquireDataDirLock(dir).release()
  })
})

describe('openDb on the embedded engine', () => {
  it('refuses a second open of the same DATA_DIR until the first is closed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-open-'))
    const config = { dataDir: dir, databaseUrl: undefined, dbSchema: undefined }
    const db = await openDb(config)
    try {
      await expect(openDb(config)).rejects.toThrow(`数据目录 ${dir} 已被进程 ${process.pid} 使用`)
      expect(await db.query('select 1 as one')).toEqual([{ one: 1 }])
    } finally {
      await db.close()
    }
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false)
    fs.rmSync(dir, { recursive: true, force: true })
  }, 60_000)
})
