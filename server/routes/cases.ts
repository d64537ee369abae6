import { createHash } from 'node:crypto'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { WorkingDayCalendar } from '@/core/calendar'
import { chinaDateOf } from '@/core/residents/china-time'
import { canCompleteCorrection, canRate, canRequestReview, canWithdraw, residentStatusOf } from '@/core/residents/case-status'
import { maskIdNumber, maskPhone } from '@/core/residents/identity'
import { CASE_KIND_LABELS } from '@/core/schemas/clock'
import {
  CaseCreateBodySchema,
  CaseCreatedSchema,
  CaseDetailSchema,
  CaseSummaryPageSchema,
  caseTitleOf,
  CorrectionBodySchema,
  IdempotencyHeadersSchema,
  RatingBodySchema,
  ReviewBodySchema,
  TrackingNoParamsSchema,
  WithdrawBodySchema,
  type CaseCreateBody
} from '@/core/schemas/cases'
import { ErrorBodySchema, PageQuerySchema } from '@/core/schemas/common'
import type { Db, Queryable } from '../db/db'
import { AppError } from '../http/errors'
import { findCaseHandlingSettings } from '../repositories/case-handling-settings-repository'
import type { Account } from '../repositories/accounts-repository'
import { consentInForce, findConsents } from '../repositories/accounts-repository'
import { CalendarSource } from '../repositories/calendar-repository'
import {
  createCaseOnce,
  findResidentCase,
  IdempotencyKeyReusedError,
  insertEvent,
  listResidentCases,
  type CaseRecord,
  type StoredEvent
} from '../repositories/cases-repository'
import { findOwnUploads, findUploads } from '../repositories/uploads-repository'
import { attachmentIdsOf, clockOfRecord, recorded, toCaseDetail, toCaseSummary } from '../residents/case-views'
import { PRIVACY_NOTICE_CURRENT } from '../residents/privacy-notice'
import type { ResidentServices } from '../residents/services'
import { requireResident, residentSession } from '../residents/session'
import { encryptText } from '../secrets'

const errors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
  422: ErrorBodySchema
}
const CASE_NOT_FOUND = '未找到该事项，请核对事项编号'
const notFound = () => new AppError(404, 'CASE_NOT_FOUND', CASE_NOT_FOUND)

export interface CaseRoutesOptions {
  db: Db
  services: ResidentServices
  calendar?: CalendarSource
}

/**
 * Residents' cases: submit (idempotent), list their own, follow one, withdraw, complete a correction,
 * rate the reply and ask for review. Another resident's tracking number answers 404, never 403, so
 * that tracking numbers cannot be probed.
 */
