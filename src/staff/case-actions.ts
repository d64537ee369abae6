import type { ReplyOutcome } from '@/core/schemas/cases'
import type { StaffCaseView } from '@/core/schemas/staff'
import type { CaseAction } from '@/core/staff'

/** The words on each action's button (the actions are src/core/staff's CASE_ACTIONS). */
export const ACTION_LABELS: Record<CaseAction, string> = {
  accept: '受理',
  not_accept: '不予受理',
  assign: '转办 / 交办',
  request_correction: '告知补正',
  correction_received: '登记已补正',
  consultation_started: '开始征求意见',
  consultation_ended: '结束征求意见',
  extend: '延期',
  approve_extension: '批准延期',
  reply: '答复',
  approve_reply: '批准答复',
  return_reply: '退回答复',
  note: '内部备注',
  record_delivery: '记录答复送达',
  forward_review: '转送复查请求',
  record_review_opinion: '登记复查意见',
  reopen: '重新办理',
  follow_up: '回访'
}

/**
 * The words on an action's button for this case: a reply that waits for a head's approval says so.
 * @example actionLabelOf('reply', false) // '答复（报负责人审批）'
 */
export function actionLabelOf(action: CaseAction, replyTakesEffect: boolean): string {
  return action === 'reply' && !replyTakesEffect ? '答复（报负责人审批）' : ACTION_LABELS[action]
}

/**
 * The clerk's reply that waits for approval: its outcome, its text as written and who wrote it.
 * @example pendingReplyOf(aStaffCase({ pendingReply: true, events: [{ type: 'reply_drafted', on: '2026-11-25', actor: 'staff:3', data: { outcome: 'disclosed', writtenText: '…' } }] })) // { outcome: 'disclosed', text: '…', by: '王芳' }
 */
export function pendingReplyOf(c: Pick<StaffCaseView, 'pendingReply' | 'events' | 'actorNames'>): { outcome?: ReplyOutcome; text?: string; by?: string } | undefined {
  if (!c.pendingReply) return undefined
  const draft = [...c.events].reverse().find((e) => e.type === 'reply_drafted')
  if (!draft) return undefined
  const data = draft.data as { outcome?: ReplyOutcome; text?: string; writtenText?: string }
  return { outcome: data.outcome, text: data.writtenText ?? data.text, by: c.actorNames?.[draft.actor] }
}

