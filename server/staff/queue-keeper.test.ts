import fc from 'fast-check'
import { addDays, ANNOUNCED_SCHEDULES, createCalendar } from '@/core/calendar'
import { clockOfCase } from '@/core/cases'
import { residentStatusOf } from '@/core/residents/case-status'
import type { ResidentStatus } from '@/core/schemas/cases'
import type { CaseEvent } from '@/core/schemas/clock'
import type { QueueDue } from '@/core/schemas/staff'
import { compareQueued, dueBucketOf, dueWindowOf, inQueueScope } from '@/core/staff'
import { aCaseHistory, lastDayOf, type CaseHistory } from '../../test/support/case-histories'
import { describeEachEngine, truncateAll } from '../../test/support/db'
import type { Db } from '../db/db'
import { CalendarSource } from '../repositories/calendar-repository'
import { adoptQueueFingerprint, keepQueueKeys, queuePage, setCaseDepartment, staleQueueCases, type QueueFilter } from '../repositories/staff-cases-repository'
import { QueueKeeper } from './queue-keeper'

const cal = createCalendar(ANNOUNCED_SCHEDULES)
const DEPARTMENTS = ['civil', 'urban', null] as const
const CHANNELS = ['online', 'window', 'post'] as const

interface Seeded extends CaseHistory {
  trackingNo: string
  department: string | null
  channel: string
}

const SAMPLED = fc.sample(aCaseHistory('2025-09-01', 400), { seed: 20261125, numRuns: 150 })
const LAST_SAMPLED = SAMPLED.map(lastDayOf).reduce((a, b) => (a > b ? a : b))

/** Information requests waiting for a correction whose periods end 5 and 30 days after the keys are kept, and one with no period. */
const WAITING_FOR_CORRECTION: CaseHistory[] = [5, 30, 0].map((ends) => ({
  kind: 'info_request',
  events: [
    { type: 'received', on: addDays(LAST_SAMPLED, -10) },
    ends > 0
      ? { type: 'correction_requested', on: addDays(LAST_SAMPLED, -6), correctionDueOn: addDays(LAST_SAMPLED, ends) }
      : { type: 'correction_requested', on: addDays(LAST_SAMPLED, -6) }
  ]
}))

/** A reply recorded while a correction was awaited (the clock ignores it; the status reads it): found by the core property. */
const REPLIED_WHILE_WAITING: CaseHistory = {
  kind: 'info_request',
  events: [
    { type: 'received', on: addDays(LAST_SAMPLED, -10) },
    { type: 'correction_requested', on: addDays(LAST_SAMPLED, -6), correctionDueOn: addDays(LAST_SAMPLED, 5) },
    { type: 'replied', on: addDays(LAST_SAMPLED, -6) }
  ]
}

/** A third party's view awaited when the keys are kept, its 15 working days (条例 第三十二条) ending 4 days later. */
const AWAITING_THIRD_PARTY: CaseHistory = {
  kind: 'info_request',
  events: [
    { type: 'received', on: addDays(LAST_SAMPLED, -30) },
    { type: 'consultation_started', on: addDays(LAST_SAMPLED, -17) }
  ]
}

/** 155 varied histories, the same on every run. */
const HISTORIES: Seeded[] = [...SAMPLED, ...WAITING_FOR_CORRECTION, REPLIED_WHILE_WAITING, AWAITING_THIRD_PARTY].map((h, i) => ({
  ...h,
  trackingNo: `QS-${h.events[0].on.slice(0, 4)}-${String(i + 1).padStart(6, '0')}`,
  department: DEPARTMENTS[i % DEPARTMENTS.length],
  channel: CHANNELS[Math.floor(i / 3) % CHANNELS.length]
}))
const KEPT_ON = LAST_SAMPLED

const dataOf = (e: CaseEvent): object => {
  const { type: _type, on: _on, ...data } = e
  return data
}

async function insertCase(db: Db, c: Seeded): Promise<number> {
  const [{ id }] = await db.query<{ id: number }>(
    `INSERT INTO cases (tracking_no, kind, title, body, received_on, channel, department)
     VALUES ($1, $2, $3, '{}'::jsonb, $4, $5, $6) RETURNING id`,
    [c.trackingNo, c.kind, `事项 ${c.trackingNo}`, c.events[0].on, c.channel, c.department]
  )
  for (const e of c.events) {
    await db.query('INSERT INTO case_events (case_id, type, on_date, data, actor) VALUES ($1, $2, $3, $4::jsonb, $5)', [id, e.type, e.on, JSON.stringify(dataOf(e)), 'staff:1'])
  }
  return id
}

