import { createHash } from 'node:crypto'
import type { FastifyBaseLogger } from 'fastify'
import { DEADLINE_POLICIES, waitingPeriodsOfCase } from '@/core/cases'
import { residentStatusOf } from '@/core/residents/case-status'
import { QUEUE_KEYS_REVISION, queueKeysOf } from '@/core/staff'
import type { Db } from '../db/db'
import type { CalendarSource } from '../repositories/calendar-repository'
import { adoptQueueFingerprint, keepQueueKeys, staleQueueCases } from '../repositories/staff-cases-repository'
import { clockEventsOf, clockOfRecord, recorded } from '../residents/case-views'

/** Cases recomputed per round trip: one read of their events, one write of their keys. */
const BATCH = 2_000

/**
 * Cases recomputed after which the embedded engine is vacuumed and analysed. PGlite runs no
 * autovacuum: without it the old versions of rewritten rows stay in the tables and indexes, and the
 * planner keeps the statistics of before, and the queue's counts slow down as cases are handled.
 */
export const VACUUM_AFTER_RECOMPUTED = 5_000

/**
 * Keeps the staff queue's sort and filter keys (migration 012) up to date before the queue is read:
 * every case whose events changed since, and every case when the calendar, the deadline policies or
 * the way keys are computed changed. Concurrent callers share one run.
 */
export class QueueKeeper {
  private adopted: string | undefined
  private running: Promise<void> | undefined
  private recomputed = 0
  private fingerprinted: { schedules: readonly unknown[]; fingerprint: string } | undefined

  constructor(
    private readonly db: Db,
    private readonly calendar: CalendarSource,
    private readonly log: Pick<FastifyBaseLogger, 'error'>
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
          const waiting = waitingPeriodsOfCase(c.kind, clockEventsOf(c.events), cal, asOf)
          return { id: c.id, version: c.queueVersion, keys: queueKeysOf(clock, status, waiting) }
        })
      )
      full = stale.length === BATCH
      this.recomputed += stale.length
    }
    // PGlite has one connection: the request that crosses the threshold waits for this (about a
    // second for 100,000 cases); the PostgreSQL server's autovacuum does it on its own.
    if (this.db.engine === 'pglite' && this.recomputed >= VACUUM_AFTER_RECOMPUTED) {
      this.recomputed = 0
      try {
        await this.db.exec('VACUUM ANALYZE cases')
        await this.db.exec('VACUUM ANALYZE case_queue_done_counts')
      } catch (error) {
        this.log.error({ err: error }, 'vacuuming the case queue failed')
      }
    }
  }

  /** The fingerprint of the calendar's schedules, the policies and the revision; hashed once per calendar load. */
  private async fingerprint(): Promise<string> {
    const schedules = await this.calendar.schedules()
    if (this.fingerprinted?.schedules !== schedules) {
      const fingerprint = createHash('sha256')
        .update(JSON.stringify({ revision: QUEUE_KEYS_REVISION, policies: DEADLINE_POLICIES, schedules }))
        .digest('hex')
      this.fingerprinted = { schedules, fingerprint }
    }
    return this.fingerprinted.fingerprint
  }
}
