import { createHash, timingSafeEqual } from 'node:crypto'
import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { addWorkingDays, type WorkingDayCalendar } from '@/core/calendar'
import { allowedEvents, nextStep, policyFor } from '@/core/cases'
import { residentStatusOf } from '@/core/residents/case-status'
import { chinaDateOf } from '@/core/residents/china-time'
import { maskIdNumber, maskPhone } from '@/core/residents/identity'
import {
  caseTitleOf,
  DISCLOSURE_OUTCOMES,
  PETITION_OUTCOMES,
  StaffCaseCreateBodySchema,
  StaffCaseEventBodySchema,
  StaffCaseSchema,
  TrackingNoParamsSchema,
  UploadSchema,
  type StaffCase,
  type StaffCaseEventBody
} from '@/core/schemas/cases'
import { CASE_KIND_LABELS, type CaseEventType } from '@/core/schemas/clock'
import { ErrorBodySchema } from '@/core/schemas/common'
import type { Db } from '../db/db'
import { AppError } from '../http/errors'
import { CalendarSource } from '../repositories/calendar-repository'
import {
  accountsToNotify,
  findCase,
  insertEvent,
  insertNotification,
  recordStaffAudit,
  type CaseRecord,
  type StoredEvent
} from '../repositories/cases-repository'
import { findStaffUploads, insertStaffUpload } from '../repositories/uploads-repository'
import { clockOfRecord, recorded } from '../residents/case-views'
import type { ResidentServices } from '../residents/services'
import { bearerToken } from '../residents/session'
import { MULTIPART_LIMITS, readUploadedFile } from './uploads'
import { decryptText, encryptText } from '../secrets'

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema }
const ACTOR = 'staff:admin-token'

/** The stored event of each staff action; `reply` is `replied` as the clock names it. */
const STORED_TYPE: Record<StaffCaseEventBody['type'], string> = {
  accept: 'accepted',
  not_accept: 'not_accepted',
  request_correction: 'correction_requested',
  correction_received: 'correction_received',
  consultation_started: 'consultation_started',
  consultation_ended: 'consultation_ended',
  extend: 'extended',
  reply: 'replied',
  reopen: 'reopened',
  follow_up: 'followed_up',
  note: 'note'
}
const CLOCK_ACTIONS = new Set(['accepted', 'not_accepted', 'correction_requested', 'correction_received', 'consultation_started', 'consultation_ended', 'extended', 'replied'])

/** What the resident is told of each action; notes and follow-up tasks are internal. */
const RESIDENT_NOTICE: Partial<Record<string, string>> = {
  accepted: '已受理',
  not_accepted: '不予受理',
  correction_requested: '需要您补正材料，请在“我的事项”中查看并补正',
  correction_received: '已收到补正材料',
  consultation_started: '正在征求有关方面意见',
  consultation_ended: '征求意见已结束',
  extended: '答复期限经批准延长',
  replied: '已答复，请查看并评价',
  reopened: '已重新办理'
}

/**
 * The interim staff API (until the workbench of issue 5): register a case received at the window,
 * look at a case, and record actions on it. Guarded by the admin token of DATA_DIR/secrets.json; every
 * call is written to the append-only staff_audit table.
 */
