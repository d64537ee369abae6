import type { StaffCase } from '@/core/schemas/cases'
import type { CaseEventType } from '@/core/schemas/clock'
import { canStaff, type StaffActor } from '@/core/staff'

/** The actions of the workbench, in the order their buttons appear. */
export const STAFF_ACTIONS = [
  'accept',
  'not_accept',
  'assign',
  'request_correction',
  'correction_received',
  'consultation_started',
  'consultation_ended',
  'extend',
  'approve_extension',
  'reply',
  'reopen',
  'note'
] as const
export type StaffActionType = (typeof STAFF_ACTIONS)[number]

export const ACTION_LABELS: Record<StaffActionType, string> = {
  accept: '受理',
  not_accept: '不予受理',
  assign: '转办 / 交办',
  request_correction: '告知补正',
  correction_received: '登记已补正',
  consultation_started: '开始征求意见',
  consultation_ended: '结束征求意见',
  extend: '申请延期',
  approve_extension: '批准延期',
  reply: '答复',
  reopen: '重新办理',
  note: '内部备注'
}

/** The clock's event (transitions.ts) that each clock-moving action records. */
const CLOCK_EVENT: Partial<Record<StaffActionType, CaseEventType>> = {
  accept: 'accepted',
  not_accept: 'not_accepted',
  request_correction: 'correction_requested',
  correction_received: 'correction_received',
  consultation_started: 'consultation_started',
  consultation_ended: 'consultation_ended',
  extend: 'extended',
  reply: 'replied'
}

/** An extension a clerk asked for that no head has approved yet. */
export function hasPendingExtension(c: Pick<StaffCase, 'events'>): boolean {
  let pending = false
  for (const e of c.events) {
    if (e.type === 'extension_requested' || (e.type === 'extended' && e.data.approved === false)) pending = true
    if (e.type === 'extension_approved' || (e.type === 'extended' && e.data.approved !== false)) pending = false
  }
  return pending
}

/** A review (复查) the resident asked for after the reply, not yet taken up again. */
export function hasOpenReviewRequest(c: Pick<StaffCase, 'events'>): boolean {
  let open = false
  for (const e of c.events) {
    if (e.type === 'review_requested') open = true
    if (e.type === 'reopened') open = false
  }
  return open
}

/** The department handling a case, null while unassigned (the intake queue). */
export function caseDepartmentOf(c: Pick<StaffCase, 'body'> & { department?: string | null }): string | null {
  if (typeof c.department === 'string') return c.department
  return typeof c.body.department === 'string' && c.body.department ? c.body.department : null
}

/**
 * The buttons a person sees on a case: what the case's step allows (the server's `allowedEvents`,
 * read from the transitions table) and what the permission matrix grants their roles on that case.
 * The server decides again.
 * @example offeredActions({ allowedEvents: ['accepted', 'not_accepted'], clock: { step: 'accept' }, events: [], body: {} }, { roles: ['clerk'], department: 'civil' })
 *   // ['accept', 'not_accept', 'note']
 */
export function offeredActions(c: Pick<StaffCase, 'allowedEvents' | 'clock' | 'events' | 'body'> & { department?: string | null }, staff: StaffActor): StaffActionType[] {
  const scope = { department: caseDepartmentOf(c) }
  const open = c.clock.step !== 'done'
  const pending = hasPendingExtension(c)
  return STAFF_ACTIONS.filter((action) => {
    if (!canStaff(staff, action, scope)) return false
    if (action === 'note') return true
    if (action === 'assign') return open
    if (action === 'approve_extension') return pending
    if (action === 'reopen') return !open && hasOpenReviewRequest(c)
    if (action === 'extend' && pending) return false
    const event = CLOCK_EVENT[action]
    return event !== undefined && c.allowedEvents.includes(event)
  })
}
