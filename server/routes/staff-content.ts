import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { calendarYear } from '@/core/calendar'
import { CalendarYearSchema, YearScheduleFileSchema } from '@/core/schemas/calendar'
import { ErrorBodySchema, IdParamSchema } from '@/core/schemas/common'
import {
  DepartmentEditBodySchema,
  HotlineEditBodySchema,
  HotlineKeySchema,
  LeaderEditBodySchema,
  ReceptionBodySchema,
  StaffDepartmentSchema,
  StaffReceptionSchema
} from '@/core/schemas/publishing'
import type { Db } from '../db/db'
import { bumpContentVersion } from '../cache/public-cache'
import { AppError } from '../http/errors'
import { CalendarSource } from '../repositories/calendar-repository'
import { recordStaffAudit } from '../repositories/cases-repository'
import { OFFICE_SETTING_KEYS } from '../repositories/contacts-repository'
import {
  deleteReception,
  findReception,
  insertReception,
  leaderExists,
  listDepartmentsForStaff,
  listReceptionsForStaff,
  saveOfficeSetting,
  updateDepartment,
  updateLeader,
  updateReception
} from '../repositories/publishing-repository'
import { actorOf, requireStaff, staffOf, type StaffAuthDeps } from '../staff/auth'

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema }
const tags = ['工作人员：联系与日历']

const isUniqueViolation = (error: unknown): boolean => (error as { code?: string }).code === '23505'

/**
 * What residents read on the contacts page (departments, leaders' duties and phones, reception days,
 * the duty phone and the supervision hotline) and the holiday calendar, edited by the disclosure
 * office and administrators. Each change is audited with before and after, and the public answers
 * are refreshed once it is committed.
 */