export const staffCaseRoutes: FastifyPluginAsyncZod<{ db: Db; services: ResidentServices; calendar?: CalendarSource }> = async (
  app,
  { db, services, calendar: shared }
) => {
  const calendar = shared ?? new CalendarSource(db)
  const expected = createHash('sha256').update(services.secrets.staffToken).digest()
  app.addHook('onRequest', async (request) => {
    const token = bearerToken(request)
    if (!token || !timingSafeEqual(createHash('sha256').update(token).digest(), expected)) {
      throw new AppError(401, 'UNAUTHORIZED', '需要工作人员凭证')
    }
  })

  const view = (c: CaseRecord, cal: WorkingDayCalendar, asOf: string): StaffCase => {
    const clock = clockOfRecord(c, cal, asOf)
    const { status } = residentStatusOf(recorded(c.events), clock)
    const flow = policyFor(c.kind, c.receivedOn).flow
    return {
      trackingNo: c.trackingNo,
      kind: c.kind,
      title: c.title,
      channel: c.channel,
      phone: c.phone,
      receivedOn: c.receivedOn,
      status,
      clock,
      body: c.body,
      applicantIdNumber: c.idNumberEnc ? decryptText(services.secrets.idEncryptionKey, c.idNumberEnc) : undefined,
      events: c.events,
      allowedEvents: allowedEvents(flow, clock.step)
    }
  }

  await app.register(multipart, MULTIPART_LIMITS)

  app.post(
    '/staff/uploads',
    {
      schema: {
        summary: '上传答复文件（multipart，字段名 file；JPG、PNG 或 PDF，不超过 10 MB）',
        tags: ['工作人员'],
        response: { 201: UploadSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 413: ErrorBodySchema, 415: ErrorBodySchema }
      }
    },
    async (request, reply) => {
      const { upload, bytes } = await readUploadedFile(request)
      await insertStaffUpload(db, ACTOR, upload, bytes)
      await recordStaffAudit(db, ACTOR, 'upload', null, { id: upload.id, name: upload.name, size: upload.size })
      return reply.status(201).send(upload)
    }
  )

  app.post(
    '/staff/cases',
    { schema: { summary: '登记窗口、信件或电话收到的事项', tags: ['工作人员'], body: StaffCaseCreateBodySchema, response: { 201: StaffCaseSchema, ...errors } } },
    async (request, reply) => {
      const now = services.now()
      const asOf = chinaDateOf(now)
      const { receivedOn, channel, residentPhone, residentName, case: body } = request.body
      if (receivedOn > asOf) throw new AppError(400, 'VALIDATION_FAILED', '收到日期不能晚于今天', { receivedOn: '收到日期不能晚于今天' })
      const stored: Record<string, unknown> = { ...body, residentName, contactPhoneMasked: maskPhone(residentPhone) }
      let idNumberEnc: string | null = null
      if (body.kind === 'info_request') {
        const { idNumber, ...applicant } = body.applicant
        stored.applicant = { ...applicant, idNumberMasked: maskIdNumber(idNumber), phoneMasked: maskPhone(applicant.phone) }
        idNumberEnc = encryptText(services.secrets.idEncryptionKey, idNumber)
      }
      delete stored.contactPhone
      const trackingNo = await db.transaction(async (tx) => {
        const [{ n }] = await tx.query<{ n: number | string }>("SELECT nextval('case_tracking_numbers') AS n")
        const no = `QS-${receivedOn.slice(0, 4)}-${String(n).padStart(6, '0')}`
        const [{ id }] = await tx.query<{ id: number }>(
          `INSERT INTO cases (tracking_no, kind, phone, title, body, id_number_enc, received_on, channel)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8) RETURNING id`,
          [no, body.kind, residentPhone, caseTitleOf(body), JSON.stringify(stored), idNumberEnc, receivedOn, channel]
        )
        await insertEvent(tx, id, { type: 'received', on: receivedOn, data: { channel }, actor: ACTOR })
        await recordStaffAudit(tx, ACTOR, 'register_case', no, { kind: body.kind, channel, receivedOn, recordedOn: asOf })
        return no
      })
      const c = await findCase(db, trackingNo)
      if (!c) throw new Error(`case ${trackingNo} vanished after commit`)
      return reply.status(201).send(view(c, await calendar.current(), asOf))
    }
  )

  app.get(
    '/staff/cases/:trackingNo',
    { schema: { summary: '事项详情（含完整证件号码，查看记入审计日志）', tags: ['工作人员'], params: TrackingNoParamsSchema, response: { 200: StaffCaseSchema, ...errors } } },
    async (request) => {
      const asOf = chinaDateOf(services.now())
      const c = await findCase(db, request.params.trackingNo)
      if (!c) throw new AppError(404, 'CASE_NOT_FOUND', '未找到该事项')
      await recordStaffAudit(db, ACTOR, c.idNumberEnc ? 'view_case_with_id_number' : 'view_case', c.trackingNo, {})
      return view(c, await calendar.current(), asOf)
    }
  )

  app.post(
    '/staff/cases/:trackingNo/events',
    {
      schema: {
        summary: '记录办理动作：受理、不予受理、补正、征求意见、延期、答复、重新办理、回访、备注',
        tags: ['工作人员'],
        params: TrackingNoParamsSchema,
        body: StaffCaseEventBodySchema,
        response: { 200: StaffCaseSchema, ...errors }
      }
    },
    async (request) => {
      const now = services.now()
      const asOf = chinaDateOf(now)
      const cal = await calendar.current()
      const action = request.body
      if (action.type === 'reply' && (await findStaffUploads(db, action.attachments)).length !== new Set(action.attachments).size) {
        throw new AppError(400, 'UPLOAD_NOT_FOUND', '有答复文件没有找到，请重新上传', { attachments: '有答复文件没有找到，请重新上传' })
      }
      const stored = await db.transaction(async (tx) => {
        const c = await findCase(tx, request.params.trackingNo, true)
        if (!c) throw new AppError(404, 'CASE_NOT_FOUND', '未找到该事项')
        const event = decide(c, action, cal, asOf)
        await insertEvent(tx, c.id, event)
        await recordStaffAudit(tx, ACTOR, action.type, c.trackingNo, { ...action, on: event.on, recordedOn: asOf })
        const notice = RESIDENT_NOTICE[event.type]
        const targets = notice ? await accountsToNotify(tx, c) : []
        const text = `您的${CASE_KIND_LABELS[c.kind]}（${c.trackingNo}）${notice ?? ''}`
        for (const account of targets) await insertNotification(tx, account.id, c.id, text)
        return { targets, text }
      })
      for (const account of stored.targets) {
        await services.notify.send({
          to: { phone: account.phone ?? undefined, openid: account.openid ?? undefined },
          trackingNo: request.params.trackingNo,
          text: stored.text,
          at: now.toISOString()
        })
      }
      const c = await findCase(db, request.params.trackingNo)
      if (!c) throw new AppError(404, 'CASE_NOT_FOUND', '未找到该事项')
      return view(c, cal, asOf)
    }
  )
}

