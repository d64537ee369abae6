import { z } from 'zod'
import { id, idFromText, text } from './primitives'
import { CASE_ACTIONS } from '../staff/case-actions'
import { REMINDER_LEVELS, REMINDER_SUBJECTS } from '../staff/supervision'
import { unknownPlaceholders } from '../staff/templates'
import { ChannelSchema, CONTENT_MAX, ReplyOutcomeSchema, ResidentStatusSchema, StaffCaseEventBodySchema, StaffCaseSchema, TrackingNoParamsSchema } from './cases'
import { CASE_KINDS, CaseKindSchema, ClockSchema } from './clock'
import { CalendarDateSchema, PageQuerySchema, pageOf } from './common'

/**
 * Staff of the sub-district office and what they may do. A person may hold several roles
 * (a section head who also answers disclosure requests holds `head` and `disclosure`).
 */
export const STAFF_ROLES = ['clerk', 'head', 'disclosure', 'disclosure_head', 'leader', 'admin'] as const
export const StaffRoleSchema = z.enum(STAFF_ROLES, { error: '角色只能是 clerk、head、disclosure、disclosure_head、leader 或 admin' })
export type StaffRole = z.infer<typeof StaffRoleSchema>

/** The words on screen for each role. */
export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  clerk: '经办人',
  head: '科室负责人',
  disclosure: '政务公开工作人员',
  disclosure_head: '政务公开工作机构负责人',
  leader: '分管领导',
  admin: '系统管理员'
}

/** A department key: lower-case letters, digits and hyphens (`civil-affairs`). */
export const DepartmentKeySchema = text({ error: '请填写科室' })
  .max(40, { error: '科室代码只能由小写字母、数字和连字符组成，以字母开头，2 到 40 个字符' })
  .regex(/^[a-z][a-z0-9-]{1,39}$/, { error: '科室代码只能由小写字母、数字和连字符组成，以字母开头，2 到 40 个字符' })

export const StaffPhoneSchema = text({ error: '请填写手机号' }).max(11, { error: '请填写 11 位手机号' }).regex(/^1\d{10}$/, { error: '请填写 11 位手机号' })

/** At least 10 characters: staff passwords guard residents' identity numbers. */
export const StaffPasswordSchema = text({ error: '请填写密码' })
  .min(10, { error: '密码至少 10 个字符' })
  .max(200, { error: '密码最多 200 个字符' })

export const StaffLoginBodySchema = z.object({ phone: StaffPhoneSchema, password: text({ error: '请填写密码' }).min(1, { error: '请填写密码' }).max(200) }).meta({ id: 'StaffLoginBody' })
export type StaffLoginBody = z.infer<typeof StaffLoginBodySchema>

export const StaffSessionSchema = z.object({ token: text(), expiresAt: text() }).meta({ id: 'StaffSession' })
export type StaffSession = z.infer<typeof StaffSessionSchema>

/** A staff member as their colleagues and they themselves see them. */
export const StaffMemberSchema = z
  .object({
    id: z.number().int(),
    name: text(),
    phone: text(),
    roles: z.array(StaffRoleSchema),
    department: text().nullable(),
    disabled: z.boolean()
  })
  .meta({ id: 'StaffMember' })
export type StaffMember = z.infer<typeof StaffMemberSchema>

/** GET /staff/me: who is signed in and which actions the permission matrix grants them anywhere. */
export const StaffMeSchema = StaffMemberSchema.extend({ actions: z.array(text()) }).meta({ id: 'StaffMe' })
export type StaffMe = z.infer<typeof StaffMeSchema>

const rolesList = z
  .array(StaffRoleSchema, { error: '请选择角色' })
  .min(1, { error: '至少选择一个角色' })
  .max(STAFF_ROLES.length, { error: '角色不能重复' })
  .refine((roles) => new Set(roles).size === roles.length, { error: '角色不能重复' })

export const StaffCreateBodySchema = z
  .object({
    name: text({ error: '请填写姓名' }).trim().min(1, { error: '请填写姓名' }).max(40, { error: '姓名最多 40 个字' }),
    phone: StaffPhoneSchema,
    roles: rolesList,
    department: DepartmentKeySchema.nullable().default(null),
    password: StaffPasswordSchema
  })
  .refine((s) => s.department !== null || !s.roles.some((r) => r === 'clerk' || r === 'head'), {
    error: '经办人和科室负责人必须属于一个科室',
    path: ['department']
  })
  .meta({ id: 'StaffCreateBody' })
