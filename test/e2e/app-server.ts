import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/**
 * Starts the real app the way a resident's IT helper does: `npm start` (build H5 when missing or
 * stale, then serve API + H5) on a free port, with a fresh embedded database in a temporary DATA_DIR.
 */

const READY_LINE = /街坊通已启动:\s*(https?:\/\/\S+)/

export interface RunningApp {
  /** The URL the server printed, e.g. http://127.0.0.1:40123 */
  url: string
  dataDir: string
  /** The server's recent output, for failure reports. */
  logTail(): string
  stop(): Promise<void>
}

/** Servers still running, stopped when the run is interrupted (their group is detached from ours). */
const running = new Set<() => Promise<void>>()

function stopAllOnInterrupt() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      void Promise.all([...running].map((stop) => stop())).finally(() => process.exit(130))
    })
  }
}
stopAllOnInterrupt()

export async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('could not pick a free port')
  return address.port
}

/**
 * The environment of the app's processes (the server and the CLIs journeys run beside it): the
 * embedded database in `dataDir`, whatever DATABASE_URL the CI exports for the jest suites.
 */
export function embeddedEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir }
  delete env.DATABASE_URL
  delete env.DB_SCHEMA
  return env
}

export async function startApp(options: { repoRoot: string; timeoutMs: number }): Promise<RunningApp> {
  const port = await freePort()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-e2e-'))
  // The journeys sign in through the development stand-ins: SMS codes from the outbox, and WeChat
  // sign-in asked for explicitly (npm start sets it too, but a WECHAT_STAND_IN=0 of the shell must not win).
  const env: NodeJS.ProcessEnv = {
    ...embeddedEnv(dataDir), PORT: String(port), HOST: '127.0.0.1', WECHAT_STAND_IN: '1',
    // Every journey's browser comes from 127.0.0.1: the per-address limit is raised so that they never meet it.
    API_RATE_LIMIT_PER_MINUTE: '100000'
  }
  // Its own process group, so stopping it also stops the build and server processes npm starts.
  const child = spawn('npm', ['start'], { cwd: options.repoRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const output: string[] = []
  const logTail = () => output.join('').split('\n').slice(-60).join('\n')

  const stop = async () => {
    running.delete(stop)
    await stopGroup(child)
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  running.add(stop)

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`npm start printed no 街坊通已启动 line within ${options.timeoutMs / 1000} s`)),
        options.timeoutMs
      )
      const onData = (chunk: Buffer) => {
        output.push(chunk.toString())
        if (output.length > 400) output.splice(0, output.length - 400)
        const match = READY_LINE.exec(output.join(''))
        if (match) {
          clearTimeout(timer)
          resolve(match[1])
        }
      }
      child.stdout?.on('data', onData)
      child.stderr?.on('data', onData)
      child.once('exit', (code, signal) => {
        clearTimeout(timer)
        reject(new Error(`npm start exited (code ${code}, signal ${signal}) before it was ready`))
      })
    })
    return { url: url.replace(/\/$/, ''), dataDir, logTail, stop }
  } catch (error) {
    await stop()
    throw Object.assign(error as Error, { logTail: logTail() })
  }
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return
  signalGroup(child.pid, 'SIGTERM')
  // npm may exit before the server it started: wait for the whole group, then make sure nothing of
  // it outlives the run.
  const deadline = Date.now() + 15_000
  while (groupAlive(child.pid) && Date.now() < deadline) await delay(100)
  signalGroup(child.pid, 'SIGKILL')
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal)
  } catch {
    // The group is already gone.
  }
}

function delay(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