/** The event an action records, or the reason it is refused in the case's present state. */
function decide(c: CaseRecord, action: StaffCaseEventBody, cal: WorkingDayCalendar, asOf: string): StoredEvent {
  const on = action.on ?? asOf
  if (on > asOf) throw new AppError(400, 'VALIDATION_FAILED', '办理日期不能晚于今天', { on: '办理日期不能晚于今天' })
  if (on < c.receivedOn) throw new AppError(400, 'VALIDATION_FAILED', '办理日期不能早于收到日期', { on: '办理日期不能早于收到日期' })
  const type = STORED_TYPE[action.type]
  const events = recorded(c.events)
  const clock = clockOfRecord(c, cal, asOf)
  const lastOf = (t: string) => events.map((e) => e.type).lastIndexOf(t)
  const reopened = lastOf('reopened') > lastOf('replied')
  if (CLOCK_ACTIONS.has(type) && !(type === 'replied' && reopened)) {
    const flow = policyFor(c.kind, c.receivedOn).flow
    if (!nextStep(flow, clock.step, type as CaseEventType)) throw new AppError(409, 'ACTION_NOT_ALLOWED', '该事项当前所处阶段不能进行这项操作')
  }
  const base = { type, on, actor: ACTOR }
  switch (action.type) {
    case 'not_accept':
      return { ...base, data: { reason: action.reason } }
    case 'request_correction':
      return { ...base, data: { missing: action.missing, periodDays: action.periodDays, correctionDueOn: addWorkingDays(cal, on, action.periodDays).date } }
    case 'consultation_started':
      return { ...base, data: action.party ? { party: action.party } : {} }
    case 'extend':
      return { ...base, data: { days: action.days, reason: action.reason, approved: true, approvedBy: ACTOR } }
    case 'reply': {
      const allowed: readonly string[] = c.kind === 'info_request' ? DISCLOSURE_OUTCOMES : PETITION_OUTCOMES
      if (!allowed.includes(action.outcome)) throw new AppError(400, 'VALIDATION_FAILED', '答复结果与事项类型不符', { outcome: '答复结果与事项类型不符' })
      return { ...base, data: { outcome: action.outcome, text: action.text, attachments: action.attachments } }
    }
    case 'reopen':
      if (lastOf('review_requested') < lastOf('replied') || lastOf('review_requested') < 0 || reopened) {
        throw new AppError(409, 'ACTION_NOT_ALLOWED', '只有申请复查的事项才能重新办理')
      }
      return { ...base, data: {} }
    case 'follow_up': {
      const lastRating = [...events].reverse().find((e) => e.type === 'rated')
      if (lastRating?.rating !== 'dissatisfied') throw new AppError(409, 'ACTION_NOT_ALLOWED', '只有评价为“不满意”的事项需要回访')
      return { ...base, data: action.text ? { text: action.text } : {} }
    }
    case 'note':
      return { ...base, data: { text: action.text } }
    default:
      return { ...base, data: {} }
  }
}

