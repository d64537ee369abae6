import type { StaffRole } from '../schemas/staff'

/**
 * The review procedure of published content (政务公开审核发布): the drafting department submits, the
 * disclosure office (公开办) collates, leadership approves, then the item is published at once or at a
 * time set in advance. A reviewer may send an item back to its authors with a comment; withdrawing a
 * published item needs a reason. Every step is recorded by the server (who, when, from, to, comment).
 *
 * The states are the `status` values of the notices table (server/db/migrations/002_content.sql).
 */

export const REVIEW_STATES = ['draft', 'submitted', 'collated', 'approved', 'published', 'withdrawn'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  draft: '草稿',
  submitted: '部门已报送',
  collated: '公开办已审核',
  approved: '领导已审批',
  published: '已发布',
  withdrawn: '已撤下'
}

/** The staff roles of issue 5 (src/core/staff holds the permission matrix of cases). */
export type ReviewRole = StaffRole

export const REVIEW_ACTIONS = ['edit', 'submit', 'collate', 'approve', 'publish', 'cancel_schedule', 'send_back', 'unpublish', 'revise'] as const
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]

export const REVIEW_ACTION_LABELS: Record<ReviewAction, string> = {
  edit: '修改',
  submit: '报送审核',
  collate: '公开办审核通过',
  approve: '领导审批通过',
  publish: '发布',
  cancel_schedule: '取消定时发布',
  send_back: '退回修改',
  unpublish: '撤下',
  revise: '重新编辑'
}

export interface ReviewTransition {
  from: ReviewState
  action: ReviewAction
  to: ReviewState
  /** Who may take the step; holding any one of them is enough. */
  roles: readonly ReviewRole[]
  /** A comment is required: the reason for sending back or for withdrawing. */
  needsComment: boolean
}

/**
 * The procedure as data, one row per allowed step. The department's head submits what its clerks
 * drafted (the head approves the department's publications); the disclosure office collates and, once
 * a leader has approved, publishes; each reviewer may send back what waits on them.
 */
export const REVIEW_TRANSITIONS: readonly ReviewTransition[] = [
  { from: 'draft', action: 'edit', to: 'draft', roles: ['clerk', 'head', 'disclosure'], needsComment: false },
  { from: 'draft', action: 'submit', to: 'submitted', roles: ['head'], needsComment: false },
  { from: 'submitted', action: 'collate', to: 'collated', roles: ['disclosure'], needsComment: false },
  { from: 'submitted', action: 'send_back', to: 'draft', roles: ['disclosure'], needsComment: true },
  { from: 'collated', action: 'approve', to: 'approved', roles: ['leader'], needsComment: false },
  { from: 'collated', action: 'send_back', to: 'draft', roles: ['leader'], needsComment: true },
  { from: 'approved', action: 'publish', to: 'published', roles: ['disclosure', 'leader'], needsComment: false },
  // Only while a publication time is set (see allowedReviewActions); the item stays approved.
  { from: 'approved', action: 'cancel_schedule', to: 'approved', roles: ['disclosure', 'leader'], needsComment: false },
  { from: 'approved', action: 'send_back', to: 'draft', roles: ['disclosure', 'leader'], needsComment: true },
  { from: 'published', action: 'unpublish', to: 'withdrawn', roles: ['disclosure', 'leader'], needsComment: true },
  { from: 'withdrawn', action: 'revise', to: 'draft', roles: ['clerk', 'head', 'disclosure'], needsComment: false }
]

/**
 * The step an action takes from a state, or undefined when the procedure has no such step.
 * @example reviewTransition('collated', 'approve')?.to // 'approved'
 */
export function reviewTransition(from: ReviewState, action: ReviewAction): ReviewTransition | undefined {
  return REVIEW_TRANSITIONS.find((t) => t.from === from && t.action === action)
}

/**
 * The actions a person holding `roles` may take on an item in `state`: the buttons the workbench shows.
 * A schedule can be cancelled only where one is set (`scheduledAt`, the item's publication time).
 * @example allowedReviewActions('submitted', ['disclosure']) // ['collate', 'send_back']
 * @example allowedReviewActions('approved', ['leader'], '2026-12-01T01:00:00Z') // ['publish', 'cancel_schedule', 'send_back']
 */
export function allowedReviewActions(state: ReviewState, roles: readonly ReviewRole[], scheduledAt: string | null = null): ReviewAction[] {
  return REVIEW_TRANSITIONS.filter((t) => t.from === state && t.roles.some((r) => roles.includes(r)) && (t.action !== 'cancel_schedule' || scheduledAt !== null)).map(
    (t) => t.action
  )
}

export type ReviewRefusal = 'not_allowed_in_state' | 'role_not_allowed' | 'comment_required' | 'schedule_in_past'

export type ReviewDecision =
  | { ok: true; to: ReviewState; scheduledAt: string | null }
  | { ok: false; refusal: ReviewRefusal; message: string }

export interface ReviewRequest {
  from: ReviewState
  action: ReviewAction
  roles: readonly ReviewRole[]
  comment?: string
  /** publish only: an instant (ISO 8601) to publish at; now when absent or not later than `now`. */
  publishAt?: string
  /** The publication time the item is set for, if any (cancel_schedule needs one still ahead). */
  scheduledAt?: string | null
  /** The present instant, ISO 8601. */
  now: string
}

/**
 * Whether a person may take a step, and where it leads. A publication set for a later time stays
 * `approved` with `scheduledAt` until that time comes (the server publishes it then).
 * @example decideReview({ from: 'approved', action: 'publish', roles: ['leader'], now: '2026-03-02T01:00:00Z' }) // { ok: true, to: 'published', scheduledAt: null }
 */
export function decideReview(request: ReviewRequest): ReviewDecision {
  const t = reviewTransition(request.from, request.action)
  if (!t) {
    return { ok: false, refusal: 'not_allowed_in_state', message: `“${REVIEW_STATE_LABELS[request.from]}”状态下不能${REVIEW_ACTION_LABELS[request.action]}` }
  }
  if (!t.roles.some((r) => request.roles.includes(r))) {
    return { ok: false, refusal: 'role_not_allowed', message: `您的岗位不能${REVIEW_ACTION_LABELS[request.action]}` }
  }
  if (t.needsComment && !request.comment?.trim()) {
    return { ok: false, refusal: 'comment_required', message: request.action === 'unpublish' ? '请写明撤下的理由' : '请写明退回修改的意见' }
  }
  if (request.action === 'cancel_schedule') {
    if (!request.scheduledAt) return { ok: false, refusal: 'not_allowed_in_state', message: '这条内容没有设定定时发布' }
    // Once the time has come the item is published (or about to be): withdrawing it is the way back.
    if (Date.parse(request.scheduledAt) <= Date.parse(request.now)) {
      return { ok: false, refusal: 'not_allowed_in_state', message: '定时发布的时间已到，不能再取消；如需收回，请在发布后撤下' }
    }
    return { ok: true, to: 'approved', scheduledAt: null }
  }
  if (request.action === 'publish' && request.publishAt !== undefined) {
    const at = Date.parse(request.publishAt)
    if (Number.isNaN(at) || at < Date.parse(request.now) - 60_000) {
      return { ok: false, refusal: 'schedule_in_past', message: '定时发布的时间不能早于现在' }
    }
    if (at > Date.parse(request.now)) return { ok: true, to: 'approved', scheduledAt: new Date(at).toISOString() }
  }
  return { ok: true, to: t.to, scheduledAt: null }
}

/** Whether residents may see an item: only published content is public. */
export function isPublic(state: ReviewState): boolean {
  return state === 'published'
}
