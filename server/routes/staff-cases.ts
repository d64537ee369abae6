import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { addWorkingDays, type WorkingDayCalendar } from '@/core/calendar'
import { extensionRefusalOf, extensionRoomOfCase, policyFor } from '@/core/cases'
import { chinaDateOf } from '@/core/residents/china-time'
import { maskIdNumber, maskPhone } from '@/core/residents/identity'
import { caseTitleOf, DISCLOSURE_OUTCOMES, PETITION_OUTCOMES, StaffCaseCreateBodySchema, TrackingNoParamsSchema, UploadSchema } from '@/core/schemas/cases'
import { CASE_KIND_LABELS } from '@/core/schemas/clock'
import { ErrorBodySchema } from '@/core/schemas/common'
import { StaffCaseActionBodySchema, StaffCaseViewSchema, type CaseHandlingSettings, type StaffCaseActionBody } from '@/core/schemas/staff'
import { approvesOwnReply, composeReply, mayRegister, openFollowUpOf, permissionFor, recordedTypeOf, registeredDepartmentOf, REPLY_GAP_MESSAGES, stateAllows } from '@/core/staff'
import type { Db, Queryable } from '../db/db'
import { AppError } from '../http/errors'
import { CalendarSource } from '../repositories/calendar-repository'
import { accountsToNotify, insertEvent, insertNotification, recordStaffAudit, type StoredEvent } from '../repositories/cases-repository'
import { queueDelivery } from '../repositories/deliveries-repository'
import { findCaseHandlingSettings } from '../repositories/case-handling-settings-repository'
import { findStaffById, type StaffAccount } from '../repositories/staff-accounts-repository'
import { findStaffCase, setCaseDepartment, type StaffCaseRecord } from '../repositories/staff-cases-repository'
import { findStaffUploads, insertStaffUpload } from '../repositories/uploads-repository'
import { clockEventsOf, clockOfRecord, recorded } from '../residents/case-views'
import type { ResidentServices } from '../residents/services'
import { actorOf, assertStaffCan, requireStaff, staffOf, SYSTEM_STAFF, type StaffAuthDeps } from '../staff/auth'
import { caseStateOf, toStaffCaseView } from '../staff/case-view'
import { decryptText, encryptText } from '../secrets'
import { MULTIPART_LIMITS, readUploadedFile } from './uploads'

const NOT_FOR_CASE = '答复只能附上为本事项上传的文件，请在本事项中重新上传'

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema }

/** What the resident is told of each recorded event; notes, assignments and pending extensions are internal. */
const RESIDENT_NOTICE: Partial<Record<string, string>> = {
  accepted: '已受理',
  not_accepted: '不予受理',
  correction_requested: '需要您补正材料，请在“我的事项”中查看并补正',
  correction_received: '已收到补正材料',
  consultation_started: '正在征求有关方面意见',
  consultation_ended: '征求意见已结束',
  extended: '答复期限经批准延长',
  replied: '已答复，请查看并评价',
  reopened: '已重新办理',
  followed_up: '街道已回访',
  review_forwarded: '复查请求已转送上一级机关，请查看',
  review_answered: '已收到上一级机关的复查意见，请查看'
}

export interface StaffCaseRoutesOptions {
  db: Db
  services: ResidentServices
  calendar?: CalendarSource
  auth: StaffAuthDeps
}

/**
 * Register a case received at the window, by post or phone; look at a case; record actions on it.
 * Every route needs a staff session and the permission matrix's consent for the case; every call
 * is written to the append-only staff_audit table.
 */