export const staffContentRoutes: FastifyPluginAsyncZod<{ db: Db; auth: StaffAuthDeps; calendar?: CalendarSource }> = async (app, { db, auth, calendar: shared }) => {
  const calendar = shared ?? new CalendarSource(db)
  const editors = requireStaff(auth, ['disclosure', 'admin'])
  const anyStaff = requireStaff(auth)

  app.get(
    '/staff/content/departments',
    { onRequest: anyStaff, schema: { summary: '部门（含科室代码），供编写公告和修改联系方式', tags, response: { 200: z.array(StaffDepartmentSchema), ...errors } } },
    async () => listDepartmentsForStaff(db)
  )

  app.put(
    '/staff/content/departments/:id',
    {
      onRequest: editors,
      schema: { summary: '修改部门职责、电话、地址、办公时间和科室代码', tags, params: IdParamSchema, body: DepartmentEditBodySchema, response: { 200: StaffDepartmentSchema, ...errors } }
    },
    async (request) => {
      const staff = staffOf(request)
      const { id } = request.params
      try {
        await db.transaction(async (tx) => {
          const before = await updateDepartment(tx, id, request.body)
          if (!before) throw new AppError(404, 'NOT_FOUND', '未找到该部门')
          await recordStaffAudit(tx, actorOf(staff), 'department_edit', null, { departmentId: id, before, after: request.body })
        })
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError(409, 'CONFLICT', '部门名称或科室代码已被其他部门使用', { key: '部门名称或科室代码已被其他部门使用' })
        throw error
      }
      bumpContentVersion()
      return { id, ...request.body }
    }
  )

  app.put(
    '/staff/content/leaders/:id',
    {
      onRequest: editors,
      schema: { summary: '修改领导姓名、职务、分工和电话', tags, params: IdParamSchema, body: LeaderEditBodySchema, response: { 200: LeaderEditBodySchema.extend({ id: z.number().int() }), ...errors } }
    },
    async (request) => {
      const staff = staffOf(request)
      const { id } = request.params
      await db.transaction(async (tx) => {
        const before = await updateLeader(tx, id, request.body)
        if (!before) throw new AppError(404, 'NOT_FOUND', '未找到该领导')
        await recordStaffAudit(tx, actorOf(staff), 'leader_edit', null, { leaderId: id, before, after: request.body })
      })
      bumpContentVersion()
      return { id, ...request.body }
    }
  )

  app.put(
    '/staff/content/hotlines/:key',
    {
      onRequest: editors,
      schema: { summary: '修改值班电话（dutyPhone）或监督热线（supervisionHotline）', tags, params: HotlineKeySchema, body: HotlineEditBodySchema, response: { 200: HotlineEditBodySchema, ...errors } }
    },
    async (request) => {
      const staff = staffOf(request)
      const key = OFFICE_SETTING_KEYS[request.params.key]
      await db.transaction(async (tx) => {
        const before = await saveOfficeSetting(tx, key, request.body)
        await recordStaffAudit(tx, actorOf(staff), 'hotline_edit', null, { key, before, after: request.body })
      })
      bumpContentVersion()
      return request.body
    }
  )

  app.get(
    '/staff/content/receptions',
    { onRequest: anyStaff, schema: { summary: '领导接待日安排', tags, response: { 200: z.array(StaffReceptionSchema), ...errors } } },
    async () => listReceptionsForStaff(db)
  )

  app.post(
    '/staff/content/receptions',
    { onRequest: editors, schema: { summary: '新增领导接待日', tags, body: ReceptionBodySchema, response: { 201: StaffReceptionSchema, ...errors } } },
    async (request, reply) => {
      const staff = staffOf(request)
      if (!(await leaderExists(db, request.body.leaderId))) throw new AppError(400, 'VALIDATION_FAILED', '没有这位领导', { leaderId: '没有这位领导' })
      const id = await db.transaction(async (tx) => {
        const created = await insertReception(tx, request.body)
        await recordStaffAudit(tx, actorOf(staff), 'reception_create', null, { receptionId: created, after: request.body })
        return created
      })
      bumpContentVersion()
      const created = await findReception(db, id)
      if (!created) throw new Error(`reception ${id} vanished after commit`)
      return reply.status(201).send(created)
    }
  )

  app.put(
    '/staff/content/receptions/:id',
    { onRequest: editors, schema: { summary: '修改领导接待日', tags, params: IdParamSchema, body: ReceptionBodySchema, response: { 200: StaffReceptionSchema, ...errors } } },
    async (request) => {
      const staff = staffOf(request)
      const { id } = request.params
      if (!(await leaderExists(db, request.body.leaderId))) throw new AppError(400, 'VALIDATION_FAILED', '没有这位领导', { leaderId: '没有这位领导' })
      const before = await findReception(db, id)
      if (!before) throw new AppError(404, 'NOT_FOUND', '未找到该接待日安排')
      await db.transaction(async (tx) => {
        if (!(await updateReception(tx, id, request.body))) throw new AppError(404, 'NOT_FOUND', '未找到该接待日安排')
        await recordStaffAudit(tx, actorOf(staff), 'reception_edit', null, { receptionId: id, before, after: request.body })
      })
      bumpContentVersion()
      return findReception(db, id)
    }
  )

  app.delete(
    '/staff/content/receptions/:id',
    { onRequest: editors, schema: { summary: '删除领导接待日', tags, params: IdParamSchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      const staff = staffOf(request)
      const { id } = request.params
      const before = await findReception(db, id)
      if (!before) throw new AppError(404, 'NOT_FOUND', '未找到该接待日安排')
      await db.transaction(async (tx) => {
        if (!(await deleteReception(tx, id))) throw new AppError(404, 'NOT_FOUND', '未找到该接待日安排')
        await recordStaffAudit(tx, actorOf(staff), 'reception_delete', null, { receptionId: id, before })
      })
      bumpContentVersion()
      return reply.status(204).send(null)
    }
  )

  app.post(
    '/staff/calendar/years',
    {
      onRequest: requireStaff(auth, ['admin']),
      schema: {
        summary: '导入某一年的放假和调休安排（国务院办公厅通知），替换暂定的年份',
        tags,
        body: YearScheduleFileSchema,
        response: { 200: CalendarYearSchema, ...errors }
      }
    },
    async (request) => {
      const staff = staffOf(request)
      const before = calendarYear(await calendar.current(), request.body.year)
      const cal = await calendar.importYear(request.body)
      await recordStaffAudit(db, actorOf(staff), 'calendar_import', null, {
        year: request.body.year,
        before: { provisional: before.provisional, source: before.source, daysOff: before.daysOff.length, makeUpWorkdays: before.makeUpWorkdays.length },
        after: request.body
      })
      bumpContentVersion()
      return calendarYear(cal, request.body.year)
    }
  )
}
