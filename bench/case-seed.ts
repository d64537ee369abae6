import { chinaDateOf } from '../src/core/residents/china-time'
import { CASE_KINDS, type CaseKind } from '../src/core/schemas/clock'
import type { Db, Transaction } from '../server/db/db'

/**
 * Generated cases for the benches: receipts over the 900 days before the day the bench runs, each
 * with the events an office would have recorded by then (see eventsOf).
 */

const BATCH = 2_000
const DEPARTMENTS = ['civil', 'urban', 'safety', 'social', 'housing', 'economy']
const CHANNELS = ['online', 'online', 'online', 'window', 'phone', 'post']
const DAY_MS = 86_400_000
/** Receipts spread over the 900 days before the day the benchmark runs (about 110 a day). */
const RECEIPT_DAYS = 900
/** Cases received longer ago than this have been answered, but for one in STRAGGLERS left overdue. */
const ANSWERED_AFTER_DAYS = 60
const STRAGGLERS = 50
const TODAY = Date.parse(`${chinaDateOf(new Date())}T00:00:00Z`)

/** The day `daysAgo` days before the day the benchmark runs. */
const isoDay = (daysAgo: number) => new Date(TODAY - daysAgo * DAY_MS).toISOString().slice(0, 10)

/** Case `i` (1-based): its kind, channel and age cycle independently; recent ones may wait for a department. */
function caseOf(i: number): { kind: CaseKind; department: string | null; channel: string; age: number } {
  const kind = CASE_KINDS[i % CASE_KINDS.length]
  const age = 1 + ((i * 37) % RECEIPT_DAYS)
  // One recent case in eight still waits in the intake queue without a department.
  const department = age <= ANSWERED_AFTER_DAYS && i % 8 === 0 ? null : DEPARTMENTS[(i * 7) % DEPARTMENTS.length]
  return { kind, department, channel: CHANNELS[Math.floor(i / 7) % CHANNELS.length], age }
}

/**
 * Received; petitions accepted 3 days later; answered 12 days after receipt. An office answers: every
 * case older than ANSWERED_AFTER_DAYS has its reply but the stragglers, and of the recent ones four
 * in ten are answered and seven in ten petitions accepted. Nothing happens after the day the benchmark runs.
 */
function eventsOf(i: number, kind: CaseKind, age: number): { type: string; age: number }[] {
  const events = [{ type: 'received', age }]
  const stage = Math.floor(i / CASE_KINDS.length) % 10
  const answered = age > ANSWERED_AFTER_DAYS ? i % STRAGGLERS !== 0 : stage < 4
  if (kind !== 'info_request' && (answered || stage < 7) && age > 3) events.push({ type: 'accepted', age: age - 3 })
  if (answered && age > 12) events.push({ type: 'replied', age: age - 12 })
  return events
}

const quote = (s: string | null) => (s === null ? 'NULL' : `'${s}'`)

/** Writes cases `from`..`to` and their events; every value is generated here, so literals are safe. */
async function seedBatch(tx: Transaction, from: number, to: number): Promise<void> {
  const cases: string[] = []
  const events: string[] = []
  for (let i = from; i <= to; i++) {
    const c = caseOf(i)
    const on = isoDay(c.age)
    const body = JSON.stringify({ kind: c.kind, title: `基准事项 ${i}`, content: '小区路灯不亮，晚上出行不便，请尽快维修。' })
    cases.push(
      `(${i}, 'QS-${on.replaceAll('-', '')}-${String(i).padStart(6, '0')}', '${c.kind}', '138${String(i).padStart(8, '0')}', '基准事项 ${i}', '${body}'::jsonb, '${on}', '${c.channel}', ${quote(c.department)})`
    )
    for (const e of eventsOf(i, c.kind, c.age)) events.push(`(${i}, '${e.type}', '${isoDay(e.age)}', '${i % 2 === 0 ? 'resident' : 'staff:1'}')`)
  }
  await tx.exec(`INSERT INTO cases (id, tracking_no, kind, phone, title, body, received_on, channel, department) VALUES ${cases.join(',\n')}`)
  await tx.exec(`INSERT INTO case_events (case_id, type, on_date, actor) VALUES ${events.join(',\n')}`)
}

/**
 * Writes `count` cases and their events straight into the tables, in multi-row INSERTs inside one
 * transaction, and answers the seconds it took. Shared by the queue and backup benches.
 */
export async function seedCases(db: Db, count: number): Promise<number> {
  const began = Date.now()
  await db.transaction(async (tx) => {
    for (let from = 1; from <= count; from += BATCH) await seedBatch(tx, from, Math.min(from + BATCH - 1, count))
    await tx.exec(`SELECT setval('cases_id_seq', ${count}); ANALYZE cases; ANALYZE case_events`)
  })
  return (Date.now() - began) / 1000
}
