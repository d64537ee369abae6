import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import pg from 'pg'
import { buildApp } from '../server/app'
import { migrate } from '../server/db/migrator'
import { openDb } from '../server/db/open'
import { quietResidentServices } from '../server/residents/testing'
import { accountForPhone } from '../server/repositories/accounts-repository'
import { openSession } from '../server/residents/session'

/**
 * Case submissions per second: POST /api/v1/cases with a fresh Idempotency-Key each, 20 connections
 * over loopback (fetch; the server's own process is the bottleneck), on embedded PGlite and (when DATABASE_URL is set) on the PostgreSQL server. The
 * server runs in its own process (this file with --serve ENGINE), the load generator here.
 * Prints cases_submit_pglite_per_s and cases_submit_postgres_per_s.
 */

const CONNECTIONS = 20
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const BODY = JSON.stringify({ kind: 'suggestion', title: '建议增设休息座椅', content: '社区公园步道旁缺少座椅，老人散步走累了没有地方休息。' })

async function serve(engine: 'pglite' | 'postgres'): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-bench-cases-'))
  const schema = `bench_cases_${process.pid}`
  const databaseUrl = engine === 'postgres' ? process.env.DATABASE_URL : undefined
  const db = await openDb({ dataDir, databaseUrl, dbSchema: engine === 'postgres' ? schema : undefined })
  await migrate(db)
  const account = await accountForPhone(db, '13800000000')
  const { token } = await openSession(db, account.id, new Date())
  const app = await buildApp({
    db,
    residents: quietResidentServices()
  })
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  process.stdout.write(`${JSON.stringify({ url, token })}\n`)
  const stop = async () => {
    await app.close()
    await db.close()
    if (databaseUrl) {
      const client = new pg.Client({ connectionString: databaseUrl })
      await client.connect()
      await client.query(`drop schema if exists ${schema} cascade`)
      await client.end()
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
    process.exit(0)
  }
  process.stdin.on('end', () => void stop())
  process.stdin.resume()
}

async function measure(engine: 'pglite' | 'postgres'): Promise<number> {
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), __filename, '--serve', engine], { stdio: ['pipe', 'pipe', 'inherit'] })
  const lines = readline.createInterface({ input: child.stdout })
  const ready = await new Promise<{ url: string; token: string }>((resolve) => lines.once('line', (line) => resolve(JSON.parse(line))))
  let n = 0
  let done = 0
  let failed = 0
  const until = Date.now() + SECONDS * 1000
  const started = Date.now()
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < until) {
        const response = await fetch(`${ready.url}/api/v1/cases`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${ready.token}`, 'idempotency-key': `bench-${process.pid}-${++n}` },
          body: BODY
        })
        await response.arrayBuffer()
        if (response.status === 201) done++
        else failed++
      }
    })
  )
  const elapsed = (Date.now() - started) / 1000
  child.stdin?.end()
  await new Promise((resolve) => child.once('exit', resolve))
  if (failed > 0) throw new Error(`${engine}: ${failed} submissions were not answered 201`)
  return Math.round(done / elapsed)
}

async function main(): Promise<void> {
  const pglite = await measure('pglite')
  console.log(`cases_submit_pglite_per_s: ${pglite}`)
  if (process.env.DATABASE_URL) {
    const postgres = await measure('postgres')
    console.log(`cases_submit_postgres_per_s: ${postgres}`)
    console.log(`cases_submit_postgres_to_pglite_ratio: ${(postgres / pglite).toFixed(2)}`)
  } else {
    console.log('cases_submit_postgres_per_s: skipped (DATABASE_URL is not set)')
  }
}

const serveAt = process.argv.indexOf('--serve')
if (serveAt >= 0) void serve(process.argv[serveAt + 1] === 'postgres' ? 'postgres' : 'pglite')
else
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