export type StaffCreateBody = z.infer<typeof StaffCreateBodySchema>

export const StaffPasswordBodySchema = z.object({ password: StaffPasswordSchema }).meta({ id: 'StaffPasswordBody' })
export const StaffIdParamsSchema = z.object({ id: idFromText('工作人员编号') })

/** One line of the append-only audit log. */
export const StaffAuditEntrySchema = z
  .object({ id: z.number().int(), actor: text(), actorName: text().nullable(), action: text(), trackingNo: text().nullable(), detail: z.record(text(), z.unknown()), at: text() })
  .meta({ id: 'StaffAuditEntry' })
export type StaffAuditEntry = z.infer<typeof StaffAuditEntrySchema>

/**
 * A body the office names in its replies (src/core/staff/reply.ts): the reconsideration body, the
 * body one level up that decides a 复查, or the body that holds information the office does not.
 */
export const NamedBodySchema = z
  .object({
    name: text({ error: '请填写机关名称' }).trim().min(2, { error: '请填写机关的全称，例如“某市某区人民政府”' }).max(60, { error: '机关名称最多 60 个字' }),
    contact: text()
      .trim()
      .max(200, { error: '联系方式最多 200 个字' })
      .optional()
      .meta({ description: 'address and phone, as the resident should read them' })
  })
  .meta({ id: 'NamedBody' })

const [accept, notAccept, requestCorrection, correctionReceived, consultationStarted, consultationEnded, extend, reply, reopen, followUp, note] = StaffCaseEventBodySchema.options
const eventDay = { on: CalendarDateSchema.optional().meta({ description: 'the day it happened; today (China time) when left out' }) }

/**
 * An action of staff on a case (POST /staff/cases/:trackingNo/events). Besides the events of the
 * interim API: `assign` gives the case to a department (the first receiver stays on record, 首问负责),
 * `approve_extension` approves a clerk's pending extension, and a reply to an information request
 * carries its legal basis (the outcome's article when left out); the remedies follow from the outcome
 * and the office's settings, never typed.
 */
export const StaffCaseActionBodySchema = z
  .discriminatedUnion(
    'type',
    [
      accept,
      notAccept,
      z.object({
        type: z.literal('assign'),
        ...eventDay,
        department: DepartmentKeySchema,
        handlerId: id('经办人编号').optional().meta({ description: 'the staff member who handles it, when named' })
      }),
      requestCorrection,
      correctionReceived,
      consultationStarted,
      consultationEnded,
      extend,
      z.object({ type: z.literal('approve_extension'), ...eventDay }),
      z.object({ type: z.literal('approve_reply'), ...eventDay }),
      z.object({
        type: z.literal('return_reply'),
        ...eventDay,
        comment: text({ error: '请写明退回的理由' }).trim().min(1, { error: '请写明退回的理由' }).max(500, { error: '退回理由最多 500 个字' })
      }),
      reply.extend({
        legalBasis: text().trim().max(500, { error: '法律依据最多 500 个字' }).optional(),
        /** 无法提供 because another body holds it: that body and how to reach it (政府信息公开条例 第三十六条第（五）项). */
        holder: NamedBodySchema.optional()
      }),
      /** A reply handed over at the window or posted: the day the resident received it (信访工作条例 第三十五条: 收到书面答复之日). */
      z.object({
        type: z.literal('record_delivery'),
        ...eventDay,
        means: z.enum(['in_person', 'post'], { error: '请选择送达方式：当面交付或邮寄' })
      }),
      /** The resident's 复查 request sent on to the body one level up (第三十五条); `to` defaults to the office's 复查 body. */
      z.object({
        type: z.literal('forward_review'),
        ...eventDay,
        to: NamedBodySchema.shape.name.optional()
      }),
      /** The 复查 opinion the body one level up sent back, as that body's answer; `by` defaults to the body it was forwarded to. */
      z.object({
        type: z.literal('record_review_opinion'),
        ...eventDay,
        by: NamedBodySchema.shape.name.optional(),
        text: text({ error: '请填写复查意见的内容' }).trim().min(1, { error: '请填写复查意见的内容' }).max(CONTENT_MAX, { error: `复查意见最多 ${CONTENT_MAX} 个字` })
      }),
      reopen,
      followUp,
      note
    ],
    { error: '未知的办理动作' }
  )
  .meta({ id: 'StaffCaseActionBody' })
