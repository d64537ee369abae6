import type { WorkingDayCalendar } from '../calendar/calendar'
import type { CaseEvent, CaseKind, Clock, OfficePromise } from '../schemas/clock'
import { clockOf, correctionRefusalOf, extensionRoomOf, waitingPeriodsOf, type ExtensionRoom, type WaitingPeriods } from './clock'
import { DEFAULT_OFFICE_PROMISES, officePromiseFor, policyFor, policyOfCase } from './policies'

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
  const policy = policyOfCase(kind, receivedOn, promises)
  // Where the promise became the reply period itself, it is not shown a second time beside it.
  const promiseIsThePeriod = policy !== policyFor(kind, receivedOn)
  return clockOf(events, policy, cal, asOf, promiseIsThePeriod ? undefined : officePromiseFor(kind, receivedOn, promises))
}

/**
 * What a case waits on from others (see `waitingPeriodsOf`), under the policy in force on the day it
 * was received.
 * @example waitingPeriodsOfCase('info_request', events, cal, '2026-11-05') // { correctionDueOn: '2026-11-20', consultationDueOn: null }
 */
export function waitingPeriodsOfCase(kind: CaseKind, events: readonly CaseEvent[], cal: WorkingDayCalendar, asOf: string): WaitingPeriods {
  return waitingPeriodsOf(events, policyOfCase(kind, receiptOf(events)), cal, asOf)
}

/**
 * The room for an extension of a case decided on `on` (see `extensionRoomOf`).
 * @example extensionRoomOfCase('info_request', [{ type: 'received', on: '2025-09-26' }], cal, '2025-10-20').daysLeft // 20
 */
export function extensionRoomOfCase(kind: CaseKind, events: readonly CaseEvent[], cal: WorkingDayCalendar, on: string): ExtensionRoom {
  return extensionRoomOf(events, policyOfCase(kind, receiptOf(events)), cal, on)
}

/**
 * Why a correction notice on `on` is refused, or null (see `correctionRefusalOf`).
 * @example correctionRefusalOfCase('info_request', [{ type: 'received', on: '2025-09-26' }], cal, '2025-10-09') // null
 */
export function correctionRefusalOfCase(kind: CaseKind, events: readonly CaseEvent[], cal: WorkingDayCalendar, on: string): string | null {
  return correctionRefusalOf(events, policyOfCase(kind, receiptOf(events)), cal, on)
}

function receiptOf(events: readonly CaseEvent[]): string {
  const receipts = events.filter((e) => e.type === 'received').map((e) => e.on)
  if (receipts.length === 0) throw new RangeError('没有收到事项的记录，无法计算期限')
  return receipts.reduce((a, b) => (a < b ? a : b))
}

