import { createHash } from 'node:crypto'
import { correctionDueOfCase, DEADLINE_POLICIES } from '@/core/cases'
import { residentStatusOf } from '@/core/residents/case-status'
import { QUEUE_KEYS_REVISION, queueKeysOf } from '@/core/staff'
import type { Db } from '../db/db'
import type { CalendarSource } from '../repositories/calendar-repository'
import { adoptQueueFingerprint, keepQueueKeys, staleQueueCases } from '../repositories/staff-cases-repository'
import { clockEventsOf, clockOfRecord, recorded } from '../residents/case-views'

/** Cases recomputed per round trip: one read of their events, one write of their keys. */
const BATCH = 2_000

/**
 * Keeps the staff queue's sort and filter keys (migration 012) up to date before the queue is read:
 * every case whose events changed since, and every case when the calendar, the deadline policies or
 * the way keys are computed changed. Concurrent callers share one run.
 */
export class QueueKeeper {
  private adopted: string | undefined
  private running: Promise<void> | undefined

  constructor(
    private readonly db: Db,
    private readonly calendar: CalendarSource
  ) {}

  /** Brings every stale case's keys up to date as of `asOf` (a China date). */
  refresh(asOf: string): Promise<void> {
    this.running ??= this.run(asOf).finally(() => {
      this.running = undefined
    })
    return this.running
  }

  private async run(asOf: string): Promise<void> {
    const fingerprint = await this.fingerprint()
    if (this.adopted !== fingerprint) {
      await adoptQueueFingerprint(this.db, fingerprint)
      this.adopted = fingerprint
    }
    const cal = await this.calendar.current()
    // A case changed while its batch was computed stays stale; it is taken up by the next refresh
    // rather than here, so that a case written to without pause cannot hold this loop.
    for (let full = true; full; ) {
      const stale = await staleQueueCases(this.db, BATCH)
      await keepQueueKeys(
        this.db,
        stale.map((c) => {
          const clock = clockOfRecord(c, cal, asOf)
          const { status } = residentStatusOf(recorded(c.events), clock)
          const correctionDueOn = correctionDueOfCase(c.kind, clockEventsOf(c.events), asOf)
          return { id: c.id, version: c.queueVersion, keys: queueKeysOf(clock, status, correctionDueOn) }
        })
      )
      full = stale.length === BATCH
    }
  }

  private async fingerprint(): Promise<string> {
    const schedules = await this.calendar.schedules()
    return createHash('sha256')
      .update(JSON.stringify({ revision: QUEUE_KEYS_REVISION, policies: DEADLINE_POLICIES, schedules }))
      .digest('hex')
  }
}
