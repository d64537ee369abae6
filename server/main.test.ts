import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LOCK_FILE } from './db/lock'

/** Real server processes on one DATA_DIR: the lock must hold across processes, not just inside one. */
const ROOT = path.resolve(__dirname, '..')

interface Started {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

function startServer(dataDir: string): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

async function waitForUrl(server: Started): Promise<string> {
  for (let waited = 0; waited < 50_000; waited += 100) {
    const match = /街坊通已启动: (http:\/\/\S+)/.exec(server.output())
    if (match) return match[1]
    if (server.child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`the server did not start:\n${server.output()}`)
}

describe('two server processes on one DATA_DIR', () => {
  let dataDir: string
  const started: Started[] = []
  const start = (): Started => {
    const server = startServer(dataDir)
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