export const staffCaseRoutes: FastifyPluginAsyncZod<StaffCaseRoutesOptions> = async (app, { db, services, calendar: shared, auth }) => {
  const calendar = shared ?? new CalendarSource(db)
  app.addHook('onRequest', requireStaff(auth))

  const idNumberOf = (c: StaffCaseRecord): string | undefined => (c.idNumberEnc ? decryptText(services.secrets.idEncryptionKey, c.idNumberEnc) : undefined)

  await app.register(multipart, MULTIPART_LIMITS)

  app.post(
    '/staff/cases/:trackingNo/uploads',
    {
      schema: {
        summary: '为该事项上传答复文件（multipart，字段名 file；JPG、PNG 或 PDF，不超过 10 MB；答复只能附上为本事项上传的文件）',
        tags: ['工作人员'],
        params: TrackingNoParamsSchema,
        response: { 201: UploadSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 413: ErrorBodySchema, 415: ErrorBodySchema, 429: ErrorBodySchema }
      }
    },
    async (request, reply) => {
      const staff = staffOf(request)
      const c = await findStaffCase(db, request.params.trackingNo)
      if (!c) throw new AppError(404, 'CASE_NOT_FOUND', '未找到该事项')
      assertStaffCan(staff, 'upload_reply_file', c)
      const upload = await services.uploadGate.run(actorOf(staff), async () => {
        const { upload, bytes } = await readUploadedFile(request)
        await insertStaffUpload(db, actorOf(staff), c.id, upload, bytes, services.now())
        return upload
      })
      await recordStaffAudit(db, actorOf(staff), 'upload', c.trackingNo, { id: upload.id, name: upload.name, size: upload.size })
      return reply.status(201).send(upload)
    }
  )

  app.post(
    '/staff/cases',
    { schema: { summary: '登记窗口、信件或电话收到的事项', tags: ['工作人员'], body: StaffCaseCreateBodySchema, response: { 201: StaffCaseViewSchema, ...errors } } },
    async (request, reply) => {
      const staff = staffOf(request)
      const { receivedOn, channel, residentPhone, residentName, case: body } = request.body
      if (!mayRegister(staff, body.kind)) throw new AppError(403, 'FORBIDDEN', '您不能登记这类事项')
      const asOf = chinaDateOf(services.now())
      if (receivedOn > asOf) throw new AppError(400, 'VALIDATION_FAILED', '收到日期不能晚于今天', { receivedOn: '收到日期不能晚于今天' })
      const stored: Record<string, unknown> = { ...body, residentName, contactPhoneMasked: maskPhone(residentPhone) }
      let idNumberEnc: string | null = null
      if (body.kind === 'info_request') {
        const { idNumber, ...applicant } = body.applicant
        stored.applicant = { ...applicant, idNumberMasked: maskIdNumber(idNumber), phoneMasked: maskPhone(applicant.phone) }
        idNumberEnc = encryptText(services.secrets.idEncryptionKey, idNumber)
      }
      delete stored.contactPhone
      // The receiver's department handles what they register (首问负责); cross-department staff leave it in the intake queue.
      const department = registeredDepartmentOf(staff)
      const actor = actorOf(staff)
      const trackingNo = await db.transaction(async (tx) => {
        const [{ n }] = await tx.query<{ n: number | string }>("SELECT nextval('case_tracking_numbers') AS n")
        const no = `QS-${receivedOn.slice(0, 4)}-${String(n).padStart(6, '0')}`
        const [{ id }] = await tx.query<{ id: number }>(
          `INSERT INTO cases (tracking_no, kind, phone, title, body, id_number_enc, received_on, channel, department)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9) RETURNING id`,
          [no, body.kind, residentPhone, caseTitleOf(body), JSON.stringify(stored), idNumberEnc, receivedOn, channel, department]
        )
        await insertEvent(tx, id, { type: 'received', on: receivedOn, data: { channel }, actor })
        await recordStaffAudit(tx, actor, 'register_case', no, { kind: body.kind, channel, receivedOn, recordedOn: asOf })
        return no
      })
      const c = await findStaffCase(db, trackingNo)
      if (!c) throw new Error(`case ${trackingNo} vanished after commit`)
      return reply.status(201).send(toStaffCaseView(c, staff, await calendar.current(), asOf, await findCaseHandlingSettings(db)))
    }
  )

  app.get(
    '/staff/cases/:trackingNo',
    { schema: { summary: '事项详情（含完整证件号码，查看记入审计日志）', tags: ['工作人员'], params: TrackingNoParamsSchema, response: { 200: StaffCaseViewSchema, ...errors } } },
    async (request) => {
      const staff = staffOf(request)
      const asOf = chinaDateOf(services.now())
      const c = await findStaffCase(db, request.params.trackingNo)
      if (!c) throw new AppError(404, 'CASE_NOT_FOUND', '未找到该事项')
      assertStaffCan(staff, 'view_case', c)
      await recordStaffAudit(db, actorOf(staff), c.idNumberEnc ? 'view_case_with_id_number' : 'view_case', c.trackingNo, {})
      return toStaffCaseView(c, staff, await calendar.current(), asOf, await findCaseHandlingSettings(db), idNumberOf(c))
    }
  )

  app.post(
    '/staff/cases/:trackingNo/events',
    {
      schema: {
        summary: '记录办理动作：受理、不予受理、转办、补正、征求意见、延期及审批、答复、送达、转送复查请求、复查意见、重新办理、回访、备注',
        tags: ['工作人员'],
        params: TrackingNoParamsSchema,
        body: StaffCaseActionBodySchema,
        response: { 200: StaffCaseViewSchema, ...errors, 422: ErrorBodySchema }
      }
    },
    async (request) => {
      const staff = staffOf(request)
      const now = services.now()
      const asOf = chinaDateOf(now)
      const cal = await calendar.current()
      const action = request.body
      const queued = await db.transaction(async (tx) => {
        const c = await findStaffCase(tx, request.params.trackingNo, true)
        if (!c) throw new AppError(404, 'CASE_NOT_FOUND', '未找到该事项')
        const event = decide(c, staff, action, cal, asOf, await findCaseHandlingSettings(tx))
        // A reply attaches only files uploaded for this case, never another case's (whose resident would receive them).
        if (action.type === 'reply' && (await findStaffUploads(tx, c.id, action.attachments)).length !== new Set(action.attachments).size) {
          throw new AppError(400, 'UPLOAD_NOT_FOR_CASE', NOT_FOR_CASE, { attachments: NOT_FOR_CASE })
        }
        if (action.type === 'assign' && action.handlerId !== undefined) await assertHandlerOf(tx, action.handlerId, action.department)
        await insertEvent(tx, c.id, event)
        if (action.type === 'assign') await setCaseDepartment(tx, c.id, action.department)
        await recordStaffAudit(tx, actorOf(staff), action.type, c.trackingNo, { ...action, on: event.on, recordedOn: asOf, recordedAs: event.type })
        const notice = RESIDENT_NOTICE[event.type]
        const targets = notice ? await accountsToNotify(tx, c) : []
        const text = `您的${CASE_KIND_LABELS[c.kind]}（${c.trackingNo}）${notice ?? ''}`
        for (const account of targets) {
          await insertNotification(tx, account.id, c.id, text)
          await queueDelivery(tx, { to: { accountId: account.id }, trackingNo: c.trackingNo, text, at: now })
        }
        return targets.length
      })
      // Committed with the event: the worker tells WeChat or SMS, and a provider's failure cannot reach this answer.
      if (queued > 0) services.deliveryBell.ring()
      const c = await findStaffCase(db, request.params.trackingNo)
      if (!c) throw new AppError(404, 'CASE_NOT_FOUND', '未找到该事项')
      return toStaffCaseView(c, staff, cal, asOf, await findCaseHandlingSettings(db))
    }
  )
}

