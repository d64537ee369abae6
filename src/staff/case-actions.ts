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
  note: '内部备注',
  reopen: '重新办理',
  follow_up: '回访'
}
