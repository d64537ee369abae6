import { z } from 'zod'
import { CATALOGUE, type CategoryDefinition } from '../notices/catalogue'
import { BOARD_REASON_LABELS, type BoardReason } from '../notices/renewal'
import { REVIEW_ACTIONS, REVIEW_STATES } from '../notices/review'
import { CalendarDateSchema, PageQuerySchema, pageOf } from './common'
import { BodyFormatSchema, CategoryIdSchema, TimelinessSchema } from './notices'

/** What staff send and see when they author notices and move them through review (issue 5). */

export const NOTICE_TITLE_MAX = 100
export const NOTICE_BODY_MAX = 50_000
export const GUIDE_BODY_MAX = 20_000

/** Categories that hold notices; service guides have their own form. */
const noticeCategories = (nodes: readonly CategoryDefinition[]): string[] =>
  nodes.flatMap((n) => [...(n.content === 'notices' ? [n.id] : []), ...noticeCategories(n.children ?? [])])
export const NOTICE_CATEGORY_IDS: readonly string[] = noticeCategories(CATALOGUE)

export const ReviewStateSchema = z.enum(REVIEW_STATES).meta({ id: 'ReviewState' })
export const ReviewActionSchema = z.enum(REVIEW_ACTIONS).meta({ id: 'ReviewAction' })

/**
 * A notice as its authors write it. The body is plain text, paragraphs separated by a blank line
 * (`bodyFormat` text, the default: never read as markup), or rich text (`bodyFormat` html), which the
 * server cleans to the subset of src/core/notices/rich-body.ts before storing it.
 */
export const NoticeDraftBodySchema = z
  .object({
    title: z
      .string({ error: '请填写标题' })
      .trim()
      .min(1, { error: '请填写标题' })
      .max(NOTICE_TITLE_MAX, { error: `标题最多 ${NOTICE_TITLE_MAX} 个字` }),
    category: CategoryIdSchema.refine((c) => NOTICE_CATEGORY_IDS.includes(c), { error: '办事指南请在“办事指南”中编写，公告请选择其他类别' }),
    departmentId: z.number({ error: '请选择发布部门' }).int({ error: '请选择发布部门' }).min(1, { error: '请选择发布部门' }),
    timeliness: TimelinessSchema,
    body: z
      .string({ error: '请填写正文' })
      .transform((s) => s.replace(/\r\n?/g, '\n').trim())
      .pipe(z.string().min(1, { error: '请填写正文' }).max(NOTICE_BODY_MAX, { error: `正文最多 ${NOTICE_BODY_MAX} 个字` })),
    bodyFormat: BodyFormatSchema.default('text'),
    /** Ad-hoc content: the day of the decision it makes known (published within 3 days of it). */
    decisionDate: CalendarDateSchema.nullable().default(null),
    /** A renewal date other than a year (fixed) or a month (periodic) after publication. */
    renewalDate: CalendarDateSchema.nullable().default(null),
    /** 决策征求意见 only: the last day residents may comment. */
    commentUntil: CalendarDateSchema.nullable().default(null)
  })
  .superRefine((b, ctx) => {
    if (b.timeliness === 'adhoc' && !b.decisionDate) {
      ctx.addIssue({ code: 'custom', path: ['decisionDate'], message: '及时公开的内容请填写作出决定的日期（应在决定后 3 日内发布）' })
    }
    if (b.commentUntil && b.category !== 'consultation') {
      ctx.addIssue({ code: 'custom', path: ['commentUntil'], message: '只有“决策征求意见”类别需要填写征求意见截止日期' })
    }
  })
  .meta({ id: 'NoticeDraftBody' })
export type NoticeDraftBody = z.infer<typeof NoticeDraftBodySchema>

export const NoticeReviewBodySchema = z
  .object({
    action: z.enum(['submit', 'collate', 'approve', 'publish', 'cancel_schedule', 'send_back', 'unpublish', 'revise'], { error: '未知的审核操作' }),
    /** Required to send back (the reviewer's comment) and to unpublish (the reason). */
    comment: z.string().trim().max(500, { error: '意见最多 500 个字' }).optional(),
    /** publish only: a later instant (ISO 8601 with offset) to publish at. */
    publishAt: z.iso.datetime({ offset: true, error: '定时发布时间格式应为 2026-03-02T09:00:00+08:00' }).optional()
  })
  .meta({ id: 'NoticeReviewBody' })
