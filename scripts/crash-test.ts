import { randomBytes } from 'node:crypto'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

/**
 * `npm run crash-test`: is every acknowledged case there exactly once after a crash?
 * Starts the server on a temporary DATA_DIR (127.0.0.1 only), lets 20 clients submit cases with
 * idempotency keys, kills the server with SIGKILL at a random moment, restarts it, resends every
 * unacknowledged submission with its key, and checks each client's cases. 10 rounds; prints
 * acknowledged, found, duplicates and lost per round and in total. It runs on the embedded database
 * (PGlite), and then, when DATABASE_URL is set, on that PostgreSQL server in a schema of its own that
 * is dropped afterwards. Then it checks the notices of those cases (您的…已提交), which the delivery
 * worker writes to DATA_DIR/outbox/notify.jsonl: each must come out, or (PostgreSQL) still wait in
 * `deliveries` under the lease of a killed server; a notice written twice is counted, not failed
 * (delivery is at-least-once, server/deliveries/worker.ts). Exits 1 unless lost, duplicates and lost
 * notices are 0 on every engine. ROUNDS, CLIENTS and DATABASE_URL are read from the environment of
 * this script (the server reads its own settings).
 */

const ROUNDS = Number(process.env.ROUNDS ?? 10)
const CLIENTS = Number(process.env.CLIENTS ?? 20)
const DATABASE_URL = process.env.DATABASE_URL || undefined
const ROOT = path.resolve(__dirname, '..')

type Engine = 'pglite' | 'postgres'

interface Totals {
  acknowledged: number
  found: number
  duplicates: number
  lost: number
}

interface NoticeTotals {
  notified: number
  /** Claimed by a killed server, due again when its lease ends (PostgreSQL; on PGlite the next start releases them). */
  queued: number
  lost: number
  /** Notices written twice: the server was killed between a send and its mark. */
  repeated: number
}

interface Submission {
  key: string
  body: object
  trackingNo?: string
}

interface Client {
  phone: string
  token: string
  submissions: Submission[]
}

interface Server {
  child: ChildProcess
  base: string
  exited: Promise<void>
}

/**
 * The server's environment: this run's DATA_DIR and database, no outside provider (codes must land
 * in the outbox this script reads, and no real SMS may go out), and a per-address code limit that
 * lets every client sign in from 127.0.0.1.
 */
function serverEnv(dataDir: string, database: { url: string; schema: string } | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' }
  for (const name of Object.keys(env)) if (name.startsWith('ALIYUN_SMS_') || name.startsWith('WECHAT_')) delete env[name]
  env.DATABASE_URL = database?.url ?? ''
  env.DB_SCHEMA = database?.schema ?? ''
  env.SMS_CODES_PER_IP_PER_HOUR = String(CLIENTS + 10)
  return env
}

function startServer(env: NodeJS.ProcessEnv): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 60 s')), 60_000)
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /街坊通已启动: (\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve({ child, base: `${match[1]}/api/v1`, exited })
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the server exited (${code}) before starting:\n${output}`))
    })
  })
}

async function post(base: string, url: string, body: object, headers: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${base}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000)
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

async function signIn(base: string, dataDir: string, phone: string): Promise<string> {
  await post(base, '/auth/sms', { phone })
  const lines = fs.readFileSync(path.join(dataDir, 'outbox', 'sms.jsonl'), 'utf8').trim().split('\n')
  const code = lines.map((l) => JSON.parse(l) as { to: string; code: string }).reverse().find((m) => m.to === phone)?.code
  const verified = await post(base, '/auth/sms/verify', { phone, code })
  if (verified.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(verified.json)}`)
  return verified.json.token as string
}

async function submit(base: string, client: Client, s: Submission): Promise<boolean> {
  try {
    const answer = await post(base, '/cases', s.body, { authorization: `Bearer ${client.token}`, 'idempotency-key': s.key })
    if (answer.status !== 201) return false
    s.trackingNo = answer.json.trackingNo as string
    return true
  } catch {
    return false
  }
}

