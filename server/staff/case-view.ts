import type { WorkingDayCalendar } from '@/core/calendar'
import { allowedEvents, policyFor } from '@/core/cases'
import { residentStatusOf } from '@/core/residents/case-status'
import type { StaffCaseView } from '@/core/schemas/staff'
import { caseActionsFor, hasPendingExtension, type CaseState } from '@/core/staff'
import type { Clock } from '@/core/schemas/clock'
import type { StaffAccount } from '../repositories/staff-accounts-repository'
import type { StaffCaseRecord } from '../repositories/staff-cases-repository'
import { clockOfRecord, recorded } from '../residents/case-views'

/** The facts the permission and state rules read, from a stored case and its clock. */
export function caseStateOf(c: StaffCaseRecord, clock: Clock): CaseState {
  return { flow: policyFor(c.kind, c.receivedOn).flow, step: clock.step, events: recorded(c.events), department: c.department }
}

/**
 * A case as the workbench shows it to one person. The identity number is decrypted by the caller
 * (only the detail view shows it, and that view is audited).
 */
export function toStaffCaseView(c: StaffCaseRecord, staff: StaffAccount, calendar: WorkingDayCalendar, asOf: string, applicantIdNumber?: string): StaffCaseView {
  const clock = clockOfRecord(c, calendar, asOf)
  const state = caseStateOf(c, clock)
  return {
    trackingNo: c.trackingNo,
    kind: c.kind,
    title: c.title,
    channel: c.channel,
    phone: c.phone,
    receivedOn: c.receivedOn,
    status: residentStatusOf(recorded(c.events), clock).status,
    clock,
    body: c.body,
    applicantIdNumber,
    events: c.events,
    allowedEvents: allowedEvents(state.flow, clock.step),
    department: c.department,
    firstReceiver: c.events.find((e) => e.type === 'received')?.actor ?? 'resident',
    actorNames: c.actorNames ?? {},
    pendingExtension: hasPendingExtension(state),
    actions: caseActionsFor(staff, state)
  }
}
