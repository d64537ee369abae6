import fc from 'fast-check'
import { addDays } from '@/core/calendar'
import type { CaseEvent, CaseKind } from '@/core/schemas/clock'

/** A case's kind and its clock events, each on or after the one before. */
export interface CaseHistory {
  kind: CaseKind
  events: CaseEvent[]
}

const STEPS = [
  'accepted',
  'not_accepted',
  'correction_requested',
  'correction_received',
  'consultation_started',
  'consultation_ended',
  'extended',
  'replied',
  'withdrawn'
] as const

const eventOf = (type: (typeof STEPS)[number], on: string, correctionDays: number, approved: boolean): CaseEvent => {
  switch (type) {
    case 'correction_requested':
      return correctionDays > 0 ? { type, on, correctionDueOn: addDays(on, correctionDays) } : { type, on }
    case 'consultation_started':
      // Some letters with the day the third party received them (条例 第三十二条), some without.
      return correctionDays % 3 === 0 ? { type, on, letterReceivedOn: addDays(on, correctionDays % 4) } : { type, on }
    case 'extended':
      return { type, on, days: 10, reason: '需要调取档案', approved }
    default:
      return { type, on }
  }
}

/**
 * Histories of any kind received from `from` over `spanDays` days: up to five steps after the
 * receipt, some not allowed where they fall (the clock notes and ignores those), some corrections
 * with a period and some without, some extensions not approved.
 */
export function aCaseHistory(from: string, spanDays: number): fc.Arbitrary<CaseHistory> {
  const aStep = fc.record({
    type: fc.constantFrom(...STEPS),
    gap: fc.integer({ min: 0, max: 12 }),
    correctionDays: fc.integer({ min: 0, max: 20 }),
    approved: fc.boolean()
  })
  return fc
    .record({
      kind: fc.constantFrom<CaseKind>('info_request', 'complaint', 'report', 'help', 'suggestion'),
      receivedAfter: fc.integer({ min: 0, max: spanDays }),
      steps: fc.array(aStep, { maxLength: 5 })
    })
    .map(({ kind, receivedAfter, steps }) => {
      let on = addDays(from, receivedAfter)
      const events: CaseEvent[] = [{ type: 'received', on }]
      for (const s of steps) {
        on = addDays(on, s.gap)
        events.push(eventOf(s.type, on, s.correctionDays, s.approved))
      }
      return { kind, events }
    })
}

/** The day of a history's last event. */
export const lastDayOf = (h: CaseHistory): string => h.events.reduce((a, e) => (e.on > a ? e.on : a), h.events[0].on)