/**
 * The event an action records, or why it is refused: 403 when the person's roles do not allow it on
 * this case (checked first, so a refusal says nothing of the case's state), 409 when the case's
 * state does not.
 */
function decide(
  c: StaffCaseRecord,
  staff: StaffAccount,
  action: StaffCaseActionBody,
  cal: WorkingDayCalendar,
  asOf: string,
  settings: CaseHandlingSettings
): StoredEvent {
  const on = action.on ?? asOf
  if (on > asOf) throw new AppError(400, 'VALIDATION_FAILED', '办理日期不能晚于今天', { on: '办理日期不能晚于今天' })
  if (on < c.receivedOn) throw new AppError(400, 'VALIDATION_FAILED', '办理日期不能早于收到日期', { on: '办理日期不能早于收到日期' })
  assertStaffCan(staff, permissionFor(action.type, policyFor(c.kind, c.receivedOn).flow), c)
  // An extension that cannot fit says why (the days left, or the period already over) rather than only that it is not offered.
  if (action.type === 'extend') assertExtensionFits(c, cal, on, action.days)
  // The case as it stood on the day the action happened: a completed correction received within its
  // period and recorded after the period lapsed is still the correction it was (条例 第三十条).
  const state = caseStateOf(c, clockOfRecord(c, cal, on), settings, cal, on)
  if (!stateAllows(state, action.type)) throw new AppError(409, 'ACTION_NOT_ALLOWED', (action.type === 'request_correction' && state.correctionRefusal) || refusalOf(action.type))
  if (action.type === 'approve_reply' && approvesOwnReply(actorOf(staff), state)) {
    throw new AppError(403, 'SELF_APPROVAL', '不能批准自己拟写的答复，请由另一位负责人或分管领导审批')
  }
  const base = { type: recordedTypeOf(staff, state, action.type), on, actor: actorOf(staff) }
  switch (action.type) {
    case 'not_accept':
      return { ...base, data: { reason: action.reason } }
    case 'assign':
      return { ...base, data: { department: action.department, from: c.department, ...(action.handlerId ? { handlerId: action.handlerId } : {}) } }
    case 'request_correction':
      return { ...base, data: { missing: action.missing, periodDays: action.periodDays, correctionDueOn: addWorkingDays(cal, on, action.periodDays).date } }
    case 'consultation_started': {
      const received = action.letterReceivedOn
      if (received !== undefined && (received < on || received > asOf)) {
        const message = '征求意见书送达日期应在发出之日和今天之间'
        throw new AppError(400, 'VALIDATION_FAILED', message, { letterReceivedOn: message })
      }
      return { ...base, data: { ...(action.party ? { party: action.party } : {}), ...(received ? { letterReceivedOn: received } : {}) } }
    }
    case 'extend':
      return { ...base, data: { days: action.days, reason: action.reason } }
    case 'approve_extension': {
      const request = [...c.events].reverse().find((e) => e.type === 'extension_requested')
      // Four eyes, and a named person: the approver the law names is neither the requester nor the operators' token.
      if (state.pendingExtensionBy === actorOf(staff)) throw new AppError(403, 'FORBIDDEN', '不能批准自己提出的延期申请，请由另一位负责人批准')
      if (staff.id === SYSTEM_STAFF.id) throw new AppError(403, 'FORBIDDEN', '延期须由负责人本人在工作台批准')
      assertExtensionFits(c, cal, on, Number(request?.data.days))
      return { ...base, data: { days: request?.data.days, reason: request?.data.reason, approved: true, approvedBy: staff.name, requestedBy: request?.actor } }
    }
    case 'reply':
      return { ...base, data: replyData(c, action, settings) }
    case 'approve_reply': {
      // The reply goes out as the clerk wrote it, on the day of the approval, with who approved it.
      const draft = [...c.events].reverse().find((e) => e.type === 'reply_drafted')
      return { ...base, data: { ...draft?.data, approvedBy: staff.name, draftedBy: draft?.actor } }
    }
    case 'return_reply':
      return { ...base, data: { comment: action.comment } }
    case 'follow_up': {
      const owed = openFollowUpOf(recorded(c.events), asOf)
      if (owed && on < owed.ratedOn) throw new AppError(400, 'VALIDATION_FAILED', '回访日期不能早于群众评价的日期', { on: '回访日期不能早于群众评价的日期' })
      return { ...base, data: { residentSaid: action.residentSaid, solved: action.solved, ...(action.note ? { note: action.note } : {}) } }
    }
    case 'note':
      return { ...base, data: { text: action.text } }
    case 'record_delivery': {
      const repliedOn = [...c.events].reverse().find((e) => e.type === 'replied')?.on ?? c.receivedOn
      if (on < repliedOn) throw new AppError(400, 'VALIDATION_FAILED', '送达日期不能早于答复日期', { on: '送达日期不能早于答复日期' })
      return { ...base, data: { means: action.means } }
    }
    case 'forward_review': {
      // 信访工作条例 第三十五条: the 复查 is the body one level up's; the office only sends the request on.
      const to = action.to ?? settings.reviewBody?.name
      if (!to) throw new AppError(422, 'SUPERIOR_BODY_NOT_SET', REPLY_GAP_MESSAGES.reviewBody)
      const requestedOn = [...c.events].reverse().find((e) => e.type === 'review_requested')?.on ?? c.receivedOn
      if (on < requestedOn) throw new AppError(400, 'VALIDATION_FAILED', '转送日期不能早于群众申请复查的日期', { on: '转送日期不能早于群众申请复查的日期' })
      return { ...base, data: { to } }
    }
    case 'record_review_opinion': {
      const forwarded = [...c.events].reverse().find((e) => e.type === 'review_forwarded')
      if (forwarded && on < forwarded.on) throw new AppError(400, 'VALIDATION_FAILED', '复查意见的日期不能早于转送日期', { on: '复查意见的日期不能早于转送日期' })
      return { ...base, data: { by: action.by ?? (forwarded?.data.to as string | undefined) ?? '上一级机关', text: action.text } }
    }
    default:
      return { ...base, data: {} }
  }
}

