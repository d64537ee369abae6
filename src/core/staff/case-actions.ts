import { nextStep, type CaseFlow } from '../cases'
import type { CaseEventType, ClockStep } from '../schemas/clock'
import type { Rating } from '../schemas/cases'
import { hasOpenFollowUp } from './follow-up'
import { canStaff, EXTENSION_APPROVAL, type CaseScope, type StaffAction, type StaffActor } from './permissions'

/** What staff may do to a case, in the words of the workbench's buttons. */
export const CASE_ACTIONS = [
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
  'approve_reply',
  'return_reply',
  'note',
  'record_delivery',
  'forward_review',
  'record_review_opinion',
  'reopen',
  'follow_up'
] as const
export type CaseAction = (typeof CASE_ACTIONS)[number]

/**
 * The event each action records. `extend` records `extension_requested`, which the clock ignores
 * until another person with the approver's role approves it (条例 第三十三条: 政府信息公开工作机构负责人;
 * 信访工作条例 第三十四条: 本机关负责人); the approval records `extended` with the approver's name. Likewise, where the office wants
 * a head to approve replies of the case's kind, a clerk's `reply` records `reply_drafted`, which
 * reaches nobody until a head approves it (`replied`) or returns it (`reply_returned`).
 *
 * A 复查 is decided by the body one level up (信访工作条例 第三十五条): the office records that it
 * forwarded the resident's request (`review_forwarded`, to whom and when) and the opinion that body
 * sent back (`review_answered`). `reopen` (重新办理) is the office's own re-handling, never the 复查.
 */
export const RECORDED_AS: Record<CaseAction, string> = {
  accept: 'accepted',
  not_accept: 'not_accepted',
  assign: 'assigned',
  request_correction: 'correction_requested',
  correction_received: 'correction_received',
  consultation_started: 'consultation_started',
  consultation_ended: 'consultation_ended',
  extend: 'extension_requested',
  approve_extension: 'extended',
  reply: 'replied',
  approve_reply: 'replied',
  return_reply: 'reply_returned',
  note: 'note',
  record_delivery: 'reply_delivered',
  forward_review: 'review_forwarded',
  record_review_opinion: 'review_answered',
  reopen: 'reopened',
  follow_up: 'followed_up'
}

/** The facts of a case the rules read: its lifecycle, clock step and recorded events in order. */
export interface CaseState extends CaseScope {
  flow: CaseFlow
  step: ClockStep
  /** `actor` signs each event (`staff:12`, `resident`, `system`): who wrote a reply waiting for approval. */
  events: readonly { type: string; rating?: Rating; actor?: string }[]
  /** The office wants a head to approve replies of this case's kind (an office setting). */
  replyNeedsApproval?: boolean
  /** Days an extension may still add (`extensionRoomOfCase`); none left, no extension is offered. */
  extensionDaysLeft?: number
  /** Why a correction notice is refused now (`correctionRefusalOfCase`: late, and the period extended). */
  correctionRefusal?: string | null
}

/** A staff member as the case rules see them; `actor` (`staff:12`) tells them apart from a request's author. */
export interface CaseActor extends StaffActor {
  actor?: string
}

/**
 * The row of the permission matrix an action on a case needs: an extension's approval is the
 * approver the law names for the case's lifecycle.
 * @example permissionFor('approve_extension', 'petition') // 'approve_petition_extension'
 */
export function permissionFor(action: CaseAction, flow: CaseFlow): StaffAction {
  return action === 'approve_extension' ? EXTENSION_APPROVAL[flow] : action
}

/** The actor who asked for the extension now pending, if any (read off the events in recorded order). */
export function pendingExtensionBy(events: readonly { type: string; actor?: string }[]): string | null {
  if (!hasPendingExtension({ events })) return null
  return [...events].reverse().find((e) => e.type === 'extension_requested')?.actor ?? null
}

const lastIndexOf = (events: CaseState['events'], type: string): number => events.map((e) => e.type).lastIndexOf(type)

/** True after the office reopened (重新办理) a replied case and before its new reply. */
export function isReopened(c: CaseState): boolean {
  return lastIndexOf(c.events, 'reopened') > lastIndexOf(c.events, 'replied')
}

/** True while a clerk's extension waits for a head's or leader's approval. */
export function hasPendingExtension(c: Pick<CaseState, 'events'>): boolean {
  const requested = lastIndexOf(c.events, 'extension_requested')
  return requested >= 0 && requested > lastIndexOf(c.events, 'extended') && requested > lastIndexOf(c.events, 'extension_rejected')
}

/** True while a clerk's reply waits for a head's or leader's approval. */
export function hasPendingReply(c: CaseState): boolean {
  const drafted = lastIndexOf(c.events, 'reply_drafted')
  return drafted >= 0 && drafted > lastIndexOf(c.events, 'replied') && drafted > lastIndexOf(c.events, 'reply_returned')
}

/**
 * Who wrote the reply waiting for approval (the actor of the last `reply_drafted`), if one waits.
 * @example pendingReplyAuthor({ flow: 'petition', step: 'reply', kind: 'complaint', department: 'civil', events: [{ type: 'reply_drafted', actor: 'staff:3' }] }) // 'staff:3'
 */
