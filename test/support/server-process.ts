import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

/** `npm run serve` as a child process, for tests of what only separate processes show (locks, several servers). */

const ROOT = path.resolve(__dirname, '..', '..')

export interface ServerProcess {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

/** Starts server/main.ts with `env` over the test's own environment (PORT 0, loopback, warnings only). */
export function spawnServer(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

/** The URL the server prints once it listens (`街坊通已启动: …`). */
export async function waitForUrl(server: ServerProcess, timeoutMs = 50_000): Promise<string> {
  for (let waited = 0; waited < timeoutMs; waited += 100) {
    const match = /街坊通已启动: (http:\/\/\S+)/.exec(server.output())
    if (match) return match[1]
    if (server.child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`the server did not start:\n${server.output()}`)
}
