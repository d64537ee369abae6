import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ErrorBodySchema } from '@/core/schemas/common'
import { StaffCreateBodySchema, StaffIdParamsSchema, StaffMemberSchema, StaffPasswordBodySchema } from '@/core/schemas/staff'
import type { Db } from '../db/db'
import { listStaff } from '../repositories/staff-accounts-repository'
import { addStaffAccount, disableStaffAccount, resetStaffPassword } from '../staff/accounts'
import { actorOf, assertStaffCan, requireStaff, staffOf, type StaffAuthDeps } from '../staff/auth'

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema }

/** Staff accounts, for system administrators (and scripts/staff.ts through the system token). */
export const staffAccountRoutes: FastifyPluginAsyncZod<{ db: Db; auth: StaffAuthDeps }> = async (app, { db, auth }) => {
  app.addHook('onRequest', requireStaff(auth))
  app.addHook('onRequest', async (request) => assertStaffCan(staffOf(request), 'manage_staff'))

  app.get('/staff/accounts', { schema: { summary: '工作人员账号列表', tags: ['工作人员'], response: { 200: z.array(StaffMemberSchema), ...errors } } }, async () => listStaff(db))

  app.post(
    '/staff/accounts',
    { schema: { summary: '新建工作人员账号', tags: ['工作人员'], body: StaffCreateBodySchema, response: { 201: StaffMemberSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await addStaffAccount(db, actorOf(staffOf(request)), request.body))
  )

  app.post(
    '/staff/accounts/:id/disable',
    { schema: { summary: '停用工作人员账号（立即退出登录）', tags: ['工作人员'], params: StaffIdParamsSchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await disableStaffAccount(db, actorOf(staffOf(request)), request.params.id, auth.now())
      return reply.status(204).send(null)
    }
  )

  app.put(
    '/staff/accounts/:id/password',
    { schema: { summary: '重设工作人员密码（解除输错密码后的等待，原登录失效）', tags: ['工作人员'], params: StaffIdParamsSchema, body: StaffPasswordBodySchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await resetStaffPassword(db, actorOf(staffOf(request)), request.params.id, request.body.password)
      return reply.status(204).send(null)
    }
  )
}
