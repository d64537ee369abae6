import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ErrorBodySchema } from '@/core/schemas/common'
import { CaseHandlingSettingsSchema, ReplyApprovalBodySchema, SuperiorBodiesBodySchema } from '@/core/schemas/staff'
import type { Db } from '../db/db'
import { recordStaffAudit } from '../repositories/cases-repository'
import { findCaseHandlingSettings, saveCaseHandlingSetting } from '../repositories/case-handling-settings-repository'
import { actorOf, assertStaffCan, requireStaff, staffOf, type StaffAuthDeps } from '../staff/auth'

/** The office's settings: every staff member reads them (the workbench words its buttons by them); administrators change them. */
export const staffSettingRoutes: FastifyPluginAsyncZod<{ db: Db; auth: StaffAuthDeps }> = async (app, { db, auth }) => {
  app.addHook('onRequest', requireStaff(auth))

  app.get(
    '/staff/settings',
    { schema: { summary: '办公设置（哪些事项的答复须经科室负责人审批；答复中写明的行政复议机关和复查机关）', tags: ['工作人员'], response: { 200: CaseHandlingSettingsSchema, 401: ErrorBodySchema } } },
    async () => findCaseHandlingSettings(db)
  )

  app.put(
    '/staff/settings/reply-approval',
    {
      schema: {
        summary: '设置哪些事项的答复须经科室负责人审批后才发出（系统管理员）',
        tags: ['工作人员'],
        body: ReplyApprovalBodySchema,
        response: { 200: CaseHandlingSettingsSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema }
      }
    },
    async (request) => {
      const staff = staffOf(request)
      assertStaffCan(staff, 'manage_settings')
      return db.transaction(async (tx) => {
        const before = await findCaseHandlingSettings(tx)
        await saveCaseHandlingSetting(tx, 'replyApproval', { kinds: request.body.kinds })
        await recordStaffAudit(tx, actorOf(staff), 'update_settings', null, { setting: 'replyApproval', before: before.replyApproval, after: { kinds: request.body.kinds } })
        return findCaseHandlingSettings(tx)
      })
    }
  )

  app.put(
    '/staff/settings/superior-bodies',
    {
      schema: {
        summary: '设置答复中写明的行政复议机关（行政复议法第二十四条）和复查机关（信访工作条例第三十五条）（系统管理员）',
        tags: ['工作人员'],
        body: SuperiorBodiesBodySchema,
        response: { 200: CaseHandlingSettingsSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema }
      }
    },
    async (request) => {
      const staff = staffOf(request)
      assertStaffCan(staff, 'manage_settings')
      const { reconsiderationBody, reviewBody } = request.body
      return db.transaction(async (tx) => {
        const before = await findCaseHandlingSettings(tx)
        await saveCaseHandlingSetting(tx, 'reconsiderationBody', reconsiderationBody)
        await saveCaseHandlingSetting(tx, 'reviewBody', reviewBody)
        await recordStaffAudit(tx, actorOf(staff), 'update_settings', null, {
          setting: 'superiorBodies',
          before: { reconsiderationBody: before.reconsiderationBody, reviewBody: before.reviewBody },
          after: { reconsiderationBody, reviewBody }
        })
        return findCaseHandlingSettings(tx)
      })
    }
  )
}
