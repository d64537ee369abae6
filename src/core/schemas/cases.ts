import { z } from 'zod'
import { text } from './primitives'
import { isMobilePhone, isValidIdCardNumber } from '../residents/identity'
import { CalendarDateSchema, pageOf } from './common'
import { CaseKindSchema, ClockSchema, ClockStatusSchema, DeadlineUnitSchema } from './clock'

/**
 * What residents send and what they see of their cases. The app's forms validate with these very
 * schemas; the server validates again with them. 政府信息公开申请 is `info_request`.
 */

export const TITLE_MAX = 50
export const CONTENT_MAX = 2000
/** 第二十九条 asks for a description "specific enough to find it": a few words are not. */
export const DESCRIPTION_MIN = 10
export const ATTACHMENTS_MAX = 9
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024

export const MobilePhoneSchema = text({ error: '请填写手机号码' })
  .trim()
  .max(20, { error: '手机号码应为 11 位数字，以 1 开头，例如 13812345678' })
  .refine(isMobilePhone, { error: '手机号码应为 11 位数字，以 1 开头，例如 13812345678' })
  .meta({ id: 'MobilePhone', example: '13812345678' })

/** An upload's id as `POST /uploads` returned it. */
export const UploadIdSchema = text({ error: '附件编号不正确' })
  .max(32, { error: '附件编号不正确，请重新上传' })
  .regex(/^[0-9a-f]{32}$/, { error: '附件编号不正确，请重新上传' })

export const CaseLocationSchema = z
  .object({
    latitude: z.number({ error: '纬度必须是数字' }).min(-90, { error: '纬度应在 -90 到 90 之间' }).max(90, { error: '纬度应在 -90 到 90 之间' }),
    longitude: z
      .number({ error: '经度必须是数字' })
      .min(-180, { error: '经度应在 -180 到 180 之间' })
      .max(180, { error: '经度应在 -180 到 180 之间' }),
    address: text().trim().max(200, { error: '地址最多 200 个字' }).optional()
  })
  .meta({ id: 'CaseLocation' })
export type CaseLocation = z.infer<typeof CaseLocationSchema>

const title = text({ error: '请填写标题' })
  .trim()
  .min(1, { error: '请填写标题' })
  .max(TITLE_MAX, { error: `标题最多 ${TITLE_MAX} 个字` })

const content = text({ error: '请填写具体内容' })
  .trim()
  .min(1, { error: '请填写具体内容' })
  .max(CONTENT_MAX, { error: `内容最多 ${CONTENT_MAX} 个字，请精简后再提交` })

const common = {
  department: text().trim().max(50, { error: '部门名称最多 50 个字' }).optional(),
  topic: text().trim().max(50, { error: '主题最多 50 个字' }).optional(),
  location: CaseLocationSchema.optional(),
  attachments: z
    .array(UploadIdSchema, { error: '附件应为列表' })
    .max(ATTACHMENTS_MAX, { error: `最多上传 ${ATTACHMENTS_MAX} 个附件（照片或 PDF 文件）` })
    .default([]),
  contactPhone: MobilePhoneSchema.optional(),
  /** Whether the reply may be published, anonymised. */
  publishReply: z.boolean({ error: '请选择答复能否公开' }).default(false)
}