async function listMine(base: string, client: Client): Promise<string[]> {
  const found: string[] = []
  for (let page = 1; ; page++) {
    const response = await fetch(`${base}/cases/mine?page=${page}&pageSize=50`, { headers: { authorization: `Bearer ${client.token}` } })
    const answer = (await response.json()) as { items: { trackingNo: string }[]; total: number }
    found.push(...answer.items.map((i) => i.trackingNo))
    if (found.length >= answer.total || answer.items.length === 0) return found
  }
}

/** The rounds on one engine; the server's files and (on PostgreSQL) its schema are removed afterwards. */
async function runEngine(engine: Engine): Promise<{ totals: Totals; notices: NoticeTotals }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-crash-'))
  const database = engine === 'postgres' && DATABASE_URL ? { url: DATABASE_URL, schema: `crash_${process.pid}_${randomBytes(4).toString('hex')}` } : undefined
  const env = serverEnv(dataDir, database)
  const totals: Totals = { acknowledged: 0, found: 0, duplicates: 0, lost: 0 }
  // Whichever server is running when the rounds end or fail is the one to stop.
  const running: { server?: Server } = {}
  try {
    running.server = await startServer(env)
    const clients = await rounds(engine, dataDir, env, running as { server: Server }, totals)
    const acknowledged = new Set(clients.flatMap((c) => c.submissions.flatMap((s) => (s.trackingNo ? [s.trackingNo] : []))))
    return { totals, notices: await checkNotices(dataDir, database, acknowledged) }
  } finally {
    if (running.server) {
      running.server.child.kill('SIGKILL')
      await running.server.exited
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
    if (database) await dropSchema(database.url, database.schema)
  }
}

/**
 * The receipt notices of the acknowledged cases in the outbox, waiting up to 30 s for the running
 * server to send what the killed ones left; on PostgreSQL a notice still claimed by a killed server
 * (until its lease ends) is counted as queued, not lost.
 */
async function checkNotices(dataDir: string, database: { url: string; schema: string } | undefined, acknowledged: Set<string>): Promise<NoticeTotals> {
  const file = path.join(dataDir, 'outbox', 'notify.jsonl')
  let written = new Map<string, number>()
  let queued = new Set<string>()
  for (let waited = 0; waited <= 30_000; waited += 500) {
    written = new Map()
    const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : []
    for (const line of lines) {
      const notice = parseLine(line)
      if (notice?.text.includes('已提交')) written.set(notice.trackingNo, (written.get(notice.trackingNo) ?? 0) + 1)
    }
    const missing = [...acknowledged].filter((no) => !written.has(no))
    queued = database ? await stillQueued(database, missing) : new Set()
    if (missing.every((no) => queued.has(no))) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const notified = [...acknowledged].filter((no) => written.has(no)).length
  return {
    notified,
    queued: queued.size,
    lost: acknowledged.size - notified - queued.size,
    repeated: [...acknowledged].filter((no) => (written.get(no) ?? 0) > 1).length
  }
}

/** A line cut short by the kill is no notice: its delivery was not marked sent, so it is written again. */
function parseLine(line: string): { trackingNo: string; text: string } | undefined {
  try {
    return JSON.parse(line) as { trackingNo: string; text: string }
  } catch {
    return undefined
  }
}

async function stillQueued(database: { url: string; schema: string }, trackingNos: string[]): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  try {
    const { rows } = await client.query<{ tracking_no: string }>(
      `SELECT tracking_no FROM ${database.schema}.deliveries WHERE state = 'sending' AND tracking_no = ANY($1::text[])`,
      [trackingNos]
    )
    return new Set(rows.map((r) => r.tracking_no))
  } finally {
    await client.end()
  }
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(`drop schema if exists ${schema} cascade`)
  } finally {
    await client.end()
  }
}

