import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnServer, waitForUrl, type ServerProcess } from '../test/support/server-process'
import { LOCK_FILE } from './db/lock'

/** Real server processes on one DATA_DIR: the lock must hold across processes, not just inside one. */
describe('two server processes on one DATA_DIR', () => {
  let dataDir: string
  const started: ServerProcess[] = []
  const start = (): ServerProcess => {
    const server = spawnServer({ DATA_DIR: dataDir, DATABASE_URL: '' })
    started.push(server)
    return server
  }
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-main-'))
  })
  afterAll(async () => {
    for (const server of started) if (server.child.exitCode === null) server.child.kill('SIGKILL')
    await Promise.all(started.map((s) => s.exited))
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('starts the first, refuses the second with exit code 1 and the owner pid, reopens after a kill -9, and closes cleanly on SIGTERM', async () => {
    const first = start()
    const url = await waitForUrl(first)
    const health = await (await fetch(`${url}/api/v1/health`)).json()
    expect(health).toMatchObject({ status: 'ok', database: 'pglite' })

    const second = start()
    expect(await second.exited).toBe(1)
    expect(second.output()).toContain(`数据目录 ${dataDir} 已被进程 ${first.child.pid} 使用`)
    expect((await fetch(`${url}/api/v1/health`)).status).toBe(200)

    first.child.kill('SIGKILL')
    await first.exited
    expect(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8').trim()).toBe(String(first.child.pid))

    const third = start()
    const thirdUrl = await waitForUrl(third)
    expect((await fetch(`${thirdUrl}/api/v1/health`)).status).toBe(200)
    third.child.kill('SIGTERM')
    expect(await third.exited).toBe(0)
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false)
  }, 120_000)
})