export const ApplicantTypeSchema = z.enum(['citizen', 'organisation'], { error: '申请人类型应为公民或法人/其他组织' })
/** The columns of the yearly disclosure report's table (domain.md §7). */
export const OrganisationKindSchema = z.enum(['commercial', 'research', 'social_welfare', 'legal_service', 'other'], {
  error: '组织类型应为商业企业、科研机构、社会公益组织、法律服务机构或其他'
})
export const ID_TYPES = ['id_card', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent_residence', 'social_credit_code', 'other'] as const
export const IdTypeSchema = z.enum(ID_TYPES, { error: '请选择证件类型' })
export type IdType = z.infer<typeof IdTypeSchema>

export const ID_TYPE_LABELS: Record<IdType, string> = {
  id_card: '居民身份证',
  passport: '护照',
  hk_macao_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  foreign_permanent_residence: '外国人永久居留身份证',
  social_credit_code: '统一社会信用代码',
  other: '其他证件'
}

const personName = (what: string) =>
  text({ error: `请填写${what}` }).trim().min(1, { error: `请填写${what}` }).max(50, { error: `${what}最多 50 个字` })

/** The applicant of an information request (政府信息公开条例 第二十九条). */
export const ApplicantSchema = z
  .object({
    type: ApplicantTypeSchema.default('citizen'),
    organisationKind: OrganisationKindSchema.optional(),
    name: personName('申请人姓名或组织名称'),
    idType: IdTypeSchema,
    idNumber: text({ error: '请填写证件号码' }).trim().min(1, { error: '请填写证件号码' }).max(30, { error: '证件号码最多 30 个字符' }),
    phone: MobilePhoneSchema,
    address: text().trim().max(200, { error: '地址最多 200 个字' }).optional(),
    email: z.email({ error: '电子邮箱格式不正确，例如 name@example.com' }).max(100, { error: '电子邮箱最多 100 个字符' }).optional(),
    legalRepresentative: personName('法定代表人姓名').optional(),
    contactPerson: personName('联系人姓名').optional()
  })
  .superRefine((a, ctx) => {
    if (a.idType === 'id_card' && !isValidIdCardNumber(a.idNumber)) {
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '身份证号码不正确，请核对 18 位号码（最后一位可能是 X）' })
    }
    if (a.type === 'organisation') {
      if (!a.organisationKind) ctx.addIssue({ code: 'custom', path: ['organisationKind'], message: '请选择组织类型' })
      if (!a.legalRepresentative) ctx.addIssue({ code: 'custom', path: ['legalRepresentative'], message: '请填写法定代表人姓名' })
      if (!a.contactPerson) ctx.addIssue({ code: 'custom', path: ['contactPerson'], message: '请填写联系人姓名' })
    }
  })
  .meta({ id: 'Applicant' })
export type Applicant = z.infer<typeof ApplicantSchema>

export const ProvisionFormatSchema = z.enum(['paper', 'electronic'], { error: '请选择提供形式：纸质或电子' })
export const DeliverySchema = z.enum(['pickup', 'post', 'email', 'online'], { error: '请选择获取方式：自行领取、邮寄、电子邮件或网上获取' })

const petitionBody = <K extends 'complaint' | 'report' | 'help' | 'suggestion'>(kind: K) =>
  z.object({ kind: z.literal(kind), title, content, ...common })

export const InfoRequestBodySchema = z
  .object({
    kind: z.literal('info_request'),
    /** Derived from the description when left out. */
    title: title.optional(),
    /** The description of the information sought. */
    content: text({ error: '请描述所需信息' })
      .trim()
      .min(DESCRIPTION_MIN, { error: `请具体描述所需的政府信息（至少 ${DESCRIPTION_MIN} 个字），例如文件名称、文号或大致时间` })
      .max(CONTENT_MAX, { error: `内容最多 ${CONTENT_MAX} 个字，请精简后再提交` }),
    ...common,
    applicant: ApplicantSchema,
    format: ProvisionFormatSchema,
    delivery: DeliverySchema
  })
  .superRefine((b, ctx) => {
    if (b.delivery === 'email' && !b.applicant.email) {
      ctx.addIssue({ code: 'custom', path: ['applicant', 'email'], message: '选择电子邮件获取时，请填写电子邮箱' })
    }
    if (b.delivery === 'post' && !b.applicant.address) {
      ctx.addIssue({ code: 'custom', path: ['applicant', 'address'], message: '选择邮寄时，请填写邮寄地址' })
    }
  })

export const CaseCreateBodySchema = z
  .discriminatedUnion(
    'kind',
    [petitionBody('complaint'), petitionBody('report'), petitionBody('help'), petitionBody('suggestion'), InfoRequestBodySchema],
    { error: '请选择事项类型：投诉、举报、求助、意见建议或政府信息公开申请' }
  )
  .meta({ id: 'CaseCreateBody' })
export type CaseCreateBody = z.infer<typeof CaseCreateBodySchema>
export type CaseCreateInput = z.input<typeof CaseCreateBodySchema>

/**
 * The title a case is listed under: its own, or for an information request without one the start of
 * its description.
 * @example caseTitleOf({ kind: 'info_request', content: '2025年老旧小区改造计划及资金安排', … }) // '申请公开：2025年老旧小区改造计划及资金安排'
 */
