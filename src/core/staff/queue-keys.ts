import { addDays, workingDaysBetween, type WorkingDayCalendar } from '../calendar'
import { DUE_SOON_WORKING_DAYS } from '../cases/clock'
import type { WaitingPeriods } from '../cases/clock'
import type { ResidentStatus } from '../schemas/cases'
import type { Clock, ClockStep } from '../schemas/clock'

/**
 * What the staff queue sorts, filters and counts a case by, kept with the case so that a queue of
 * 100,000 cases is one indexed query. They are computed here from the events and the clock of a day
 * and stay true on later days except for three things the queue derives from the date it is asked on:
 * a due date being reached (`dueWindowOf`), a correction period lapsing (`correctionDueOn`) and a
 * third party's period lapsing (`consultationDueOn`).
 */
export interface QueueKeys {
  dueDate: string | null
  step: ClockStep
  status: ResidentStatus
  /**
   * The last day to complete a correction while the case waits for it; the day after, the
   * application is taken as withdrawn (政府信息公开条例 第三十条) and nothing is due from the office.
   */
  correctionDueOn: string | null
  /**
   * The third party's last day while its view is awaited (政府信息公开条例 第三十二条); the day after,
   * the count resumes and the case is no longer waiting on it. The due date already assumes the
   * whole period, so it does not change when the period lapses.
   */
  consultationDueOn: string | null
}

/**
 * The queue keys of a case from its clock, its resident status and what it waits on
 * (`waitingPeriodsOfCase`), all as of one day.
 * @example queueKeysOf({ dueDate: null, step: 'awaiting_correction' }, 'awaiting_your_correction', { correctionDueOn: '2026-12-10', consultationDueOn: null }) // { dueDate: null, step: 'awaiting_correction', status: 'awaiting_your_correction', correctionDueOn: '2026-12-10', consultationDueOn: null }
 */
export function queueKeysOf(clock: Pick<Clock, 'dueDate' | 'step'>, status: ResidentStatus, waiting: WaitingPeriods): QueueKeys {
  return { dueDate: clock.dueDate, step: clock.step, status, correctionDueOn: waiting.correctionDueOn, consultationDueOn: waiting.consultationDueOn }
}

/** The days that split the queue's due filter on `asOf`; see `dueWindowOf`. */
export interface DueWindow {
  today: string
  /** The first day with more than DUE_SOON_WORKING_DAYS working days left: due before it is due soon. */
  soonBefore: string
}

/**
 * The due window of a day: a case still owed is overdue when due before `today`, due soon when due
 * before `soonBefore`, on track otherwise — the same split as the clock's status.
 * @example dueWindowOf(cal, '2026-11-25') // { today: '2026-11-25', soonBefore: '2026-12-01' } (Thursday, Friday, Monday are left)
 */
export function dueWindowOf(cal: WorkingDayCalendar, asOf: string): DueWindow {
  let day = addDays(asOf, 1)
  while (workingDaysBetween(cal, asOf, day) <= DUE_SOON_WORKING_DAYS) day = addDays(day, 1)
  return { today: asOf, soonBefore: day }
}

/**
 * The revision of how queue keys are computed. Kept keys carry it in their fingerprint with the
 * calendar and the deadline policies; raise it when a change to the clock would move a due date,
 * and the server recomputes every case's keys on its next start.
 */
export const QUEUE_KEYS_REVISION = 4