export const caseRoutes: FastifyPluginAsyncZod<CaseRoutesOptions> = async (app, { db, services, calendar: shared }) => {
  const calendar = shared ?? new CalendarSource(db)
  // Every route here is a resident's own: no body is read before the session is checked.
  app.addHook('onRequest', residentSession(db, services.now))

  app.post(
    '/cases',
    {
      schema: {
        summary: '提交投诉、举报、求助、意见建议或政府信息公开申请（请求头 Idempotency-Key，重发沿用同一个）',
        tags: ['事项'],
        headers: IdempotencyHeadersSchema,
        body: CaseCreateBodySchema,
        response: { 201: CaseCreatedSchema, ...errors }
      }
    },
    async (request, reply) => {
      const now = services.now()
      const account = await requireResident(db, request, now)
      const body = request.body
      if (body.kind === 'info_request') await requireConsent(db, account.id)
      const own = await findOwnUploads(db, account.id, body.attachments)
      if (own.length !== new Set(body.attachments).size) {
        throw new AppError(400, 'UPLOAD_NOT_FOUND', '有附件没有找到，请重新上传', { attachments: '有附件没有找到，请重新上传' })
      }
      const receivedOn = chinaDateOf(now)
      const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('hex')
      let result: { trackingNo: string; created: boolean }
      try {
        result = await db.transaction((tx) =>
          createCaseOnce(tx, {
            accountId: account.id,
            idempotencyKey: request.headers['idempotency-key'],
            requestHash,
            kind: body.kind,
            phone: body.kind === 'info_request' ? body.applicant.phone : (body.contactPhone ?? account.phone),
            title: caseTitleOf(body),
            ...storedBody(body, services.secrets.idEncryptionKey),
            receivedOn,
            notificationPrefix: `您的${CASE_KIND_LABELS[body.kind]}已提交，事项编号 `,
            submittedAt: now
          })
        )
      } catch (error) {
        if (error instanceof IdempotencyKeyReusedError) {
          throw new AppError(409, 'IDEMPOTENCY_KEY_REUSED', '这个提交编号已用于另一份内容，请刷新后重新提交')
        }
        throw error
      }
      // A new case is answered from what was just written; a repeat reads the first case back.
      const c = result.created ? justReceived(result.trackingNo, body, receivedOn, account.id) : await findResidentCase(db, account, result.trackingNo)
      if (!c) throw new Error(`case ${result.trackingNo} vanished after commit`)
      // Committed with its delivery: the worker tells WeChat or SMS, and a provider's failure cannot reach this answer.
      if (result.created) services.deliveryBell.ring()
      const summary = toCaseSummary(c, await calendar.current(), chinaDateOf(now))
      reply.header('cache-control', 'no-store')
      return reply.status(201).send({ trackingNo: c.trackingNo, kind: c.kind, status: summary.status, receivedOn: c.receivedOn, clock: summary.clock })
    }
  )

  app.get(
    '/cases/mine',
    {
      schema: {
        summary: '我的事项（最新的在前）',
        tags: ['事项'],
        querystring: PageQuerySchema,
        response: { 200: CaseSummaryPageSchema, ...errors }
      }
    },
    async (request, reply) => {
      const now = services.now()
      const account = await requireResident(db, request, now)
      const { page, pageSize } = request.query
      const { items, total } = await listResidentCases(db, account, page, pageSize)
      const cal = await calendar.current()
      reply.header('cache-control', 'no-store')
      return { items: items.map((c) => toCaseSummary(c, cal, chinaDateOf(now))), total, page, pageSize }
    }
  )

  app.get(
    '/cases/:trackingNo',
    {
      schema: {
        summary: '事项详情：状态、法定期限和办理经过',
        tags: ['事项'],
        params: TrackingNoParamsSchema,
        response: { 200: CaseDetailSchema, ...errors }
      }
    },
    async (request, reply) => {
      const now = services.now()
      const account = await requireResident(db, request, now)
      const c = await findResidentCase(db, account, request.params.trackingNo)
      if (!c) throw notFound()
      reply.header('cache-control', 'no-store')
      return detailOf(db, c, calendar, now)
    }
  )

  /** A resident's action on their case: checked and recorded under a row lock, then the case as it now stands. */
  const act = <B>(
    path: string,
    summary: string,
    bodySchema: z.ZodType<B>,
    decide: (c: CaseRecord, body: B, context: ActionContext) => Promise<StoredEvent> | StoredEvent
  ) =>
    app.post(
      `/cases/:trackingNo/${path}`,
      { schema: { summary, tags: ['事项'], params: TrackingNoParamsSchema, body: bodySchema, response: { 200: CaseDetailSchema, ...errors } } },
      async (request, reply) => {
        const now = services.now()
        const account = await requireResident(db, request, now)
        const asOf = chinaDateOf(now)
        // Loaded before the transaction: on PGlite any query on `db` inside it would wait forever.
        const cal = await calendar.current()
        await db.transaction(async (tx) => {
          const c = await findResidentCase(tx, account, request.params.trackingNo, true)
          if (!c) throw notFound()
          // A phone's outbox may resend an action it got no answer to: the same action as the last event
          // is answered again rather than refused or recorded twice.
          const last = c.events[c.events.length - 1]
          const event = isRepeat(last, request.body as object, path) ? undefined : await decide(c, request.body as B, { asOf, account, tx, cal })
          if (event) await insertEvent(tx, c.id, event)
        })
        const c = await findResidentCase(db, account, request.params.trackingNo)
        if (!c) throw notFound()
        reply.header('cache-control', 'no-store')
        return detailOf(db, c, calendar, now)
      }
    )

  const statusOf = (c: CaseRecord, { cal, asOf }: ActionContext) => residentStatusOf(recorded(c.events), clockOfRecord(c, cal, asOf)).status

  act(
    'withdraw',
    '撤回事项',
    WithdrawBodySchema,
    (c, body, context) => {
      if (!canWithdraw(statusOf(c, context))) throw new AppError(409, 'ACTION_NOT_ALLOWED', '该事项已办结或已撤回，不能再撤回')
      return { type: 'withdrawn', on: context.asOf, data: body.reason ? { reason: body.reason } : {}, actor: 'resident' }
    }
  )

  act(
    'correction',
    '提交补正材料（补正后答复期限重新计算）',
    CorrectionBodySchema,
    async (c, body, context) => {
      if (!canCompleteCorrection(statusOf(c, context))) throw new AppError(409, 'ACTION_NOT_ALLOWED', '该事项目前不需要补正')
      const own = await findOwnUploads(context.tx, context.account.id, body.attachments)
      if (own.length !== new Set(body.attachments).size) {
        throw new AppError(400, 'UPLOAD_NOT_FOUND', '有附件没有找到，请重新上传', { attachments: '有附件没有找到，请重新上传' })
      }
      return { type: 'correction_received', on: context.asOf, data: { content: body.content, attachments: body.attachments }, actor: 'resident' }
    }
  )

  act(
    'rating',
    '评价答复：满意、基本满意、一般、不满意、不了解',
    RatingBodySchema,
    (c, body, { asOf }) => {
      if (!canRate(recorded(c.events))) throw new AppError(409, 'ACTION_NOT_ALLOWED', '该事项还没有答复，或已经评价过')
      return { type: 'rated', on: asOf, data: body.comment ? { rating: body.rating, comment: body.comment } : { rating: body.rating }, actor: 'resident' }
    }
  )

  act(
    'review',
    '申请复查（收到答复之日起 30 日内；街道转送上一级机关复查）',
    ReviewBodySchema,
    (c, body, { asOf, cal }) => {
      if (!canRequestReview(c.kind, recorded(c.events), asOf, cal)) {
        throw new AppError(
          409,
          'ACTION_NOT_ALLOWED',
          c.kind === 'info_request'
            ? '政府信息公开申请不适用复查；对答复不服的，可以依法申请行政复议或者提起行政诉讼'
            : '只能在收到答复之日起 30 日内申请复查，每次答复一次'
        )
      }
      return { type: 'review_requested', on: asOf, data: { reason: body.reason }, actor: 'resident' }
    }
  )
}