export function caseTitleOf(body: CaseCreateBody): string {
  if (body.title) return body.title
  const start = body.content.replace(/\s+/g, ' ')
  return `申请公开：${start.length > 30 ? `${start.slice(0, 30)}…` : start}`
}

/**
 * What a resident sees of where a case stands. Each says who it waits on: never a vague 处理中 when
 * the office or the resident owes the next step (see residentStatusOf).
 */
export const RESIDENT_STATUSES = [
  'awaiting_acceptance',
  'in_progress',
  'awaiting_third_party',
  'awaiting_your_correction',
  'replied',
  'not_accepted',
  'withdrawn',
  'closed_without_correction',
  'under_review'
] as const
export const ResidentStatusSchema = z.enum(RESIDENT_STATUSES).meta({ id: 'ResidentStatus' })
export type ResidentStatus = z.infer<typeof ResidentStatusSchema>
export const WaitingOnSchema = z.enum(['office', 'resident', 'third_party', 'nobody'])
export type WaitingOn = z.infer<typeof WaitingOnSchema>

export const RatingSchema = z.enum(['satisfied', 'basically_satisfied', 'average', 'dissatisfied', 'unknown'], {
  error: '请选择评价：满意、基本满意、一般、不满意或不了解'
})
export type Rating = z.infer<typeof RatingSchema>
export const RATING_LABELS: Record<Rating, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  average: '一般',
  dissatisfied: '不满意',
  unknown: '不了解'
}

/**
 * The statutory outcomes of a reply. Information requests: the leaves of the yearly report's table
 * (政府信息公开条例 第三十六条; domain.md §7). 信访 matters: 信访工作条例 第三十二条 (支持、解释说明、不予支持).
 */
export const DISCLOSURE_OUTCOMES = [
  'disclosed',
  'partly_disclosed',
  'withheld_state_secret',
  'withheld_prohibited_by_law',
  'withheld_three_safeties',
  'withheld_third_party_rights',
  'withheld_internal_affairs',
  'withheld_process_information',
  'withheld_enforcement_file',
  'withheld_inquiry_matter',
  'unavailable_not_held',
  'unavailable_needs_creating',
  'unavailable_still_unclear',
  'not_handled_petition',
  'not_handled_repeated',
  'not_handled_publication',
  'not_handled_mass_requests',
  'not_handled_confirmation',
  'other_no_correction',
  'other_fee_unpaid',
  'other'
] as const
export const PETITION_OUTCOMES = ['supported', 'explained', 'not_supported'] as const
export const ReplyOutcomeSchema = z.enum([...DISCLOSURE_OUTCOMES, ...PETITION_OUTCOMES], { error: '请选择答复结果' })
export type ReplyOutcome = z.infer<typeof ReplyOutcomeSchema>

export const REPLY_OUTCOME_LABELS: Record<ReplyOutcome, string> = {
  disclosed: '予以公开',
  partly_disclosed: '部分公开',
  withheld_state_secret: '不予公开（属于国家秘密）',
  withheld_prohibited_by_law: '不予公开（其他法律行政法规禁止公开）',
  withheld_three_safeties: '不予公开（危及“三安全一稳定”）',
  withheld_third_party_rights: '不予公开（保护第三方合法权益）',
  withheld_internal_affairs: '不予公开（属于三类内部事务信息）',
  withheld_process_information: '不予公开（属于四类过程性信息）',
  withheld_enforcement_file: '不予公开（属于行政执法案卷）',
  withheld_inquiry_matter: '不予公开（属于行政查询事项）',
  unavailable_not_held: '无法提供（本机关不掌握相关政府信息）',
  unavailable_needs_creating: '无法提供（没有现成信息需要另行制作）',
  unavailable_still_unclear: '无法提供（补正后申请内容仍不明确）',
  not_handled_petition: '不予处理（信访举报投诉类申请）',
  not_handled_repeated: '不予处理（重复申请）',
  not_handled_publication: '不予处理（要求提供公开出版物）',
  not_handled_mass_requests: '不予处理（无正当理由大量反复申请）',
  not_handled_confirmation: '不予处理（要求确认或重新出具已获取信息）',
  other_no_correction: '其他处理（逾期不补正，不再处理）',
  other_fee_unpaid: '其他处理（逾期未缴纳费用，不再处理）',
  other: '其他处理',
  supported: '予以支持',
  explained: '解释说明',
  not_supported: '不予支持'
}