export type NoticeReviewBody = z.infer<typeof NoticeReviewBodySchema>

export const ReviewStepSchema = z
  .object({
    action: z.string(),
    from: ReviewStateSchema.nullable(),
    to: ReviewStateSchema,
    actor: z.string(),
    actorName: z.string().nullable(),
    comment: z.string().nullable(),
    at: z.string()
  })
  .meta({ id: 'ReviewStep' })

export const StaffNoticeSummarySchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    category: CategoryIdSchema,
    departmentId: z.number().int(),
    department: z.string(),
    timeliness: TimelinessSchema,
    status: ReviewStateSchema,
    statusLabel: z.string(),
    publishedAt: CalendarDateSchema.nullable(),
    scheduledAt: z.string().nullable(),
    updatedAt: z.string(),
    /** The buttons the workbench shows: the review steps this person may take now. */
    allowedActions: z.array(ReviewActionSchema)
  })
  .meta({ id: 'StaffNoticeSummary' })
export type StaffNoticeSummary = z.infer<typeof StaffNoticeSummarySchema>

export const StaffNoticeSchema = StaffNoticeSummarySchema.extend({
  body: z.string(),
  bodyFormat: BodyFormatSchema,
  decisionDate: CalendarDateSchema.nullable(),
  renewalDate: CalendarDateSchema.nullable(),
  /** The day it must be renewed by, computed (fixed: a year, periodic: a month after publication). */
  renewalDueOn: CalendarDateSchema.nullable(),
  commentUntil: CalendarDateSchema.nullable(),
  attachments: z.array(z.object({ id: z.number().int(), name: z.string(), mimeType: z.string(), size: z.number().int(), url: z.string() })),
  history: z.array(ReviewStepSchema)
}).meta({ id: 'StaffNotice' })
export type StaffNotice = z.infer<typeof StaffNoticeSchema>

export const StaffNoticeListQuerySchema = PageQuerySchema.extend({
  status: ReviewStateSchema.optional(),
  /** true: only what waits on this person (the review queue). */
  waiting: z
    .enum(['true', 'false'], { error: 'waiting 应为 true 或 false' })
    .transform((v) => v === 'true')
    .optional()
}).meta({ id: 'StaffNoticeListQuery' })

export const StaffNoticePageSchema = pageOf(StaffNoticeSummarySchema).meta({ id: 'StaffNoticePage' })

export const BoardEntrySchema = z
  .object({
    reason: z.enum(Object.keys(BOARD_REASON_LABELS) as [BoardReason, ...BoardReason[]]),
    reasonLabel: z.string(),
    ref: z.union([z.number().int(), z.string()]),
    kind: z.enum(['content', 'hot_topic']),
    title: z.string(),
    department: z.string().nullable(),
    dueOn: CalendarDateSchema,
    daysLate: z.number().int()
  })
  .meta({ id: 'BoardEntry' })

export const TimelinessBoardSchema = z.object({ asOf: CalendarDateSchema, entries: z.array(BoardEntrySchema) }).meta({ id: 'TimelinessBoard' })
export type TimelinessBoard = z.infer<typeof TimelinessBoardSchema>

/* Contacts and reception days, edited by the disclosure office and administrators. */

