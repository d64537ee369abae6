import fc from 'fast-check'
import { aCaseHistory, lastDayOf } from '../../../test/support/case-histories'
import { addDays, ANNOUNCED_SCHEDULES, createCalendar, workingDaysBetween } from '../calendar'
import { clockOfCase, waitingPeriodsOfCase } from '../cases'
import { residentStatusOf } from '../residents/case-status'
import type { ResidentStatus } from '../schemas/cases'
import type { CaseEvent } from '../schemas/clock'
import { dueBucketOf } from './supervision'
import { dueWindowOf, queueKeysOf, type DueWindow, type QueueKeys } from './queue-keys'

const cal = createCalendar(ANNOUNCED_SCHEDULES)

const keysOn = (kind: Parameters<typeof clockOfCase>[0], events: CaseEvent[], day: string): QueueKeys => {
  const clock = clockOfCase(kind, events, cal, day)
  return queueKeysOf(clock, residentStatusOf(events, clock).status, waitingPeriodsOfCase(kind, events, cal, day))
}

/** What the queue's SQL derives from kept keys on a later day (server/repositories/staff-cases-repository.ts). */
function standingOf(k: QueueKeys, w: DueWindow): { status: ResidentStatus; due: string | null } {
  const lapsed = k.step === 'awaiting_correction' && k.correctionDueOn !== null && k.correctionDueOn < w.today
  const thirdPartyLapsed = k.status === 'awaiting_third_party' && k.consultationDueOn !== null && k.consultationDueOn < w.today
  const status = lapsed && k.status === 'awaiting_your_correction' ? 'closed_without_correction' : thirdPartyLapsed ? 'in_progress' : k.status
  if (k.step === 'done' || lapsed) return { status, due: null }
  if (k.dueDate === null || k.dueDate >= w.soonBefore) return { status, due: 'on_track' }
  return { status, due: k.dueDate < w.today ? 'overdue' : 'due_soon' }
}

describe('the due window of a day', () => {
  it('counts three working days ahead, skipping the weekend', () => {
    // 2026-11-25 is a Wednesday: Thursday, Friday and Monday are left.
    expect(dueWindowOf(cal, '2026-11-25')).toEqual({ today: '2026-11-25', soonBefore: '2026-12-01' })
  })

  it('skips the National Day holiday and counts its make-up Saturday', () => {
    // 2025: 10-01…10-08 off; 10-09, 10-10 and the make-up Saturday 10-11 are the three working days left.
    expect(dueWindowOf(cal, '2025-09-30')).toEqual({ today: '2025-09-30', soonBefore: '2025-10-13' })
  })

  it('splits due dates exactly where the clock turns from on track to due soon', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 40 }), (offset, ahead) => {
        const today = addDays('2024-01-01', offset)
        const due = addDays(today, ahead)
        const dueSoon = workingDaysBetween(cal, today, due) <= 3
        expect(due < dueWindowOf(cal, today).soonBefore).toBe(dueSoon)
      })
    )
  })
})

describe('the queue keys kept with a case', () => {
  it('keep the last day of a correction period while the case waits for it', () => {
    const events: CaseEvent[] = [
      { type: 'received', on: '2026-11-02' },
      { type: 'correction_requested', on: '2026-11-04', correctionDueOn: '2026-11-20' }
    ]
    expect(keysOn('info_request', events, '2026-11-05')).toEqual({
      dueDate: null,
      step: 'awaiting_correction',
      status: 'awaiting_your_correction',
      correctionDueOn: '2026-11-20',
      consultationDueOn: null
    })
  })

  it('keep no correction period once the completed application has come in', () => {
    const events: CaseEvent[] = [
      { type: 'received', on: '2026-11-02' },
      { type: 'correction_requested', on: '2026-11-04', correctionDueOn: '2026-11-20' },
      { type: 'correction_received', on: '2026-11-10' }
    ]
    expect(keysOn('info_request', events, '2026-11-10')).toMatchObject({ step: 'reply', correctionDueOn: null, dueDate: '2026-12-08' })
  })

  it('keep the third party’s last day while its view is awaited, and a due date that assumes the whole period (条例 第三十二条)', () => {
    const events: CaseEvent[] = [
      { type: 'received', on: '2025-03-10' },
      { type: 'consultation_started', on: '2025-03-17', letterReceivedOn: '2025-03-19' }
    ]
    const kept = keysOn('info_request', events, '2025-03-20')
    expect(kept).toEqual({ dueDate: '2025-04-30', step: 'reply', status: 'awaiting_third_party', correctionDueOn: null, consultationDueOn: '2025-04-10' })
    // The day after the third party's 15 working days the case is in progress again, due on the same day.
    expect(standingOf(kept, dueWindowOf(cal, '2025-04-11'))).toEqual({ status: 'in_progress', due: 'on_track' })
  })

  it('give on any later day the status, due filter and due date that the clock of that day gives', () => {
    fc.assert(
      fc.property(aCaseHistory('2025-09-01', 500), fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 120 }), (h, keptAfter, askedAfter) => {
        const keptOn = addDays(lastDayOf(h), keptAfter)
        const askedOn = addDays(keptOn, askedAfter)
        const kept = keysOn(h.kind, h.events, keptOn)
        const clock = clockOfCase(h.kind, h.events, cal, askedOn)
        expect(standingOf(kept, dueWindowOf(cal, askedOn))).toEqual({ status: residentStatusOf(h.events, clock).status, due: dueBucketOf(clock) })
        expect(kept.dueDate).toBe(clock.dueDate)
      }),
      { numRuns: 500 }
    )
  })

  it('keep a status read off the events when the correction period lapses', () => {
    // Found by the property above (seed -1764307438): a reply recorded while a correction was awaited.
    const events: CaseEvent[] = [
      { type: 'received', on: '2025-09-01' },
      { type: 'correction_requested', on: '2025-09-01', correctionDueOn: '2025-09-02' },
      { type: 'replied', on: '2025-09-01' }
    ]
    const kept = keysOn('info_request', events, '2025-09-01')
    const clock = clockOfCase('info_request', events, cal, '2025-09-03')
    expect(standingOf(kept, dueWindowOf(cal, '2025-09-03'))).toEqual({ status: residentStatusOf(events, clock).status, due: dueBucketOf(clock) })
  })
})
