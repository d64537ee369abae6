import type { WorkingDayCalendar } from '../calendar/calendar'
import type { CaseEvent, CaseKind, Clock, OfficePromise } from '../schemas/clock'
import { clockOf, correctionDueOf } from './clock'
import { DEFAULT_OFFICE_PROMISES, officePromiseFor, policyFor } from './policies'

/**
 * The clock of a case from its kind: the policy and the office promise in force on the day it was
 * received, then `clockOf`. This is what a case answer of the API carries as `clock`.
 * @example clockOfCase('info_request', [{ type: 'received', on: '2025-09-26' }], cal, '2025-10-09').dueDate // '2025-10-30'
 */
export function clockOfCase(
  kind: CaseKind,
  events: readonly CaseEvent[],
  cal: WorkingDayCalendar,
  asOf: string,
  promises: readonly OfficePromise[] = DEFAULT_OFFICE_PROMISES
): Clock {
  const receivedOn = receiptOf(events)
  return clockOf(events, policyFor(kind, receivedOn), cal, asOf, officePromiseFor(kind, receivedOn, promises))
}

/**
 * The last day to complete a correction while the case waits for one (see `correctionDueOf`), under
 * the policy in force on the day it was received.
 * @example correctionDueOfCase('info_request', events, '2026-11-05') // '2026-11-20'
 */
export function correctionDueOfCase(kind: CaseKind, events: readonly CaseEvent[], asOf: string): string | null {
  return correctionDueOf(events, policyFor(kind, receiptOf(events)), asOf)
}

function receiptOf(events: readonly CaseEvent[]): string {
  const receipts = events.filter((e) => e.type === 'received').map((e) => e.on)
  if (receipts.length === 0) throw new RangeError('没有收到事项的记录，无法计算期限')
  return receipts.reduce((a, b) => (a < b ? a : b))
}