export type StaffCaseActionBody = z.infer<typeof StaffCaseActionBodySchema>

/** The queue's sense of time: past the due date, within DUE_SOON_WORKING_DAYS, or comfortably before. */
export const QueueDueSchema = z.enum(['overdue', 'due_soon', 'on_track'], { error: '期限筛选只能是 overdue、due_soon 或 on_track' })
export type QueueDue = z.infer<typeof QueueDueSchema>

/** A case as the workbench shows it: the interim view plus department, first receiver and actions. */
export const StaffCaseViewSchema = StaffCaseSchema.extend({
  department: text().nullable(),
  /** Who first received it (首问负责): the actor of the receipt, kept whoever handles it later. */
  firstReceiver: text(),
  /** Names of the staff among the events' actors (`staff:12` → 王芳); `system` and `resident` have none. */
  actorNames: z.record(text(), text()).optional(),
  pendingExtension: z.boolean(),
  /** Days an extension may still add, in the clock's unit (条例 第三十三条: 20 working days in all; 信访工作条例 第三十四条: 30 days). */
  extensionDaysLeft: z.number().int(),
  /** Who asked for the extension that waits for approval (an actor such as `staff:12`): they may not approve it themselves. */
  pendingExtensionBy: text().nullable(),
  /** A clerk's reply waits for a head's approval (the last `reply_drafted` event holds it). */
  pendingReply: z.boolean(),
  /** Whether a reply this person gives goes out at once, or waits for a head's approval (office setting). */
  replyTakesEffect: z.boolean(),
  /** What this person may do now (state and roles both allow). */
  actions: z.array(z.enum(CASE_ACTIONS)),
  /** The bodies a reply names (office settings), so the reply form shows the remedies it will carry. */
  replyBodies: z.object({ reconsiderationBody: NamedBodySchema.nullable(), reviewBody: NamedBodySchema.nullable() })
}).meta({ id: 'StaffCaseView' })
export type StaffCaseView = z.infer<typeof StaffCaseViewSchema>

/** GET /staff/cases: the queue of the cases the person may see, filtered. */
export const StaffQueueQuerySchema = PageQuerySchema.extend({
  kind: CaseKindSchema.optional(),
  status: ResidentStatusSchema.optional(),
  department: DepartmentKeySchema.optional(),
  channel: ChannelSchema.optional(),
  due: QueueDueSchema.optional()
})
export type StaffQueueQuery = z.infer<typeof StaffQueueQuerySchema>

export const StaffQueueItemSchema = z
  .object({
    trackingNo: text(),
    kind: CaseKindSchema,
    title: text(),
    channel: text(),
    receivedOn: CalendarDateSchema,
    department: text().nullable(),
    status: ResidentStatusSchema,
    clock: ClockSchema.pick({ step: true, dueDate: true, unit: true, remaining: true, status: true, paused: true, provisional: true }),
    due: QueueDueSchema.nullable(),
    /** The highest supervision level reached (督办): handler, head or leader; null when none. */
    escalation: z.enum(REMINDER_LEVELS).nullable(),
    pendingExtension: z.boolean(),
    pendingReply: z.boolean()
  })
  .meta({ id: 'StaffQueueItem' })
export type StaffQueueItem = z.infer<typeof StaffQueueItemSchema>

/** The queue page, sorted by due date (soonest first, nothing due last), with counts per status of the whole filter. */
export const StaffQueueSchema = pageOf(StaffQueueItemSchema)
  .extend({ counts: z.record(text(), z.number().int()) })
  .meta({ id: 'StaffQueue' })
export type StaffQueue = z.infer<typeof StaffQueueSchema>

/** Who acted, as the log writes it: a staff member (`staff:12`) or the system (scheduled publishing). */
export const AuditActorSchema = text().max(20, { error: '操作人应为某位工作人员或“系统”' }).regex(/^(staff:[1-9]\d{0,8}|system)$/, { error: '操作人应为某位工作人员或“系统”' })

/**
 * GET /staff/audit: one case's log (whoever may see the case), or everything (administrators), narrowed
 * by who acted, what they did and the China-time days between `from` and `to` (both included).
 */
