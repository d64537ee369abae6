import { z } from 'zod'
import { id, text } from './primitives'
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
    title: text({ error: '请填写标题' })
      .trim()
      .min(1, { error: '请填写标题' })
      .max(NOTICE_TITLE_MAX, { error: `标题最多 ${NOTICE_TITLE_MAX} 个字` }),
    category: CategoryIdSchema.refine((c) => NOTICE_CATEGORY_IDS.includes(c), { error: '办事指南请在“办事指南”中编写，公告请选择其他类别' }),
    departmentId: id('发布部门'),
    timeliness: TimelinessSchema,
    // Line breaks are normalised before the limit applies; the raw text may have two characters (\r\n) for each.
    body: text({ error: '请填写正文' })
      .max(2 * NOTICE_BODY_MAX, { error: `正文最多 ${NOTICE_BODY_MAX} 个字` })
      .transform((s) => s.replace(/\r\n?/g, '\n').trim())
      .pipe(text().min(1, { error: '请填写正文' }).max(NOTICE_BODY_MAX, { error: `正文最多 ${NOTICE_BODY_MAX} 个字` })),
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
    comment: text().trim().max(500, { error: '意见最多 500 个字' }).optional(),
    /** publish only: a later instant (ISO 8601 with offset) to publish at. */
    publishAt: z.iso.datetime({ offset: true, error: '定时发布时间格式应为 2026-03-02T09:00:00+08:00' }).max(40, { error: '定时发布时间格式应为 2026-03-02T09:00:00+08:00' }).optional()
  })
  .meta({ id: 'NoticeReviewBody' })
export type NoticeReviewBody = z.infer<typeof NoticeReviewBodySchema>

export const ReviewStepSchema = z
  .object({
    action: text(),
    from: ReviewStateSchema.nullable(),
    to: ReviewStateSchema,
    actor: text(),
    actorName: text().nullable(),
    comment: text().nullable(),
    at: text()
  })
  .meta({ id: 'ReviewStep' })

export const StaffNoticeSummarySchema = z
  .object({
    id: z.number().int(),
    title: text(),
    category: CategoryIdSchema,
    departmentId: z.number().int(),
    department: text(),
    timeliness: TimelinessSchema,
    status: ReviewStateSchema,
    statusLabel: text(),
    publishedAt: CalendarDateSchema.nullable(),
    scheduledAt: text().nullable(),
    updatedAt: text(),
    /** The buttons the workbench shows: the review steps this person may take now. */
    allowedActions: z.array(ReviewActionSchema)
  })
  .meta({ id: 'StaffNoticeSummary' })
export type StaffNoticeSummary = z.infer<typeof StaffNoticeSummarySchema>

export const StaffNoticeSchema = StaffNoticeSummarySchema.extend({
  body: text(),
  bodyFormat: BodyFormatSchema,
  decisionDate: CalendarDateSchema.nullable(),
  renewalDate: CalendarDateSchema.nullable(),
  /** The day it must be renewed by, computed (fixed: a year, periodic: a month after publication). */
  renewalDueOn: CalendarDateSchema.nullable(),
  commentUntil: CalendarDateSchema.nullable(),
  attachments: z.array(z.object({ id: z.number().int(), name: text(), mimeType: text(), size: z.number().int(), url: text() })),
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
    reasonLabel: text(),
    ref: z.union([z.number().int(), text()]),
    kind: z.enum(['content', 'hot_topic']),
    title: text(),
    department: text().nullable(),
    dueOn: CalendarDateSchema,
    daysLate: z.number().int()
  })
  .meta({ id: 'BoardEntry' })

/** `?department=` of the timeliness board: office-wide staff may look at one department. */
export const TimelinessQuerySchema = z.object({ department: text().trim().min(1).max(50).optional() })

export const TimelinessBoardSchema = z.object({ asOf: CalendarDateSchema, entries: z.array(BoardEntrySchema) }).meta({ id: 'TimelinessBoard' })
export type TimelinessBoard = z.infer<typeof TimelinessBoardSchema>

/* Contacts and reception days, edited by the disclosure office and administrators. */