interface ActionContext {
  asOf: string
  account: Account
  tx: Queryable
  cal: WorkingDayCalendar
}

const EVENT_OF_ACTION: Record<string, string> = { withdraw: 'withdrawn', correction: 'correction_received', rating: 'rated', review: 'review_requested' }

/** True when the case's last event is this very action by the resident, with the same content. */
function isRepeat(last: StoredEvent | undefined, body: object, path: string): boolean {
  if (!last || last.actor !== 'resident' || last.type !== EVENT_OF_ACTION[path]) return false
  const sent = Object.entries(body).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
  const stored = Object.entries(last.data).filter(([, v]) => !(Array.isArray(v) && v.length === 0))
  return JSON.stringify(Object.fromEntries(sent.sort())) === JSON.stringify(Object.fromEntries(stored.sort()))
}

async function detailOf(db: Queryable, c: CaseRecord, calendar: CalendarSource, now: Date) {
  return toCaseDetail(c, await calendar.current(), chinaDateOf(now), await findUploads(db, attachmentIdsOf(c)), (await findCaseHandlingSettings(db)).reviewBody?.name)
}

function justReceived(trackingNo: string, body: CaseCreateBody, receivedOn: string, accountId: number): CaseRecord {
  return {
    id: 0,
    trackingNo,
    kind: body.kind,
    accountId,
    phone: null,
    title: caseTitleOf(body),
    body: {},
    idNumberEnc: null,
    receivedOn,
    channel: 'online',
    events: [{ type: 'received', on: receivedOn, data: {}, actor: 'resident' }]
  }
}

async function requireConsent(db: Queryable, accountId: number): Promise<void> {
  const consents = await findConsents(db, accountId)
  if (!consentInForce(consents, PRIVACY_NOTICE_CURRENT.notice, PRIVACY_NOTICE_CURRENT.version)) {
    throw new AppError(422, 'CONSENT_REQUIRED', '提交身份证件号码前，请先阅读并同意个人信息保护说明')
  }
}

/** The body as stored: the identity number encrypted apart, masked copies for display. */
function storedBody(body: CaseCreateBody, key: Buffer): { body: Record<string, unknown>; idNumberEnc: string | null } {
  const { contactPhone, ...rest } = body
  const stored: Record<string, unknown> = { ...rest }
  if (contactPhone) stored.contactPhoneMasked = maskPhone(contactPhone)
  if (body.kind !== 'info_request') return { body: stored, idNumberEnc: null }
  const { idNumber, phone, ...applicant } = body.applicant
  stored.applicant = { ...applicant, idNumberMasked: maskIdNumber(idNumber), phoneMasked: maskPhone(phone) }
  return { body: stored, idNumberEnc: encryptText(key, idNumber) }
}
