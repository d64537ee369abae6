import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { maskPhone } from '@/core/residents/identity'
import {
  ConsentBodySchema,
  ConsentParamsSchema,
  ConsentSchema,
  MeSchema,
  MyDataExportSchema,
  NotificationPageSchema,
  NotificationsReadBodySchema,
  PrivacyNoticeSchema
} from '@/core/schemas/auth'
import { ErrorBodySchema, PageQuerySchema } from '@/core/schemas/common'
import type { Db } from '../db/db'
import { AppError } from '../http/errors'
import { closeAccount, consentInForce, findConsents, recordConsent, withdrawConsent } from '../repositories/accounts-repository'
import { countNotifications, listNotifications, markNotificationsRead } from '../repositories/notifications-repository'
import { PRIVACY_NOTICE_CURRENT } from '../residents/privacy-notice'
import type { ResidentServices } from '../residents/services'
import { requireResident, residentSession } from '../residents/session'

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 409: ErrorBodySchema }

/** The privacy notice, consents, notifications, export and closing of a resident's account. */
export const meRoutes: FastifyPluginAsyncZod<{ db: Db; services: ResidentServices }> = async (app, { db, services }) => {
  const signedIn = residentSession(db, services.now)
  app.get(
    '/privacy',
    { schema: { summary: '当前的个人信息保护说明及其版本', tags: ['我的'], response: { 200: PrivacyNoticeSchema } } },
    async () => PRIVACY_NOTICE_CURRENT
  )

  app.get('/me', { onRequest: signedIn, schema: { summary: '当前登录的账号', tags: ['我的'], response: { 200: MeSchema, ...errors } } }, async (request, reply) => {
    const now = services.now()
    const account = await requireResident(db, request, now)
    const consents = await findConsents(db, account.id)
    reply.header('cache-control', 'no-store')
    return {
      phoneMasked: account.phone ? maskPhone(account.phone) : null,
      wechat: account.wechatOpenid !== null,
      consents,
      privacyConsentCurrent: consentInForce(consents, PRIVACY_NOTICE_CURRENT.notice, PRIVACY_NOTICE_CURRENT.version),
      unreadNotifications: (await countNotifications(db, account.id)).unread
    }
  })

  app.post(
    '/me/consents',
    { onRequest: signedIn, schema: { summary: '同意个人信息保护说明', tags: ['我的'], body: ConsentBodySchema, response: { 201: ConsentSchema, ...errors } } },
    async (request, reply) => {
      const now = services.now()
      const account = await requireResident(db, request, now)
      if (request.body.version !== PRIVACY_NOTICE_CURRENT.version) {
        throw new AppError(409, 'CONFLICT', '个人信息保护说明已更新，请阅读最新版本后再同意', { version: '版本已更新' })
      }
      await recordConsent(db, account.id, request.body.notice, request.body.version, now)
      const consent = (await findConsents(db, account.id)).find(
        (c) => c.notice === request.body.notice && c.version === request.body.version && c.withdrawnAt === undefined
      )
      return reply.status(201).send(consent ?? { notice: request.body.notice, version: request.body.version, givenAt: now.toISOString() })
    }
  )

  app.delete(
    '/me/consents/:notice',
    {
      onRequest: signedIn,
      schema: {
        summary: '撤回同意（同意记录和撤回时间都保留；撤回后提交身份证件号码前需要重新同意）',
        tags: ['我的'],
        params: ConsentParamsSchema,
        response: { 204: z.null(), ...errors }
      }
    },
    async (request, reply) => {
      const now = services.now()
      const account = await requireResident(db, request, now)
      await withdrawConsent(db, account.id, request.params.notice, now)
      return reply.status(204).send(null)
    }
  )

  app.get(
    '/me/notifications',
    { onRequest: signedIn, schema: { summary: '我的消息（含未读数）', tags: ['我的'], querystring: PageQuerySchema, response: { 200: NotificationPageSchema, ...errors } } },
    async (request, reply) => {
      const account = await requireResident(db, request, services.now())
      const { page, pageSize } = request.query
      reply.header('cache-control', 'no-store')
      return { ...(await listNotifications(db, account.id, page, pageSize)), page, pageSize }
    }
  )

  app.post(
    '/me/notifications/read',
    {
      onRequest: signedIn,
      schema: {
        summary: '把消息标为已读（不传 ids 则全部已读）',
        tags: ['我的'],
        body: NotificationsReadBodySchema,
        response: { 200: z.object({ unread: z.number().int() }), ...errors }
      }
    },
    async (request) => {
      const now = services.now()
      const account = await requireResident(db, request, now)
      await markNotificationsRead(db, account.id, request.body.ids, now)
      return { unread: (await countNotifications(db, account.id)).unread }
    }
  )

  app.get(
    '/me/export',
    {
      onRequest: signedIn,
      schema: {
        summary: '导出我的个人数据（JSON；上传的文件给出下载地址，凭同一登录下载）',
        tags: ['我的'],
        response: { 200: MyDataExportSchema, 401: ErrorBodySchema }
      }
    },
    async (request, reply) => {
      const now = services.now()
      const account = await requireResident(db, request, now)
      const cases = await db.query<{ tracking_no: string; kind: string; title: string; body: Record<string, unknown>; received_on: string }>(
        `SELECT tracking_no, kind, title, body, to_char(received_on, 'YYYY-MM-DD') AS received_on FROM cases WHERE account_id = $1 ORDER BY id`,
        [account.id]
      )
      const uploads = await db.query<{ id: string; name: string; contentType: string; size: number; createdAt: Date | string }>(
        'SELECT id, name, content_type AS "contentType", size, created_at AS "createdAt" FROM uploads WHERE account_id = $1 ORDER BY created_at, id',
        [account.id]
      )
      reply.header('cache-control', 'no-store')
      reply.header('content-disposition', 'attachment; filename="jiefang-my-data.json"')
      return {
        exportedAt: now.toISOString(),
        account: { phone: account.phone, wechat: account.wechatOpenid !== null },
        consents: await findConsents(db, account.id),
        cases: cases.map((c) => ({ trackingNo: c.tracking_no, kind: c.kind, title: c.title, receivedOn: c.received_on, submitted: c.body })),
        uploads: uploads.map((u) => ({ ...u, createdAt: new Date(u.createdAt).toISOString(), url: `${app.prefix}/uploads/${u.id}` })),
        notifications: (await listNotifications(db, account.id, 1, 10_000)).items
      }
    }
  )

  app.delete(
    '/me',
    { onRequest: signedIn, schema: { summary: '注销账号（已提交的事项作为公务档案保留）', tags: ['我的'], response: { 204: z.null(), 401: ErrorBodySchema } } },
    async (request, reply) => {
      const now = services.now()
      const account = await requireResident(db, request, now)
      await db.transaction((tx) => closeAccount(tx, account.id, now))
      return reply.status(204).send(null)
    }
  )
}
