import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import pg from 'pg'
import { CASE_KINDS, type CaseKind } from '../src/core/schemas/clock'
import { buildApp } from '../server/app'
import type { Db, Transaction } from '../server/db/db'
import { migrate } from '../server/db/migrator'
import { openDb } from '../server/db/open'
import { quietResidentServices } from '../server/residents/testing'
import { staffHeaders } from '../server/staff/testing'

/**
 * The staff queue (GET /api/v1/staff/cases) over QUEUE_BENCH_CASES cases (100,000 unless set), each
 * with a few events, seeded straight into the tables with multi-row INSERTs in one transaction. The
 * queue is asked through the whole app (buildApp, app.inject), sequentially: QUEUE_BENCH_REQUESTS times
 * (20 unless set) by disclosure staff, who see every case, and as many times by a clerk filtering on
 * their department. Runs on embedded PGlite in a temporary DATA_DIR and, when DATABASE_URL is set, on
 * the PostgreSQL server in a fresh schema dropped afterwards. Prints queue_<engine>_p50_ms and
 * queue_<engine>_p99_ms (disclosure staff), queue_<engine>_clerk_p50_ms/_p99_ms and the seed time.
 */

const CASES = Number(process.env.QUEUE_BENCH_CASES ?? 100_000)
const REQUESTS = Number(process.env.QUEUE_BENCH_REQUESTS ?? 20)
const BATCH = 2_000
const DEPARTMENTS = ['civil', 'urban', 'safety', 'social', 'housing', 'economy']
const CHANNELS = ['online', 'online', 'online', 'window', 'phone', 'post']
const DAY_MS = 86_400_000
const YEAR_START = Date.UTC(2026, 0, 1)
/** Receipts spread over 2026 up to the day the benchmark was written, so some are overdue and some open. */
const RECEIPT_DAYS = 328

type Engine = 'pglite' | 'postgres'

interface Measured {
  seedSeconds: number
  all: number[]
  clerk: number[]
}

const isoDay = (dayOfYear: number) => new Date(YEAR_START + dayOfYear * DAY_MS).toISOString().slice(0, 10)

/** Case `i` (1-based): its kind, department, channel and day of receipt cycle independently. */
function caseOf(i: number): { kind: CaseKind; department: string | null; channel: string; day: number } {
  const kind = CASE_KINDS[i % CASE_KINDS.length]
  // One case in eight still waits in the intake queue without a department.
  const department = i % 8 === 0 ? null : DEPARTMENTS[(i * 7) % DEPARTMENTS.length]
  return { kind, department, channel: CHANNELS[Math.floor(i / 7) % CHANNELS.length], day: (i * 37) % RECEIPT_DAYS }
}

/** Received; then, for most, accepted (petitions) a few days later; then, for some, replied. */
function eventsOf(i: number, kind: CaseKind, day: number): { type: string; day: number }[] {
  const events = [{ type: 'received', day }]
  const stage = Math.floor(i / CASE_KINDS.length) % 10
  if (kind !== 'info_request' && stage < 7) events.push({ type: 'accepted', day: day + 3 })
  if (stage < 4) events.push({ type: 'replied', day: day + 12 })
  return events
}

const quote = (s: string | null) => (s === null ? 'NULL' : `'${s}'`)

/** Writes cases `from`..`to` and their events; every value is generated here, so literals are safe. */
async function seedBatch(tx: Transaction, from: number, to: number): Promise<void> {
  const cases: string[] = []
  const events: string[] = []
  for (let i = from; i <= to; i++) {
    const c = caseOf(i)
    const on = isoDay(c.day)
    const body = JSON.stringify({ kind: c.kind, title: `基准事项 ${i}`, content: '小区路灯不亮，晚上出行不便，请尽快维修。' })
    cases.push(
      `(${i}, 'QS-${on.replaceAll('-', '')}-${String(i).padStart(6, '0')}', '${c.kind}', '138${String(i).padStart(8, '0')}', '基准事项 ${i}', '${body}'::jsonb, '${on}', '${c.channel}', ${quote(c.department)})`
    )
    for (const e of eventsOf(i, c.kind, c.day)) events.push(`(${i}, '${e.type}', '${isoDay(e.day)}', '${i % 2 === 0 ? 'resident' : 'staff:1'}')`)
  }
  await tx.exec(`INSERT INTO cases (id, tracking_no, kind, phone, title, body, received_on, channel, department) VALUES ${cases.join(',\n')}`)
  await tx.exec(`INSERT INTO case_events (case_id, type, on_date, actor) VALUES ${events.join(',\n')}`)
}

async function seed(db: Db): Promise<number> {
  const began = Date.now()
  await db.transaction(async (tx) => {
    for (let from = 1; from <= CASES; from += BATCH) await seedBatch(tx, from, Math.min(from + BATCH - 1, CASES))
    await tx.exec(`SELECT setval('cases_id_seq', ${CASES}); ANALYZE cases; ANALYZE case_events`)
  })
  return (Date.now() - began) / 1000
}

async function timeQueue(app: FastifyInstance, headers: { authorization: string }, query: string, expectedAtLeast: number): Promise<number[]> {
  const ms: number[] = []
  // One unmeasured request first: it compiles the route's code paths and warms the database's caches.
  for (let r = 0; r <= REQUESTS; r++) {
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
    const seedSeconds = await seed(db)
    console.error(`# ${engine}: seeded ${CASES} cases in ${seedSeconds.toFixed(1)} s`)
    const app = await buildApp({
      db,
      residents: quietResidentServices()
    })
    try {
      const disclosure = await staffHeaders(app, db, { phone: '13900000001', roles: ['disclosure'] })
      const clerk = await staffHeaders(app, db, { phone: '13900000002', roles: ['clerk'], department: 'civil' })
      const all = await timeQueue(app, disclosure, '', CASES)
      const own = await timeQueue(app, clerk, '&department=civil', CASES / 8)
      return { seedSeconds, all, clerk: own }
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

/** The nearest-rank percentile: with 20 samples p99 is the slowest one. */
function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return Math.round(sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)])
}

function report(engine: Engine, m: Measured): void {
  console.log(`queue_${engine}_seed_s: ${m.seedSeconds.toFixed(1)}`)
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