/** The queue as the clocks of `asOf` define it, computed case by case in core. */
function expectedQueue(cases: readonly Seeded[], f: Omit<QueueFilter, 'window'>, asOf: string) {
  const standing = cases
    .filter((c) => inQueueScope(f.scope, c))
    .filter((c) => (!f.kind || c.kind === f.kind) && (!f.channel || c.channel === f.channel) && (!f.department || c.department === f.department))
    .map((c) => {
      const clock = clockOfCase(c.kind, c.events, cal, asOf)
      return { trackingNo: c.trackingNo, receivedOn: c.events[0].on, clock, status: residentStatusOf(c.events, clock).status, due: dueBucketOf(clock) }
    })
    .filter((c) => !f.due || c.due === f.due)
  const counts: Record<string, number> = {}
  for (const c of standing) counts[c.status] = (counts[c.status] ?? 0) + 1
  const matching = standing.filter((c) => !f.status || c.status === f.status).sort(compareQueued)
  return { trackingNos: matching.slice((f.page - 1) * f.pageSize, f.page * f.pageSize).map((c) => c.trackingNo), total: matching.length, counts }
}

const EVERY_CASE = { all: true, infoRequests: false, desk: false, department: null }

const FILTERS: { name: string; filter: Omit<QueueFilter, 'window' | 'page' | 'pageSize'> }[] = [
  { name: 'everything', filter: { scope: EVERY_CASE } },
  { name: 'a clerk’s department and the 信访 intake queue', filter: { scope: { all: false, infoRequests: false, desk: true, department: 'civil' } } },
  { name: 'the disclosure office’s information requests', filter: { scope: { all: false, infoRequests: true, desk: false, department: null } } },
  { name: 'the overdue', filter: { scope: EVERY_CASE, due: 'overdue' as QueueDue } },
  { name: 'the due soon', filter: { scope: EVERY_CASE, due: 'due_soon' as QueueDue } },
  { name: 'the cases waiting for a correction', filter: { scope: EVERY_CASE, status: 'awaiting_your_correction' as ResidentStatus } },
  { name: 'the complaints received at the window', filter: { scope: EVERY_CASE, kind: 'complaint', channel: 'window' } },
  { name: 'one department’s in progress', filter: { scope: EVERY_CASE, department: 'urban', status: 'in_progress' as ResidentStatus } }
]

describeEachEngine('the staff queue from the keys kept with each case', (getDb) => {
  let keeper: QueueKeeper
  beforeAll(async () => {
    await truncateAll(getDb())
    for (const c of HISTORIES) await insertCase(getDb(), c)
    keeper = new QueueKeeper(getDb(), new CalendarSource(getDb()), console)
    await keeper.refresh(KEPT_ON)
  }, 60_000)

  it('is checked against histories of every standing the queue shows', () => {
    const { counts } = expectedQueue(HISTORIES, { scope: EVERY_CASE, page: 1, pageSize: 1 }, KEPT_ON)
    expect(Object.keys(counts).sort()).toEqual(
      expect.arrayContaining(['awaiting_acceptance', 'awaiting_third_party', 'awaiting_your_correction', 'closed_without_correction', 'in_progress', 'not_accepted', 'replied', 'withdrawn'])
    )
    const dues = new Set(HISTORIES.map((c) => dueBucketOf(clockOfCase(c.kind, c.events, cal, KEPT_ON))))
    expect([...dues].sort()).toEqual(expect.arrayContaining(['due_soon', 'on_track', 'overdue']))
  })

  it('leaves no case stale after a refresh', async () => {
    expect(await staleQueueCases(getDb(), 10)).toEqual([])
  })

  for (const later of [0, 9, 45, 130]) {
    for (const { name, filter } of FILTERS) {
      it(`sorts, filters, counts and pages ${name} as the clocks of ${later} days after the keys were kept do`, async () => {
        const asOf = addDays(KEPT_ON, later)
        for (const page of [1, 2]) {
          const f = { ...filter, page, pageSize: 12 }
          const found = await queuePage(getDb(), { ...f, window: dueWindowOf(cal, asOf) })
          expect({ trackingNos: found.items.map((c) => c.trackingNo), total: found.total, counts: found.counts }).toEqual(expectedQueue(HISTORIES, f, asOf))
        }
      })
    }
  }
})

