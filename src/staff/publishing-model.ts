import { REVIEW_TRANSITIONS, type ReviewAction } from '@/core/notices/review'
import { NoticeDraftBodySchema, type NoticeDraftBody, type StaffNotice } from '@/core/schemas/publishing'
import type { Timeliness } from '@/core/notices/timeliness'
import { bodyOfSource, sourceOfBody } from './publishing/body-model'

/**
 * True when the review step needs a comment: sending back (the reviewer's comment) and unpublishing
 * (the reason), as the procedure's table says.
 * @example needsComment('send_back') // true
 */
export function needsComment(action: ReviewAction): boolean {
  return REVIEW_TRANSITIONS.some((t) => t.action === action && t.needsComment)
}

export interface NoticeFormValues {
  title: string
  category: string
  departmentId: number | null
  timeliness: Timeliness | ''
  decisionDate: string
  /** Kept as the draft has them; the form shows 征求意见截止日期 for 决策征求意见 only. */
  renewalDate: string
  commentUntil: string
  /** The body box's text (publishing/body-model.ts): plain lines and the marks the buttons write. */
  body: string
}

export const EMPTY_NOTICE_FORM: NoticeFormValues = { title: '', category: '', departmentId: null, timeliness: '', decisionDate: '', renewalDate: '', commentUntil: '', body: '' }

export type NoticeFormErrors = Partial<Record<keyof NoticeFormValues, string>>

/**
 * The draft a form describes, checked with the server's schema.
 * @example checkNoticeDraft({ ...EMPTY_NOTICE_FORM, title: '' }).errors.title // '请填写标题'
 */
export function checkNoticeDraft(v: NoticeFormValues): { ok: true; body: NoticeDraftBody } | { ok: false; errors: NoticeFormErrors } {
  const checked = NoticeDraftBodySchema.safeParse({
    title: v.title,
    category: v.category || undefined,
    departmentId: v.departmentId ?? undefined,
    timeliness: v.timeliness || undefined,
    decisionDate: v.decisionDate.trim() || null,
    renewalDate: v.renewalDate.trim() || null,
    commentUntil: v.commentUntil.trim() || null,
    ...bodyOfSource(v.body)
  })
  if (checked.success) return { ok: true, body: checked.data }
  const errors: NoticeFormErrors = {}
  for (const issue of checked.error.issues) {
    const field = String(issue.path[0]) as keyof NoticeFormValues
    if (!errors[field]) errors[field] = field === 'category' && !v.category ? '请选择公开类别' : field === 'timeliness' && !v.timeliness ? '请选择时效类型' : issue.message
  }
  return { ok: false, errors }
}

/** The form of a draft being edited, filled from the notice as the server keeps it. */
export function formOfNotice(n: StaffNotice): NoticeFormValues {
  return {
    title: n.title,
    category: n.category,
    departmentId: n.departmentId,
    timeliness: n.timeliness,
    decisionDate: n.decisionDate ?? '',
    renewalDate: n.renewalDate ?? '',
    commentUntil: n.commentUntil ?? '',
    body: sourceOfBody(n.body, n.bodyFormat)
  }
}