/**
 * 409 for an extension that would do nothing or revive a period: decided after the period ran out,
 * or longer than the days left of the statutory maximum (条例 第三十三条, 信访工作条例 第三十四条).
 */
function assertExtensionFits(c: StaffCaseRecord, cal: WorkingDayCalendar, on: string, days: number): void {
  const room = extensionRoomOfCase(c.kind, clockEventsOf(c.events), cal, on)
  const refusal = extensionRefusalOf(room, policyFor(c.kind, c.receivedOn), on, days)
  if (refusal) throw new AppError(409, refusal.code, refusal.message)
}

/**
 * A reply's stored data: the text as the resident receives it, with the remedies of its outcome
 * naming the office's reconsideration or 复查 body (refused with 422 while that body is not set).
 */
function replyData(c: StaffCaseRecord, action: Extract<StaffCaseActionBody, { type: 'reply' }>, settings: CaseHandlingSettings): Record<string, unknown> {
  const allowed: readonly string[] = c.kind === 'info_request' ? DISCLOSURE_OUTCOMES : PETITION_OUTCOMES
  if (!allowed.includes(action.outcome)) throw new AppError(400, 'VALIDATION_FAILED', '答复结果与事项类型不符', { outcome: '答复结果与事项类型不符' })
  if (action.holder && action.outcome !== 'unavailable_not_held') {
    throw new AppError(400, 'VALIDATION_FAILED', '只有“本机关不掌握”的答复才告知负责公开的机关', { holder: '只有“本机关不掌握”的答复才告知负责公开的机关' })
  }
  const composed = composeReply(c.kind, action, settings)
  if (!composed.ok) {
    if (composed.missing === 'legalBasis') throw new AppError(400, 'VALIDATION_FAILED', REPLY_GAP_MESSAGES.legalBasis, { legalBasis: REPLY_GAP_MESSAGES.legalBasis })
    throw new AppError(422, 'SUPERIOR_BODY_NOT_SET', REPLY_GAP_MESSAGES[composed.missing])
  }
  const data = { outcome: action.outcome, text: composed.text, writtenText: action.text, remedies: composed.remedies, attachments: action.attachments }
  if (c.kind !== 'info_request') return data
  return { ...data, legalBasis: composed.legalBasis, ...(action.holder ? { holder: action.holder } : {}) }
}

