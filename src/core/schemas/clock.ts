import { z } from 'zod'
import { text } from './primitives'
import { CalendarDateSchema } from './common'

/** What residents send (domain.md §3). 政府信息公开申请 is `info_request`. */
export const CASE_KINDS = ['complaint', 'report', 'help', 'suggestion', 'info_request'] as const
export const CaseKindSchema = z.enum(CASE_KINDS, { error: '事项类型应为投诉、举报、求助、意见建议或政府信息公开申请' })
export type CaseKind = z.infer<typeof CaseKindSchema>

export const CASE_KIND_LABELS: Record<CaseKind, string> = {
  complaint: '投诉',
  report: '举报',
  help: '求助',
  suggestion: '意见建议',
  info_request: '政府信息公开申请'
}

export const DeadlineUnitSchema = z.enum(['working_days', 'days'])
export type DeadlineUnit = z.infer<typeof DeadlineUnitSchema>

/** `on` is the day it happened; `recordedOn`, when later, is the day it was entered (a letter registered late). */
const at = { on: CalendarDateSchema, recordedOn: CalendarDateSchema.optional() }

/** The real events of a case, from which its clock is computed (nothing derived is stored). */
export const CaseEventSchema = z
  .discriminatedUnion(
    'type',
    [
      z.object({ type: z.literal('received'), ...at }),
      /** 补正: `correctionDueOn` is the period given to the applicant to complete the application. */
      z.object({ type: z.literal('correction_requested'), ...at, correctionDueOn: CalendarDateSchema.optional() }),
      z.object({ type: z.literal('correction_received'), ...at }),
      /** `letterReceivedOn`: the day the third party received the letter; its 15 working days run from it (条例 第三十二条), else from `on`, the day it was sent. */
      z.object({ type: z.literal('consultation_started'), ...at, party: text().optional(), letterReceivedOn: CalendarDateSchema.optional() }),
      z.object({ type: z.literal('consultation_ended'), ...at }),
      z.object({ type: z.literal('accepted'), ...at }),
      z.object({ type: z.literal('not_accepted'), ...at }),
      z.object({
        type: z.literal('extended'),
        ...at,
        days: z.number({ error: '延长天数必须是数字' }).int({ error: '延长天数必须是整数' }).min(1, { error: '延长天数至少为 1' }),
        reason: text({ error: '请填写延长理由' }).min(1, { error: '请填写延长理由' }),
        approved: z.boolean({ error: '请说明延长是否已经批准' }),
        approvedBy: text().optional()
      }),
      z.object({ type: z.literal('replied'), ...at }),
      z.object({ type: z.literal('withdrawn'), ...at })
    ],
    { error: '未知的办理记录类型' }
  )
  .meta({ id: 'CaseEvent' })
export type CaseEvent = z.infer<typeof CaseEventSchema>
export type CaseEventType = CaseEvent['type']

/**
 * An office's own promise beside the legal limit (服务承诺), e.g. a public answer to a suggestion
 * within 7 days. Configuration with an effective date, not code.
 */
export const OfficePromiseSchema = z
  .object({
    label: text().min(1, { error: '请填写承诺内容' }),
    kinds: z.array(CaseKindSchema).min(1),
    days: z.number().int().min(1, { error: '承诺天数至少为 1' }).max(366),
    unit: DeadlineUnitSchema,
    effectiveFrom: CalendarDateSchema,
    /** The decision that made the promise, shown beside it. */
    basis: text().min(1)
  })
  .meta({ id: 'OfficePromise' })
export type OfficePromise = z.infer<typeof OfficePromiseSchema>

export const ClockStepSchema = z.enum(['accept', 'reply', 'awaiting_correction', 'done'])
export type ClockStep = z.infer<typeof ClockStepSchema>

export const ClockStatusSchema = z.enum(['on_track', 'due_soon', 'overdue', 'answered_in_time', 'answered_late', 'closed'])
export type ClockStatus = z.infer<typeof ClockStatusSchema>

export const PromiseClockSchema = z.object({
  label: text(),
  basis: text(),
  dueDate: CalendarDateSchema,
  unit: DeadlineUnitSchema,
  remaining: z.number().int().nullable(),
  status: ClockStatusSchema,
  provisional: z.boolean()
})
export type PromiseClock = z.infer<typeof PromiseClockSchema>

/**
 * The clock every case answer carries: what is due next, by when, and the working of the date.
 * - `dueDate` is null while nothing is due from the office (a correction is owed); while a third
 *   party's view is awaited (`paused`), the latest due date: the third party's 15 working days used in
 *   full (政府信息公开条例 第三十二条), earlier when the view comes sooner.
 * - `remaining` counts `unit`s from `asOf` to `dueDate`, negative when overdue; once done, the margin
 *   at the reply (negative when late); null when no date applies.
 * - `status` `closed`: withdrawn, or taken as withdrawn for want of a correction (第三十条).
 */
export const ClockSchema = z
  .object({
    step: ClockStepSchema,
    dueDate: CalendarDateSchema.nullable(),
    unit: DeadlineUnitSchema,
    remaining: z.number().int().nullable(),
    status: ClockStatusSchema,
    provisional: z.boolean(),
    paused: z.boolean(),
    policy: z.object({ id: text(), title: text(), citation: text() }),
    officePromise: PromiseClockSchema.optional(),
    explanation: z.array(text())
  })
  .meta({ id: 'Clock' })
export type Clock = z.infer<typeof ClockSchema>