describeEachEngine('keeping the queue keys up to date', (getDb) => {
  let keeper: QueueKeeper
  const history = (events: CaseEvent[]): Seeded => ({ kind: 'info_request', events, trackingNo: 'QS-2026-000001', department: 'civil', channel: 'online' })
  const firstPage = async (asOf: string) => queuePage(getDb(), { scope: EVERY_CASE, window: dueWindowOf(cal, asOf), page: 1, pageSize: 20 })

  beforeEach(async () => {
    await truncateAll(getDb())
    keeper = new QueueKeeper(getDb(), new CalendarSource(getDb()), console)
  })

  it('takes up a new event of a case at the next refresh', async () => {
    const id = await insertCase(getDb(), history([{ type: 'received', on: '2026-11-02' }]))
    await keeper.refresh('2026-11-03')
    expect((await firstPage('2026-11-03')).counts).toEqual({ in_progress: 1 })
    await getDb().query(`INSERT INTO case_events (case_id, type, on_date, actor) VALUES ($1, 'replied', '2026-11-05', 'staff:1')`, [id])
    await keeper.refresh('2026-11-05')
    expect((await firstPage('2026-11-05')).counts).toEqual({ replied: 1 })
  })

  it('discards keys computed from events that have changed since they were read', async () => {
    const id = await insertCase(getDb(), history([{ type: 'received', on: '2026-11-02' }]))
    const [stale] = await staleQueueCases(getDb(), 10)
    await getDb().query(`INSERT INTO case_events (case_id, type, on_date, actor) VALUES ($1, 'replied', '2026-11-05', 'staff:1')`, [id])
    await keepQueueKeys(getDb(), [{ id, version: stale.queueVersion, keys: { dueDate: '2026-11-30', step: 'reply', status: 'in_progress', correctionDueOn: null, consultationDueOn: null } }])
    expect((await staleQueueCases(getDb(), 10)).map((c) => c.id)).toEqual([id])
  })

  it('recomputes every case when the calendar or the rules change', async () => {
    await insertCase(getDb(), history([{ type: 'received', on: '2026-11-02' }]))
    await keeper.refresh('2026-11-03')
    await adoptQueueFingerprint(getDb(), 'the same calendar with another year imported')
    expect(await staleQueueCases(getDb(), 10)).toHaveLength(1)
  })

  it('lets a correction period lapse without recomputing the case', async () => {
    await insertCase(
      getDb(),
      history([
        { type: 'received', on: '2026-11-02' },
        { type: 'correction_requested', on: '2026-11-04', correctionDueOn: '2026-11-20' }
      ])
    )
    await keeper.refresh('2026-11-05')
    expect((await firstPage('2026-11-20')).counts).toEqual({ awaiting_your_correction: 1 })
    expect((await firstPage('2026-11-21')).counts).toEqual({ closed_without_correction: 1 })
  })

  it('lets a third party’s 15 working days lapse without recomputing the case (条例 第三十二条)', async () => {
    await insertCase(
      getDb(),
      history([
        { type: 'received', on: '2025-03-10' },
        { type: 'consultation_started', on: '2025-03-17' }
      ])
    )
    await keeper.refresh('2025-03-20')
    expect((await firstPage('2025-04-08')).counts).toEqual({ awaiting_third_party: 1 })
    expect((await firstPage('2025-04-09')).counts).toEqual({ in_progress: 1 })
    expect((await firstPage('2025-04-29')).items.map((c) => c.trackingNo)).toEqual(['QS-2026-000001'])
    expect((await queuePage(getDb(), { scope: EVERY_CASE, due: 'overdue', window: dueWindowOf(cal, '2025-04-29'), page: 1, pageSize: 20 })).total).toBe(1)
  })

  it('keeps the counts of finished cases right when one moves to another department or is reviewed', async () => {
    const id = await insertCase(getDb(), history([{ type: 'received', on: '2026-11-02' }, { type: 'replied', on: '2026-11-10' }]))
    await keeper.refresh('2026-11-11')
    const countsOf = async (department: string) =>
      (await queuePage(getDb(), { scope: { all: false, infoRequests: false, desk: true, department }, window: dueWindowOf(cal, '2026-11-11'), page: 1, pageSize: 20 })).counts
    expect(await countsOf('civil')).toEqual({ replied: 1 })
    await setCaseDepartment(getDb(), id, 'urban')
    expect(await countsOf('civil')).toEqual({})
    expect(await countsOf('urban')).toEqual({ replied: 1 })
    await getDb().query(`INSERT INTO case_events (case_id, type, on_date, actor) VALUES ($1, 'review_requested', '2026-11-11', 'resident')`, [id])
    await keeper.refresh('2026-11-11')
    expect(await countsOf('urban')).toEqual({ under_review: 1 })
  })
})
