import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import pg from 'pg'
import { chinaDateOf } from '../src/core/residents/china-time'
import { buildApp } from '../server/app'
import { migrate } from '../server/db/migrator'
import { openDb } from '../server/db/open'
import { CalendarSource } from '../server/repositories/calendar-repository'
import { quietResidentServices } from '../server/residents/testing'
import { QueueKeeper } from '../server/staff/queue-keeper'
import { staffHeaders } from '../server/staff/testing'
import { seedCases } from './case-seed'
import type { Db } from '../server/db/db'

/**
 * The staff queue (GET /api/v1/staff/cases) over QUEUE_BENCH_CASES cases (100,000 unless set), each
 * with a few events, seeded straight into the tables with multi-row INSERTs in one transaction; then
 * the queue keys of every case are computed once (queue_<engine>_keys_all_s, what a calendar import
 * costs). The queue is asked through the whole app (buildApp, app.inject), sequentially:
 * QUEUE_BENCH_REQUESTS times (100 unless set) by disclosure staff, who see every case, and as many
 * times by a clerk filtering on their department and the overdue. Before each request a new event is
 * recorded on one case, so every answer also brings a stale case up to date. Runs on embedded PGlite
 * in a temporary DATA_DIR and, when DATABASE_URL is set, on the PostgreSQL server in a fresh schema
 * dropped afterwards. Prints queue_<engine>_p50_ms and queue_<engine>_p99_ms (disclosure staff),
 * queue_<engine>_clerk_p50_ms/_p99_ms, the seed time and the time to compute every case's keys.
 */

const CASES = Number(process.env.QUEUE_BENCH_CASES ?? 100_000)
const REQUESTS = Number(process.env.QUEUE_BENCH_REQUESTS ?? 100)
type Engine = 'pglite' | 'postgres'

interface Measured {
  seedSeconds: number
  keysSeconds: number
  all: number[]
  clerk: number[]
}

async function timeQueue(app: FastifyInstance, db: Db, headers: { authorization: string }, query: string, expectedAtLeast: number): Promise<number[]> {
  const ms: number[] = []
  // One unmeasured request first: it compiles the route's code paths and warms the database's caches.
  for (let r = 0; r <= REQUESTS; r++) {
    await db.query(`INSERT INTO case_events (case_id, type, on_date, actor) VALUES ($1, 'note', CURRENT_DATE, 'staff:1')`, [1 + ((r * 7919) % CASES)])
    const began = process.hrtime.bigint()
    const answer = await app.inject({ method: 'GET', url: `/api/v1/staff/cases?page=1&pageSize=20${query}`, headers })
    const took = Number(process.hrtime.bigint() - began) / 1e6
    if (answer.statusCode !== 200) throw new Error(`queue: ${answer.statusCode} ${answer.body}`)
    const items = answer.json<{ items: unknown[] }>().items.length
    if (items < Math.min(20, expectedAtLeast)) throw new Error(`queue answered ${items} items`)
    if (r > 0) ms.push(took)
  }
  return ms
}

async function measure(engine: Engine): Promise<Measured> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-bench-queue-'))
  const schema = `bench_queue_${process.pid}`
  const databaseUrl = engine === 'postgres' ? process.env.DATABASE_URL : undefined
  const db = await openDb({ dataDir, databaseUrl, dbSchema: databaseUrl ? schema : undefined })
  try {
    await migrate(db)
    const seedSeconds = await seedCases(db, CASES)
    console.error(`# ${engine}: seeded ${CASES} cases in ${seedSeconds.toFixed(1)} s`)
    const keysBegan = Date.now()
    await new QueueKeeper(db, new CalendarSource(db), console).refresh(chinaDateOf(new Date()))
    const keysSeconds = (Date.now() - keysBegan) / 1000
    const app = await buildApp({
      db,
      residents: quietResidentServices()
    })
    try {
      const disclosure = await staffHeaders(app, db, { phone: '13900000001', roles: ['disclosure'] })
      const clerk = await staffHeaders(app, db, { phone: '13900000002', roles: ['clerk'], department: 'civil' })
      const all = await timeQueue(app, db, disclosure, '', CASES)
      const own = await timeQueue(app, db, clerk, '&department=civil&due=overdue', 20)
      return { seedSeconds, keysSeconds, all, clerk: own }
    } finally {
      await app.close()
    }
  } finally {
    await db.close()
    if (databaseUrl) {
      const client = new pg.Client({ connectionString: databaseUrl })
      await client.connect()
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await client.end()
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

/** The nearest-rank percentile: with 100 samples p99 is the second slowest. */
function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return Math.round(sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)])
}

function report(engine: Engine, m: Measured): void {
  console.log(`queue_${engine}_seed_s: ${m.seedSeconds.toFixed(1)}`)
  console.log(`queue_${engine}_keys_all_s: ${m.keysSeconds.toFixed(1)}`)
  console.log(`queue_${engine}_p50_ms: ${percentile(m.all, 0.5)}`)
  console.log(`queue_${engine}_p99_ms: ${percentile(m.all, 0.99)}`)
  console.log(`queue_${engine}_clerk_p50_ms: ${percentile(m.clerk, 0.5)}`)
  console.log(`queue_${engine}_clerk_p99_ms: ${percentile(m.clerk, 0.99)}`)
}

async function main(): Promise<void> {
  console.log(`queue_cases: ${CASES}`)
  console.log(`queue_requests: ${REQUESTS}`)
  report('pglite', await measure('pglite'))
  if (process.env.DATABASE_URL) report('postgres', await measure('postgres'))
  else console.log('queue_postgres_p99_ms: skipped (DATABASE_URL is not set)')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
