import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { DISCLOSURE_OUTCOMES } from '@/core/schemas/cases'
import { ErrorBodySchema } from '@/core/schemas/common'
import { ReplyTemplateBodySchema, ReplyTemplateParamsSchema, ReplyTemplateSchema, type ReplyTemplate } from '@/core/schemas/staff'
import { DEFAULT_REPLY_TEMPLATES } from '@/core/staff'
import type { Db } from '../db/db'
import { AppError } from '../http/errors'
import { recordStaffAudit } from '../repositories/cases-repository'
import { findReplyTemplateBody, listReplyTemplates, saveReplyTemplate } from '../repositories/staff-templates-repository'
import { actorOf, assertStaffCan, requireStaff, staffOf, type StaffAuthDeps } from '../staff/auth'

/** Reply templates: every staff member reads them (the reply form fills them with core's fillTemplate); administrators edit them. */
export const staffTemplateRoutes: FastifyPluginAsyncZod<{ db: Db; auth: StaffAuthDeps }> = async (app, { db, auth }) => {
  app.addHook('onRequest', requireStaff(auth))

  app.get(
    '/staff/templates',
    { schema: { summary: '答复模板（按事项类型和答复结果）', tags: ['工作人员'], response: { 200: z.array(ReplyTemplateSchema), 401: ErrorBodySchema } } },
    async () => {
      const edited = await listReplyTemplates(db)
      const key = (t: { kind: string; outcome: string }) => `${t.kind}/${t.outcome}`
      const byKey = new Map<string, ReplyTemplate>(DEFAULT_REPLY_TEMPLATES.map((t) => [key(t), { ...t, kind: t.kind as ReplyTemplate['kind'], updatedBy: null, updatedAt: null }]))
      for (const t of edited) byKey.set(key(t), t)
      return [...byKey.values()].sort((a, b) => key(a).localeCompare(key(b)))
    }
  )

  app.put(
    '/staff/templates/:kind/:outcome',
    {
      schema: {
        summary: '修改答复模板（系统管理员、政务公开工作人员）',
        tags: ['工作人员'],
        params: ReplyTemplateParamsSchema,
        body: ReplyTemplateBodySchema,
        response: { 200: ReplyTemplateSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema }
      }
    },
    async (request) => {
      const staff = staffOf(request)
      assertStaffCan(staff, 'manage_templates')
      const { kind, outcome } = request.params
      const disclosure = (DISCLOSURE_OUTCOMES as readonly string[]).includes(outcome)
      if (disclosure !== (kind === 'info_request')) throw new AppError(400, 'VALIDATION_FAILED', '答复结果与事项类型不符', { outcome: '答复结果与事项类型不符' })
      const at = auth.now()
      const after = request.body.body
      await db.transaction(async (tx) => {
        const before = (await findReplyTemplateBody(tx, kind, outcome)) ?? DEFAULT_REPLY_TEMPLATES.find((t) => t.kind === kind && t.outcome === outcome)?.body ?? null
        await saveReplyTemplate(tx, { kind, outcome, body: after }, actorOf(staff), at)
        await recordStaffAudit(tx, actorOf(staff), 'edit_reply_template', null, { kind, outcome, before, after })
      })
      return { kind, outcome, body: after, updatedBy: actorOf(staff), updatedAt: at.toISOString() }
    }
  )
}