const required = (what: string, max: number) =>
  text({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(max, { error: `${what}最多 ${max} 个字` })
const phone = text({ error: '请填写电话' })
  .trim()
  .max(30, { error: '电话只能包含数字、空格和 + - ( )，例如 021-12345678' })
  .regex(/^[0-9+\-() ]{3,30}$/, { error: '电话只能包含数字、空格和 + - ( )，例如 021-12345678' })

export const DepartmentEditBodySchema = z
  .object({
    name: required('部门名称', 50),
    /** The department key of staff accounts and cases (civil-affairs); null when none is used. */
    key: text()
      .max(40, { error: '科室代码只能由小写字母、数字和连字符组成，以字母开头，2 到 40 个字符' })
      .regex(/^[a-z][a-z0-9-]{1,39}$/, { error: '科室代码只能由小写字母、数字和连字符组成，以字母开头，2 到 40 个字符' })
      .nullable()
      .default(null),
    duties: required('职责', 1000),
    phone,
    address: required('地址', 200),
    hours: required('办公时间', 100)
  })
  .meta({ id: 'DepartmentEditBody' })
export type DepartmentEditBody = z.infer<typeof DepartmentEditBodySchema>

export const StaffDepartmentSchema = DepartmentEditBodySchema.extend({ id: z.number().int() }).meta({ id: 'StaffDepartment' })
export type StaffDepartment = z.infer<typeof StaffDepartmentSchema>

export const LeaderEditBodySchema = z
  .object({ name: required('姓名', 50), post: required('职务', 50), duties: required('分工', 1000), phone })
  .meta({ id: 'LeaderEditBody' })
export type LeaderEditBody = z.infer<typeof LeaderEditBodySchema>

/** 领导接待日: `schedule` is written as the office announces it, e.g. 每月第一个星期三 上午 9:00—11:30. */
export const ReceptionBodySchema = z
  .object({
    // The form sends no leader until one is picked: say what to do, not that a number is missing.
    leaderId: id('接待领导', '请选择接待领导'),
    schedule: required('接待时间', 100),
    place: required('接待地点', 100),
    topics: required('接待内容', 500),
    sortOrder: z.number().int().min(0).max(1000).default(0)
  })
  .meta({ id: 'ReceptionBody' })
export type ReceptionBody = z.infer<typeof ReceptionBodySchema>

export const StaffReceptionSchema = ReceptionBodySchema.extend({ id: z.number().int(), leaderName: text() }).meta({ id: 'StaffReception' })
export type StaffReception = z.infer<typeof StaffReceptionSchema>

export const HotlineEditBodySchema = z.object({ label: required('名称', 50), phone, hours: required('服务时间', 100) }).meta({ id: 'HotlineEditBody' })
export const HotlineKeySchema = z.object({ key: z.enum(['dutyPhone', 'supervisionHotline'], { error: '只能修改值班电话或监督热线' }) })

/* Service guides (办事指南) through review: the eight disclosures (八公开). */

const lines = (what: string) =>
  z
    .array(required(what, 500), { error: `请填写${what}` })
    .min(1, { error: `请至少填写一条${what}` })
    .max(30, { error: `${what}最多 30 条` })

export const GuideDraftBodySchema = z
  .object({
    name: required('事项名称', 100),
    summary: required('简介', 200),
    topic: required('主题', 50),
    departmentId: id('受理部门'),
    legalBasis: lines('设定依据'),
    procedure: lines('办理流程'),
    materials: z
      .array(z.object({ name: required('材料名称', 200), copies: required('份数', 50), note: text().trim().max(200).nullable().default(null) }), { error: '请填写申请材料' })
      .min(1, { error: '请至少填写一项申请材料' })
      .max(50, { error: '申请材料最多 50 项' }),
    statutoryLimit: required('法定时限', 100),
    promisedLimit: required('承诺时限', 100),
    feeStandard: required('收费标准', 200),
    feeBasis: required('收费依据', 200),
    /** 办事须知: rich text (the html subset) beside the eight disclosures, cleaned by the server; may be empty. */
    body: text()
      .max(2 * GUIDE_BODY_MAX, { error: `办事须知最多 ${GUIDE_BODY_MAX} 个字` })
      .transform((s) => s.replace(/\r\n?/g, '\n').trim())
      .pipe(text().max(GUIDE_BODY_MAX, { error: `办事须知最多 ${GUIDE_BODY_MAX} 个字` }))
      .default(''),
    /** The published guide this draft revises; it stays public until the revision is published. */
    revises: id('所修订的办事指南').nullable().default(null)
  })
  .meta({ id: 'GuideDraftBody' })
export type GuideDraftBody = z.infer<typeof GuideDraftBodySchema>

export const StaffGuideSchema = GuideDraftBodySchema.omit({ revises: true })
  .extend({
    id: z.number().int(),
    /** 办事须知 as stored, cleaned (the draft schema's transform has no place in an answer). */
    body: text(),
    /** The public guide's id once published (GET /guides/:id). */
    guideId: z.number().int().nullable(),
    department: text(),
    status: ReviewStateSchema,
    statusLabel: text(),
    scheduledAt: text().nullable(),
    updatedAt: text(),
    allowedActions: z.array(ReviewActionSchema),
    history: z.array(ReviewStepSchema)
  })
  .meta({ id: 'StaffGuide' })
export type StaffGuide = z.infer<typeof StaffGuideSchema>

export const StaffGuidePageSchema = pageOf(StaffGuideSchema.omit({ history: true })).meta({ id: 'StaffGuidePage' })
