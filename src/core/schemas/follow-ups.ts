import { z } from 'zod'
import { text } from './primitives'
import { FOLLOW_UP_OWNERS } from '../staff/follow-up'
import { REMINDER_LEVELS } from '../staff/supervision'
import { FollowUpClockSchema } from './cases'
import { CaseKindSchema } from './clock'
import { PageQuerySchema, pageOf } from './common'
import { QueueDueSchema } from './staff'

/** Follow-ups (回访) owed after 不满意 ratings, as the workbench lists them (GET /staff/follow-ups). */

export const FollowUpStateSchema = z.enum(['open', 'done'], { error: '回访状态只能是 open（待回访）或 done（已回访）' })
export type FollowUpState = z.infer<typeof FollowUpStateSchema>

export const FollowUpQuerySchema = PageQuerySchema.extend({
  /** `open`: still owed, soonest promised date first; `done`: made, the latest promised date first. */
  state: FollowUpStateSchema.default('open'),
  due: QueueDueSchema.optional()
}).meta({ id: 'FollowUpQuery' })
export type FollowUpQuery = z.infer<typeof FollowUpQuerySchema>

/** What a follow-up recorded (the `followed_up` event). */
export const FollowUpResultSchema = z.object({
  residentSaid: text(),
  solved: z.boolean(),
  note: text().optional(),
  /** Who made the call, by actor (`staff:12`), and their name when known. */
  actor: text(),
  actorName: text().nullable()
})
export type FollowUpResult = z.infer<typeof FollowUpResultSchema>

export const FollowUpTaskSchema = z
  .object({
    trackingNo: text(),
    kind: CaseKindSchema,
    title: text(),
    /** The department handling the case; null while it never left the intake queue. */
    department: text().nullable(),
    /** Who owes the call: the department, else the disclosure office (政务公开办). */
    owner: z.enum(FOLLOW_UP_OWNERS),
    /** The number to call back, unmasked: staff need it to make the follow-up. */
    phone: text().nullable(),
    residentName: text().nullable(),
    /** What the resident wrote with the 不满意 rating. */
    ratingComment: text().nullable(),
    clock: FollowUpClockSchema,
    due: QueueDueSchema.nullable(),
    /** The highest supervision level reached (督办) while the follow-up is owed. */
    escalation: z.enum(REMINDER_LEVELS).nullable(),
    result: FollowUpResultSchema.nullable()
  })
  .meta({ id: 'FollowUpTask' })
export type FollowUpTask = z.infer<typeof FollowUpTaskSchema>

/** One page of follow-ups, with the counts of the whole scope (the workbench's tabs and the queue's link). */
export const FollowUpPageSchema = pageOf(FollowUpTaskSchema)
  .extend({ counts: z.object({ open: z.number().int(), overdue: z.number().int(), done: z.number().int() }) })
  .meta({ id: 'FollowUpPage' })
export type FollowUpPage = z.infer<typeof FollowUpPageSchema>