/** Events a resident's timeline shows; staff notes are never among them. */
export const TimelineEntrySchema = z
  .object({
    type: z.enum([
      'received',
      'accepted',
      'not_accepted',
      'correction_requested',
      'correction_received',
      'consultation_started',
      'consultation_ended',
      'extended',
      'replied',
      'withdrawn',
      'rated',
      'reply_delivered',
      'review_requested',
      'review_forwarded',
      'review_answered',
      'reopened',
      'followed_up'
    ]),
    on: CalendarDateSchema,
    /** One plain sentence: 已受理 / 需要您补正以下材料 … */
    label: text(),
    reason: text().optional(),
    /** 一次性告知: everything missing, listed once. */
    missing: z.array(text()).optional(),
    correctionDueOn: CalendarDateSchema.optional(),
    days: z.number().int().optional(),
    outcome: ReplyOutcomeSchema.optional(),
    text: text().optional(),
    attachments: z.array(z.object({ id: text(), name: text(), contentType: text(), size: z.number().int() })).optional(),
    rating: RatingSchema.optional(),
    /** The body a 复查 went to, or whose 复查 opinion this is (信访工作条例 第三十五条). */
    body: text().optional()
  })
  .meta({ id: 'TimelineEntry' })
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>

export const CaseCreatedSchema = z
  .object({
    trackingNo: text(),
    kind: CaseKindSchema,
    status: ResidentStatusSchema,
    receivedOn: CalendarDateSchema,
    clock: ClockSchema
  })
  .meta({ id: 'CaseCreated' })
export type CaseCreated = z.infer<typeof CaseCreatedSchema>

export const CaseSummarySchema = CaseCreatedSchema.extend({
  title: text(),
  statusLabel: text(),
  waitingOn: WaitingOnSchema
}).meta({ id: 'CaseSummary' })
export type CaseSummary = z.infer<typeof CaseSummarySchema>

export const CaseSummaryPageSchema = pageOf(CaseSummarySchema).meta({ id: 'CaseSummaryPage' })

/** The applicant as the resident sees it: identity number and phone masked. */
export const MaskedApplicantSchema = z.object({
  type: ApplicantTypeSchema,
  organisationKind: OrganisationKindSchema.optional(),
  name: text(),
  idType: IdTypeSchema,
  idNumberMasked: text(),
  phoneMasked: text(),
  address: text().optional(),
  email: text().optional(),
  legalRepresentative: text().optional(),
  contactPerson: text().optional()
})

/**
 * The clock of a 复查 (信访工作条例 第三十五条), computed from the request, the day the office forwarded
 * it to the body one level up, and that body's opinion.
 */
export const ReviewClockSchema = z
  .object({
    requestedOn: text(),
    forwardedOn: text(),
    /** The body one level up that decides the 复查. */
    forwardedTo: text(),
    /** The body whose 复查 opinion was received, once one was. */
    answeredBy: text().optional(),
    dueDate: text(),
    unit: z.literal('days'),
    /** Calendar days left (negative once overdue), or the margin on the day the review was answered. */
    remaining: z.number().int(),
    status: ClockStatusSchema.exclude(['closed']),
    provisional: z.boolean(),
    citation: text(),
    explanation: z.array(text())
  })
  .meta({ id: 'ReviewClock' })
export type ReviewClock = z.infer<typeof ReviewClockSchema>

/**
 * The clock of a follow-up (回访) after a 不满意 rating: the office's own promise (服务承诺), not a
 * statutory period (src/core/staff/follow-up.ts), counted from the day of the rating.
 */
export const FollowUpClockSchema = z
  .object({
    label: text(),
    basis: text(),
    ratedOn: CalendarDateSchema,
    dueDate: CalendarDateSchema,
    unit: DeadlineUnitSchema,
    /** Left in `unit` (negative once overdue), or the margin on the day of the call. */
    remaining: z.number().int(),
    status: ClockStatusSchema.exclude(['closed']),
    provisional: z.boolean(),
    /** The day the office called back; null while the follow-up is owed. */
    followedUpOn: CalendarDateSchema.nullable()
  })
  .meta({ id: 'FollowUpClock' })
export type FollowUpClock = z.infer<typeof FollowUpClockSchema>

