import { spawn, execFile, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { promisify } from 'node:util'
import Fastify from 'fastify'
import { buildApp } from '../server/app'
import { loadDemoContent } from '../server/demo/load-demo'
import { migrate } from '../server/db/migrator'
import { openDb } from '../server/db/open'

/**
 * The public read path under load: GET /api/v1/notices?page=1&pageSize=20 against a bare Fastify
 * route that returns a constant body of the same bytes, served by the same process, in the same run,
 * 50 connections over loopback (autocannon in its own process, so it does not share the server's
 * event loop).
 *
 * The server process (this file with --serve) opens PGlite on a temporary DATA_DIR with the demo
 * content and listens on three ports: the app with the public cache, the app without it (every
 * request queries the database), and the bare route. A fourth measure sends If-None-Match with the
 * answer's ETag (the 304 path a phone takes when its copy is current).
 */

const NOTICES = '/api/v1/notices?page=1&pageSize=20'
const CONNECTIONS = 50
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)

interface Ready {
  bare: string
  cached: string
  uncached: string
  etag: string
  bodyBytes: number
}

async function serve() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-bench-'))
  const db = await openDb({ dataDir, databaseUrl: undefined, dbSchema: undefined })
  await migrate(db)
  await loadDemoContent(db)
  const cached = await buildApp({ db, publicCache: true })
  const uncached = await buildApp({ db, publicCache: false })
  const sample = await cached.inject({ method: 'GET', url: NOTICES })
  if (sample.statusCode !== 200) throw new Error(`${NOTICES} answered ${sample.statusCode}: ${sample.body}`)
  const body = sample.body
  const bare = Fastify()
  bare.get('/bare', async (_request, reply) => reply.type('application/json; charset=utf-8').send(body))

  const listen = (app: { listen(o: { port: number; host: string }): Promise<string> }) => app.listen({ port: 0, host: '127.0.0.1' })
  const ready: Ready = {
    bare: `${await listen(bare)}/bare`,
    cached: `${await listen(cached)}${NOTICES}`,
    uncached: `${await listen(uncached)}${NOTICES}`,
    etag: String(sample.headers.etag ?? ''),
    bodyBytes: Buffer.byteLength(body)
  }
  process.stdout.write(`${JSON.stringify({ ready })}\n`)

  // The driver ends our stdin when it is done (or dies); the temporary database goes with us.
  process.on('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }))
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    await Promise.all([bare.close(), cached.close(), uncached.close()])
    await db.close()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop())
  process.stdin.on('end', () => void stop())
  process.stdin.resume()
}

interface Measure {
  reqPerSec: number
  p99Ms: number
  non2xx: number
  errors: number
}

async function hammer(url: string, headers: Record<string, string> = {}, seconds = SECONDS): Promise<Measure> {
  const args = [require.resolve('autocannon/autocannon.js'), '-c', String(CONNECTIONS), '-d', String(seconds), '-j']
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}=${value}`)
  args.push(url)
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 })
  const result = JSON.parse(stdout) as {
    requests: { average: number }
    latency: { p99: number }
    non2xx: number
    errors: number
    '2xx': number
    '3xx': number
  }
  return {
    reqPerSec: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    // autocannon counts 304 as non-2xx; the ETag measure expects exactly those.
    non2xx: result.non2xx - (headers['If-None-Match'] ? result['3xx'] : 0),
    errors: result.errors
  }
}

async function startServer(): Promise<{ ready: Ready; child: ChildProcess }> {
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), __filename, '--serve'], {
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const lines = readline.createInterface({ input: child.stdout! })
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code} before it was ready`)))
    lines.on('line', (line) => {
      if (line.startsWith('{"ready"')) resolve((JSON.parse(line) as { ready: Ready }).ready)
    })
  })
  return { ready, child }
}

async function measure() {
  const { ready, child } = await startServer()
  try {
    console.error(`api: ${CONNECTIONS} connections, ${SECONDS} s per route, answer ${ready.bodyBytes} bytes`)
    // A short warm-up so JIT and PGlite's buffers are in the same state for every measure.
    await hammer(ready.uncached, {}, 2)
    await hammer(ready.cached, {}, 2)
    const bare = await hammer(ready.bare)
    const runs: [string, Measure][] = [
      ['cached', await hammer(ready.cached)],
      ['uncached', await hammer(ready.uncached)],
      ['etag', await hammer(ready.cached, { 'If-None-Match': ready.etag })]
    ]
    console.log(`api_bare_req_per_s: ${bare.reqPerSec}`)
    console.log(`api_bare_p99_ms: ${bare.p99Ms}`)
    console.log(`api_notices_body_bytes: ${ready.bodyBytes}`)
    for (const [name, m] of runs) {
      console.log(`api_notices_${name}_req_per_s: ${m.reqPerSec}`)
      console.log(`api_notices_${name}_p99_ms: ${m.p99Ms}`)
      console.log(`api_notices_${name}_ratio: ${(m.reqPerSec / bare.reqPerSec).toFixed(2)}`)
    }
    const failures = [bare, ...runs.map(([, m]) => m)].reduce((sum, m) => sum + m.errors + m.non2xx, 0)
    console.log(`api_failed_requests: ${failures}`)
  } finally {
    await stopServer(child)
  }
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.stdin?.end()
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
  await exited
  clearTimeout(timer)
}

if (process.argv.includes('--serve')) void serve()
else
  measure().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