export const StaffAuditQuerySchema = PageQuerySchema.extend({
  trackingNo: TrackingNoParamsSchema.shape.trackingNo.optional(),
  actor: AuditActorSchema.optional(),
  action: text()
    .max(60, { error: '操作类型只能由小写字母和下划线组成' })
    .regex(/^[a-z][a-z_]{1,59}$/, { error: '操作类型只能由小写字母和下划线组成' })
    .optional()
    .meta({ description: 'the action as logged, e.g. reply, notice_publish, add_staff' }),
  from: CalendarDateSchema.optional().meta({ description: 'first day (China time) of the entries' }),
  to: CalendarDateSchema.optional().meta({ description: 'last day (China time) of the entries' })
})
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: '开始日期不能晚于结束日期', path: ['to'] })
  .meta({ id: 'StaffAuditQuery' })
export type StaffAuditQuery = z.infer<typeof StaffAuditQuerySchema>
export const StaffAuditPageSchema = pageOf(StaffAuditEntrySchema).meta({ id: 'StaffAuditPage' })

export const ReminderSchema = z
  .object({
    /** A reply's legal deadline, or the promised date of a follow-up (回访). */
    subject: z.enum(REMINDER_SUBJECTS),
    trackingNo: text(),
    department: text().nullable(),
    level: z.enum(REMINDER_LEVELS),
    dueDate: CalendarDateSchema,
    text: text(),
    recipients: z.number().int()
  })
  .meta({ id: 'Reminder' })
/** POST /staff/reminders/run: the reminders sent now (those sent before are not sent again). */
export const ReminderRunSchema = z.object({ asOf: CalendarDateSchema, sent: z.array(ReminderSchema) }).meta({ id: 'ReminderRun' })
export type ReminderRun = z.infer<typeof ReminderRunSchema>

export const ReplyTemplateSchema = z
  .object({
    kind: CaseKindSchema,
    outcome: ReplyOutcomeSchema,
    body: text(),
    /** Null for a template the office starts with and nobody has edited. */
    updatedBy: text().nullable(),
    updatedAt: text().nullable()
  })
  .meta({ id: 'ReplyTemplate' })
export type ReplyTemplate = z.infer<typeof ReplyTemplateSchema>

export const ReplyTemplateParamsSchema = z.object({ kind: CaseKindSchema, outcome: ReplyOutcomeSchema })
export const ReplyTemplateBodySchema = z
  .object({
    body: text({ error: '请填写模板内容' })
      .trim()
      .min(1, { error: '请填写模板内容' })
      .max(5000, { error: '模板最多 5000 个字' })
      .refine((body) => unknownPlaceholders(body).length === 0, { error: '模板中有不认识的占位符，可用的有：{申请人}{事项编号}{事项标题}{收到日期}{答复日期}{答复结果}' })
  })
  .meta({ id: 'ReplyTemplateBody' })

/**
 * The office's own settings (admin): which kinds of case need a head's approval before a clerk's
 * reply goes out (none unless the office decides so; heads and leaders reply directly either way),
 * and the bodies every reply names: the administrative reconsideration body (行政复议法 第二十四条:
 * for a 街道办事处, its 区人民政府) and the body one level up that decides a 复查 (信访工作条例
 * 第三十五条). Null until an administrator sets them; replies are refused meanwhile.
 */
export const CaseHandlingSettingsSchema = z
  .object({
    replyApproval: z.object({ kinds: z.array(CaseKindSchema) }),
    reconsiderationBody: NamedBodySchema.nullable(),
    reviewBody: NamedBodySchema.nullable()
  })
  .meta({ id: 'CaseHandlingSettings' })
export type CaseHandlingSettings = z.infer<typeof CaseHandlingSettingsSchema>

export const ReplyApprovalBodySchema = z
  .object({
    kinds: z
      .array(CaseKindSchema, { error: '请选择事项类型' })
      .max(CASE_KINDS.length, { error: '事项类型不能重复' })
      .refine((kinds) => new Set(kinds).size === kinds.length, { error: '事项类型不能重复' })
  })
  .meta({ id: 'ReplyApprovalBody' })
export type ReplyApprovalBody = z.infer<typeof ReplyApprovalBodySchema>

export const SuperiorBodiesBodySchema = z
  .object({ reconsiderationBody: NamedBodySchema, reviewBody: NamedBodySchema })
  .meta({ id: 'SuperiorBodiesBody' })
export type SuperiorBodiesBody = z.infer<typeof SuperiorBodiesBodySchema>