/** Signs the clients in, then crashes and restarts the server ROUNDS times, keeping `current.server` up to date. */
async function rounds(engine: Engine, dataDir: string, env: NodeJS.ProcessEnv, current: { server: Server }, totals: Totals): Promise<Client[]> {
  let server = current.server
  const clients: Client[] = []
  for (let i = 0; i < CLIENTS; i++) {
    const phone = `1390000${String(i).padStart(4, '0')}`
    clients.push({ phone, token: await signIn(server.base, dataDir, phone), submissions: [] })
  }
  let serial = 0
  for (let round = 1; round <= ROUNDS; round++) {
    let running = true
    const loops = clients.map(async (client) => {
      while (running) {
        const s: Submission = {
          key: `crash-${round}-${++serial}-${client.phone}`,
          body: { kind: 'suggestion', title: `第 ${round} 轮建议 ${serial}`, content: '崩溃测试提交的内容' }
        }
        client.submissions.push(s)
        if (!(await submit(server.base, client, s))) return
      }
    })
    await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 1300))
    running = false
    server.child.kill('SIGKILL')
    await server.exited
    await Promise.all(loops)
    // This round's acknowledged cases; every case acknowledged in earlier rounds is checked again too.
    const acknowledgedThisRound = new Set(clients.flatMap((c) => c.submissions.filter((s) => s.trackingNo && s.key.startsWith(`crash-${round}-`)).map((s) => s.trackingNo)))
    const acknowledgedBeforeCrash = new Set(clients.flatMap((c) => c.submissions.filter((s) => s.trackingNo).map((s) => s.trackingNo)))

    server = current.server = await startServer(env)
    const resent = clients.reduce((n, c) => n + c.submissions.filter((x) => !x.trackingNo).length, 0)
    for (const client of clients) {
      for (const s of client.submissions.filter((x) => !x.trackingNo)) {
        if (!(await submit(server.base, client, s))) throw new Error(`a resend with key ${s.key} was refused`)
      }
    }
    let found = 0
    let duplicates = 0
    let lost = 0
    for (const client of clients) {
      const listed = await listMine(server.base, client)
      const counts = new Map<string, number>()
      for (const no of listed) counts.set(no, (counts.get(no) ?? 0) + 1)
      const expected = new Set(client.submissions.map((s) => s.trackingNo))
      for (const s of client.submissions) {
        if (!s.trackingNo) continue
        const n = counts.get(s.trackingNo) ?? 0
        if (n === 0 && acknowledgedBeforeCrash.has(s.trackingNo)) lost++
        if (n > 0 && acknowledgedThisRound.has(s.trackingNo)) found++
      }
      // A case no submission was answered with, or one listed twice, is a duplicate.
      for (const [no, n] of counts) duplicates += (expected.has(no) ? 0 : n) + (n > 1 && expected.has(no) ? n - 1 : 0)
      // Resends must give one case per key: two keys with one number would be a mix-up.
      if (new Set(client.submissions.map((s) => s.trackingNo)).size !== client.submissions.length) duplicates++
    }
    const acknowledged = acknowledgedThisRound.size
    totals.acknowledged += acknowledged
    totals.found += found
    totals.duplicates += duplicates
    totals.lost += lost
    console.log(`[${engine}] round ${round}: acknowledged ${acknowledged}, found ${found}, duplicates ${duplicates}, lost ${lost} (resent after restart: ${resent})`)
  }
  return clients
}

async function main(): Promise<void> {
  const engines: Engine[] = DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']
  if (!DATABASE_URL) console.log('DATABASE_URL is not set: the PostgreSQL run is skipped')
  let failed = false
  for (const engine of engines) {
    const { totals, notices } = await runEngine(engine)
    for (const [name, value] of Object.entries(totals)) console.log(`[${engine}] ${name}: ${value}`)
    console.log(
      `[${engine}] notices: notified ${notices.notified}, still queued ${notices.queued}, lost ${notices.lost}, written twice ${notices.repeated} (at-least-once: killed between a send and its mark)`
    )
    if (totals.lost > 0 || totals.duplicates > 0 || notices.lost > 0) failed = true
  }
  if (failed) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