const text = (what: string, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(max, { error: `${what}最多 ${max} 个字` })
const phone = z
  .string({ error: '请填写电话' })
  .trim()
  .regex(/^[0-9+\-() ]{3,30}$/, { error: '电话只能包含数字、空格和 + - ( )，例如 021-12345678' })

export const DepartmentEditBodySchema = z
  .object({
    name: text('部门名称', 50),
    /** The department key of staff accounts and cases (civil-affairs); null when none is used. */
    key: z
      .string()
      .regex(/^[a-z][a-z0-9-]{1,39}$/, { error: '科室代码只能由小写字母、数字和连字符组成，以字母开头，2 到 40 个字符' })
      .nullable()
      .default(null),
    duties: text('职责', 1000),
    phone,
    address: text('地址', 200),
    hours: text('办公时间', 100)
  })
  .meta({ id: 'DepartmentEditBody' })
export type DepartmentEditBody = z.infer<typeof DepartmentEditBodySchema>

export const StaffDepartmentSchema = DepartmentEditBodySchema.extend({ id: z.number().int() }).meta({ id: 'StaffDepartment' })
export type StaffDepartment = z.infer<typeof StaffDepartmentSchema>

export const LeaderEditBodySchema = z
  .object({ name: text('姓名', 50), post: text('职务', 50), duties: text('分工', 1000), phone })
  .meta({ id: 'LeaderEditBody' })
export type LeaderEditBody = z.infer<typeof LeaderEditBodySchema>

/** 领导接待日: `schedule` is written as the office announces it, e.g. 每月第一个星期三 上午 9:00—11:30. */
export const ReceptionBodySchema = z
  .object({
    leaderId: z.number({ error: '请选择接待领导' }).int().min(1, { error: '请选择接待领导' }),
    schedule: text('接待时间', 100),
    place: text('接待地点', 100),
    topics: text('接待内容', 500),
    sortOrder: z.number().int().min(0).max(1000).default(0)
  })
  .meta({ id: 'ReceptionBody' })
export type ReceptionBody = z.infer<typeof ReceptionBodySchema>

export const StaffReceptionSchema = ReceptionBodySchema.extend({ id: z.number().int(), leaderName: z.string() }).meta({ id: 'StaffReception' })
export type StaffReception = z.infer<typeof StaffReceptionSchema>

export const HotlineEditBodySchema = z.object({ label: text('名称', 50), phone, hours: text('服务时间', 100) }).meta({ id: 'HotlineEditBody' })
export const HotlineKeySchema = z.object({ key: z.enum(['dutyPhone', 'supervisionHotline'], { error: '只能修改值班电话或监督热线' }) })

/* Service guides (办事指南) through review: the eight disclosures (八公开). */

const lines = (what: string) =>
  z
    .array(text(what, 500), { error: `请填写${what}` })
    .min(1, { error: `请至少填写一条${what}` })
    .max(30, { error: `${what}最多 30 条` })

export const GuideDraftBodySchema = z
  .object({
    name: text('事项名称', 100),
    summary: text('简介', 200),
    topic: text('主题', 50),
    departmentId: z.number({ error: '请选择受理部门' }).int().min(1, { error: '请选择受理部门' }),
    legalBasis: lines('设定依据'),
    procedure: lines('办理流程'),
    materials: z
      .array(z.object({ name: text('材料名称', 200), copies: text('份数', 50), note: z.string().trim().max(200).nullable().default(null) }), { error: '请填写申请材料' })
      .min(1, { error: '请至少填写一项申请材料' })
      .max(50, { error: '申请材料最多 50 项' }),
    statutoryLimit: text('法定时限', 100),
    promisedLimit: text('承诺时限', 100),
    feeStandard: text('收费标准', 200),
    feeBasis: text('收费依据', 200),
    /** 办事须知: rich text (the html subset) beside the eight disclosures, cleaned by the server; may be empty. */
    body: z
      .string()
      .transform((s) => s.replace(/\r\n?/g, '\n').trim())
      .pipe(z.string().max(GUIDE_BODY_MAX, { error: `办事须知最多 ${GUIDE_BODY_MAX} 个字` }))
      .default(''),
    /** The published guide this draft revises; it stays public until the revision is published. */
    revises: z.number().int().min(1).nullable().default(null)
  })
  .meta({ id: 'GuideDraftBody' })
export type GuideDraftBody = z.infer<typeof GuideDraftBodySchema>

export const StaffGuideSchema = GuideDraftBodySchema.omit({ revises: true })
  .extend({
    id: z.number().int(),
    /** 办事须知 as stored, cleaned (the draft schema's transform has no place in an answer). */
    body: z.string(),
    /** The public guide's id once published (GET /guides/:id). */
    guideId: z.number().int().nullable(),
    department: z.string(),
    status: ReviewStateSchema,
    statusLabel: z.string(),
    scheduledAt: z.string().nullable(),
    updatedAt: z.string(),
    allowedActions: z.array(ReviewActionSchema),
    history: z.array(ReviewStepSchema)
  })
  .meta({ id: 'StaffGuide' })
export type StaffGuide = z.infer<typeof StaffGuideSchema>

export const StaffGuidePageSchema = pageOf(StaffGuideSchema.omit({ history: true })).meta({ id: 'StaffGuidePage' })
