import type { WorkingDayCalendar } from '@/core/calendar'
import { allowedEvents, correctionRefusalOfCase, extensionRoomOfCase, policyFor } from '@/core/cases'
import { residentStatusOf } from '@/core/residents/case-status'
import type { CaseHandlingSettings, StaffCaseView } from '@/core/schemas/staff'
import { caseActionsFor, hasPendingExtension, hasPendingReply, pendingExtensionBy, replyTakesEffect, type CaseState } from '@/core/staff'
import type { Clock } from '@/core/schemas/clock'
import type { StaffAccount } from '../repositories/staff-accounts-repository'
import type { StaffCaseRecord } from '../repositories/staff-cases-repository'
import { clockEventsOf, clockOfRecord, recorded } from '../residents/case-views'
import { actorOf } from './auth'

/**
 * The facts the permission and state rules read, from a stored case, its clock of `asOf` and the
 * office's settings: as the case stood on `asOf`, the day an action happened (an event recorded
 * late keeps its effect on the day it happened).
 */
export function caseStateOf(c: StaffCaseRecord, clock: Clock, settings: CaseHandlingSettings, calendar: WorkingDayCalendar, asOf: string): CaseState & { pendingExtensionBy: string | null } {
  const events = clockEventsOf(c.events)
  return {
    extensionDaysLeft: extensionRoomOfCase(c.kind, events, calendar, asOf).daysLeft,
    correctionRefusal: c.kind === 'info_request' ? correctionRefusalOfCase(c.kind, events, calendar, asOf) : null,
    pendingExtensionBy: pendingExtensionBy(c.events),
    flow: policyFor(c.kind, c.receivedOn).flow,
    kind: c.kind,
    step: clock.step,
    // With who signed each event: nobody approves a reply they wrote (four eyes).
    events: recorded(c.events).map((e, i) => ({ ...e, actor: c.events[i].actor })),
    department: c.department,
    replyNeedsApproval: settings.replyApproval.kinds.includes(c.kind)
  }
}

/**
 * A case as the workbench shows it to one person. The identity number is decrypted by the caller
 * (only the detail view shows it, and that view is audited).
 */
export function toStaffCaseView(
  c: StaffCaseRecord,
  staff: StaffAccount,
  calendar: WorkingDayCalendar,
  asOf: string,
  settings: CaseHandlingSettings,
  applicantIdNumber?: string
): StaffCaseView {
  const clock = clockOfRecord(c, calendar, asOf)
  const state = caseStateOf(c, clock, settings, calendar, asOf)
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
    pendingExtensionBy: state.pendingExtensionBy ?? null,
    extensionDaysLeft: state.extensionDaysLeft ?? 0,
    pendingReply: hasPendingReply(state),
    replyTakesEffect: replyTakesEffect(state, staff),
    actions: caseActionsFor({ ...staff, actor: actorOf(staff) }, state),
    replyBodies: { reconsiderationBody: settings.reconsiderationBody, reviewBody: settings.reviewBody }
  }
}