export const CaseDetailSchema = CaseSummarySchema.extend({
  content: text(),
  department: text().optional(),
  topic: text().optional(),
  location: CaseLocationSchema.optional(),
  attachments: z.array(z.object({ id: text(), name: text(), contentType: text(), size: z.number().int() })),
  contactPhoneMasked: text().optional(),
  publishReply: z.boolean(),
  applicant: MaskedApplicantSchema.optional(),
  format: ProvisionFormatSchema.optional(),
  delivery: DeliverySchema.optional(),
  /** The law the clock follows, quoted. */
  citation: text(),
  timeline: z.array(TimelineEntrySchema),
  canWithdraw: z.boolean(),
  canRate: z.boolean(),
  canRequestReview: z.boolean(),
  /** The last day to ask for 复查 (inclusive), 30 days from receipt of the reply; present while it may be asked for. */
  reviewDeadline: CalendarDateSchema.optional(),
  /** The body one level up a 复查 goes to (an office setting), named before the resident asks. */
  reviewBody: text().optional(),
  /** False after a 满意 or 基本满意 rating: the page then keeps the 复查 offer folded (core suggestsReview). */
  suggestsReview: z.boolean(),
  canCompleteCorrection: z.boolean(),
  /** Present once a 复查 was asked for: its own due date beside the original clock. */
  review: ReviewClockSchema.optional(),
  /** Present after a 不满意 rating: when the office promised to call back, and whether it has. */
  followUp: FollowUpClockSchema.optional()
}).meta({ id: 'CaseDetail' })
export type CaseDetail = z.infer<typeof CaseDetailSchema>

export const TrackingNoParamsSchema = z.object({
  trackingNo: text()
    .max(30, { error: '事项编号格式不正确，例如 QS-2026-000123' })
    .regex(/^[A-Z]{2}-\d{4}-\d{6,}$/, { error: '事项编号格式不正确，例如 QS-2026-000123' })
})

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/
export const IdempotencyHeadersSchema = z.object({
  'idempotency-key': text({ error: '缺少 Idempotency-Key 请求头：请为每次提交生成一个编号，重发时沿用' })
    .max(100, { error: 'Idempotency-Key 应为 8 到 100 个字母、数字、下划线或连字符' })
    .regex(IDEMPOTENCY_KEY_PATTERN, { error: 'Idempotency-Key 应为 8 到 100 个字母、数字、下划线或连字符' })
})

export const RatingBodySchema = z
  .object({
    rating: RatingSchema,
    comment: text().trim().max(500, { error: '评价内容最多 500 个字' }).optional()
  })
  .meta({ id: 'RatingBody' })
export const ReviewBodySchema = z
  .object({ reason: text({ error: '请写明申请复查的理由' }).trim().min(1, { error: '请写明申请复查的理由' }).max(CONTENT_MAX, { error: `理由最多 ${CONTENT_MAX} 个字` }) })
  .meta({ id: 'ReviewBody' })
export const WithdrawBodySchema = z
  .object({ reason: text().trim().max(500, { error: '撤回理由最多 500 个字' }).optional() })
  .meta({ id: 'WithdrawBody' })
export const CorrectionBodySchema = z
  .object({
    content: text({ error: '请填写补正内容' }).trim().min(1, { error: '请填写补正内容' }).max(CONTENT_MAX, { error: `补正内容最多 ${CONTENT_MAX} 个字` }),
    attachments: common.attachments
  })
  .meta({ id: 'CorrectionBody' })

export const UploadSchema = z
  .object({ id: text(), name: text(), contentType: z.enum(['image/jpeg', 'image/png', 'application/pdf']), size: z.number().int() })
  .meta({ id: 'Upload' })
export type Upload = z.infer<typeof UploadSchema>

const eventDay = { on: CalendarDateSchema.optional().meta({ description: 'the day it happened; today (China time) when left out' }) }
const reason = text({ error: '请填写理由' }).trim().min(1, { error: '请填写理由' }).max(CONTENT_MAX, { error: `理由最多 ${CONTENT_MAX} 个字` })

/**
 * An action of staff on a case (the interim staff API; the workbench of issue 5 builds on it). Each
 * becomes a recorded event; the clock follows from the events.
 */