export function pendingReplyAuthor(c: CaseState): string | undefined {
  return hasPendingReply(c) ? c.events[lastIndexOf(c.events, 'reply_drafted')].actor : undefined
}

/**
 * Four eyes: true when the person signing as `actor` wrote the reply that waits for approval, which
 * they may then not approve, whatever roles they hold.
 * @example approvesOwnReply('staff:3', { flow: 'petition', step: 'reply', kind: 'complaint', department: 'civil', events: [{ type: 'reply_drafted', actor: 'staff:3' }] }) // true
 */
export function approvesOwnReply(actor: string, c: CaseState): boolean {
  return pendingReplyAuthor(c) === actor
}

/**
 * Whether the case's present state allows the action, whoever asks (the route answers 409 when not).
 * @example stateAllows({ flow: 'petition', step: 'accept', events: [], department: null }, 'reply') // false
 */
export function stateAllows(c: CaseState, action: CaseAction): boolean {
  switch (action) {
    case 'note':
      return true
    case 'assign':
      return c.step !== 'done' || isReopened(c)
    case 'reopen': {
      // After a 复查 request, or after the higher body's opinion asks the office to handle it again.
      const replied = lastIndexOf(c.events, 'replied')
      const review = Math.max(lastIndexOf(c.events, 'review_requested'), lastIndexOf(c.events, 'review_answered'))
      return review >= 0 && review > replied && !isReopened(c)
    }
    case 'record_delivery': {
      const replied = lastIndexOf(c.events, 'replied')
      return replied >= 0 && lastIndexOf(c.events, 'reply_delivered') < replied
    }
    case 'forward_review': {
      const requested = lastIndexOf(c.events, 'review_requested')
      return requested >= 0 && lastIndexOf(c.events, 'review_forwarded') < requested
    }
    case 'record_review_opinion': {
      const forwarded = lastIndexOf(c.events, 'review_forwarded')
      return forwarded >= 0 && forwarded > lastIndexOf(c.events, 'review_requested') && lastIndexOf(c.events, 'review_answered') < forwarded
    }
    case 'follow_up':
      return hasOpenFollowUp(c.events)
    case 'reply':
      return !hasPendingReply(c) && (isReopened(c) || nextStep(c.flow, c.step, 'replied') !== undefined)
    case 'approve_reply':
    case 'return_reply':
      return hasPendingReply(c)
    case 'request_correction':
      return !c.correctionRefusal && nextStep(c.flow, c.step, 'correction_requested') !== undefined
    case 'extend':
      return !hasPendingExtension(c) && (c.extensionDaysLeft ?? 1) > 0 && nextStep(c.flow, c.step, 'extended') !== undefined
    case 'approve_extension':
      return hasPendingExtension(c) && nextStep(c.flow, c.step, 'extended') !== undefined
    default:
      return nextStep(c.flow, c.step, RECORDED_AS[action] as CaseEventType) !== undefined
  }
}

/**
 * The actions a person (signing their events as `actor`) may take on the case now: allowed by both
 * the case's state and their roles, and never the approval of their own reply. The workbench shows a
 * button for each.
 * @example caseActionsFor({ roles: ['clerk'], department: 'civil', actor: 'staff:3' }, { flow: 'petition', step: 'accept', events: [], kind: 'complaint', department: 'civil' }) // ['accept', 'not_accept', 'note']
 */
export function caseActionsFor(staff: CaseActor, c: CaseState & { pendingExtensionBy?: string | null }): CaseAction[] {
  return CASE_ACTIONS.filter(
    (action) =>
      canStaff(staff, permissionFor(action, c.flow), c) &&
      stateAllows(c, action) &&
      // Four eyes: the author of the pending extension, or of the reply waiting for approval, does not see its approval.
      !(action === 'approve_extension' && staff.actor !== undefined && c.pendingExtensionBy === staff.actor) &&
      !(action === 'approve_reply' && staff.actor !== undefined && approvesOwnReply(staff.actor, c))
  )
}

/**
 * Whether a reply goes out at once, or waits for approval because the office wants replies of the
 * case's kind approved. Then every person's reply waits, a head's or a leader's too: nobody approves
 * their own reply, whatever roles they hold (four eyes), so another head or a leader approves it.
 * Only the operator's system token (StaffActor.operator, scripts) is not a person and replies at once.
 * @example replyTakesEffect({ replyNeedsApproval: true }, { roles: ['head'], department: 'civil' }) // false
 */
export function replyTakesEffect(c: { replyNeedsApproval?: boolean }, staff: StaffActor): boolean {
  return !c.replyNeedsApproval || staff.operator === true
}

/** The event type an action records for this person on this case (every extension waits for its approval, and so may a reply). */
export function recordedTypeOf(staff: StaffActor, c: CaseScope & { replyNeedsApproval?: boolean }, action: CaseAction): string {
  if (action === 'reply' && !replyTakesEffect(c, staff)) return 'reply_drafted'
  return RECORDED_AS[action]
}