/** A named handler must be an enabled colleague of the department the case goes to. */
async function assertHandlerOf(db: Queryable, handlerId: number, department: string): Promise<void> {
  const handler = await findStaffById(db, handlerId)
  if (!handler || handler.disabled || handler.department !== department) {
    throw new AppError(400, 'VALIDATION_FAILED', '承办人须是该科室在岗的工作人员', { handlerId: '承办人须是该科室在岗的工作人员' })
  }
}

const refusalOf = (action: StaffCaseActionBody['type']): string => {
  switch (action) {
    case 'reopen':
      return '只有申请了复查、或收到复查意见的事项才能重新办理'
    case 'forward_review':
      return '该事项没有等待转送的复查请求'
    case 'record_review_opinion':
      return '该事项没有已转送、等待复查意见的复查请求'
    case 'record_delivery':
      return '该事项没有尚未记录送达的答复'
    case 'follow_up':
      return '只有评价为“不满意”且尚未回访的事项需要回访'
    case 'approve_extension':
      return '该事项没有等待审批的延期申请'
    case 'approve_reply':
    case 'return_reply':
      return '该事项没有等待审批的答复'
    case 'reply':
      return '该事项当前不能答复（已有答复在等待负责人审批，或所处阶段不能答复）'
    case 'extend':
      return '该事项当前不能延期（已有待审批的延期申请，或所处阶段不能延期）'
    default:
      return '该事项当前所处阶段不能进行这项操作'
  }
}