export const StaffCaseEventBodySchema = z
  .discriminatedUnion(
    'type',
    [
      z.object({ type: z.literal('accept'), ...eventDay }),
      z.object({ type: z.literal('not_accept'), ...eventDay, reason }),
      z.object({
        type: z.literal('request_correction'),
        ...eventDay,
        missing: z
          .array(text().trim().min(1, { error: '请填写需补正的内容' }).max(200), { error: '请列出需要补正的全部内容' })
          .min(1, { error: '请列出需要补正的全部内容（一次性告知）' })
          .max(20),
        periodDays: z.number({ error: '补正期限必须是数字' }).int().min(1, { error: '补正期限至少 1 个工作日' }).max(60).default(15)
      }),
      z.object({ type: z.literal('correction_received'), ...eventDay }),
      z.object({
        type: z.literal('consultation_started'),
        ...eventDay,
        party: text().trim().max(100).optional(),
        /** The day the third party received the letter (签收); its 15 working days run from it (条例 第三十二条), else from the day it was sent (`on`). */
        letterReceivedOn: CalendarDateSchema.optional()
      }),
      z.object({ type: z.literal('consultation_ended'), ...eventDay }),
      z.object({ type: z.literal('extend'), ...eventDay, days: z.number({ error: '延长天数必须是数字' }).int().min(1, { error: '延长天数至少为 1' }).max(60), reason }),
      z.object({
        type: z.literal('reply'),
        ...eventDay,
        outcome: ReplyOutcomeSchema,
        text: text({ error: '请填写答复内容' }).trim().min(1, { error: '请填写答复内容' }).max(10000, { error: '答复内容最多 10000 个字' }),
        /** Files of the reply, uploaded for this case (POST /staff/cases/:trackingNo/uploads), e.g. the disclosed documents. */
        attachments: common.attachments
      }),
      z.object({ type: z.literal('reopen'), ...eventDay }),
      /** 回访: what the resident said when called back, whether the problem is now solved, and a note. */
      z.object({
        type: z.literal('follow_up'),
        ...eventDay,
        residentSaid: text({ error: '请填写群众的意见' })
          .trim()
          .min(1, { error: '请填写群众的意见' })
          .max(CONTENT_MAX, { error: `群众的意见最多 ${CONTENT_MAX} 个字` }),
        solved: z.boolean({ error: '请选择问题是否已经解决' }),
        note: text().trim().max(CONTENT_MAX, { error: `备注最多 ${CONTENT_MAX} 个字` }).optional()
      }),
      z.object({ type: z.literal('note'), ...eventDay, text: text().trim().min(1, { error: '请填写备注' }).max(CONTENT_MAX) })
    ],
    { error: '未知的办理动作' }
  )
  .meta({ id: 'StaffCaseEventBody' })
export type StaffCaseEventBody = z.infer<typeof StaffCaseEventBodySchema>

export const CHANNELS = ['online', 'window', 'post', 'phone', 'other'] as const
export const ChannelSchema = z.enum(CHANNELS, { error: '来源应为网上、窗口、信件、电话或其他' })

/**
 * A case staff register for a resident who came to the window, wrote or phoned: the resident's body,
 * the real day of receipt and the phone the case belongs to (it appears in that resident's list once
 * they verify the number).
 */
export const StaffCaseCreateBodySchema = z
  .object({
    receivedOn: CalendarDateSchema,
    channel: ChannelSchema,
    residentPhone: MobilePhoneSchema,
    residentName: text().trim().min(1, { error: '请填写来访人姓名' }).max(50),
    case: CaseCreateBodySchema
  })
  .meta({ id: 'StaffCaseCreateBody' })
export type StaffCaseCreateBody = z.infer<typeof StaffCaseCreateBodySchema>

/** A case as the interim staff API answers it: every event, the clock, the actions allowed now. */
export const StaffCaseSchema = z
  .object({
    trackingNo: text(),
    kind: CaseKindSchema,
    title: text(),
    channel: text(),
    phone: text().nullable(),
    receivedOn: CalendarDateSchema,
    status: ResidentStatusSchema,
    clock: ClockSchema,
    body: z.record(text(), z.unknown()),
    /** Unmasked for the staff handling the case; each view is written to the audit log. */
    applicantIdNumber: text().optional(),
    events: z.array(z.object({ type: text(), on: CalendarDateSchema, data: z.record(text(), z.unknown()), actor: text() })),
    allowedEvents: z.array(text())
  })
  .meta({ id: 'StaffCase' })
export type StaffCase = z.infer<typeof StaffCaseSchema>
