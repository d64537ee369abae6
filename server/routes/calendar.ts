import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { addWorkingDays, calendarYear } from '@/core/calendar'
import {
  CalendarYearParamsSchema,
  CalendarYearSchema,
  WorkingDaysAnswerSchema,
  WorkingDaysQuerySchema
} from '@/core/schemas/calendar'
import { ErrorBodySchema } from '@/core/schemas/common'
import type { Queryable } from '../db/db'
import { AppError } from '../http/errors'
import { CalendarSource } from '../repositories/calendar-repository'

const OUT_OF_RANGE = '推算结果超出日历支持的范围（2000—2100 年）'

/**
 * GET /calendar/working-days?from=&add= (the add-th working day after `from`) and GET /calendar/:year
 * (a year's days off and make-up working days, provisional or announced, with the source).
 * Pass the app's shared `calendar` so that an import is seen by every route.
 */
export const calendarRoutes: FastifyPluginAsyncZod<{ db: Queryable; calendar?: CalendarSource }> = async (app, options) => {
  const calendar = options.calendar ?? new CalendarSource(options.db)

  app.get(
    '/calendar/working-days',
    {
      schema: {
        summary: '推算若干个工作日之后的日期（起算日不计入）',
        tags: ['日历'],
        querystring: WorkingDaysQuerySchema,
        response: { 200: WorkingDaysAnswerSchema, 400: ErrorBodySchema }
      }
    },
    async (request) => {
      const { from, add } = request.query
      try {
        return addWorkingDays(await calendar.current(), from, add)
      } catch (error) {
        if (error instanceof RangeError) throw new AppError(400, 'VALIDATION_FAILED', OUT_OF_RANGE, { from: OUT_OF_RANGE })
        throw error
      }
    }
  )

  app.get(
    '/calendar/:year',
    {
      schema: {
        summary: '某一年的放假和调休上班安排',
        tags: ['日历'],
        params: CalendarYearParamsSchema,
        response: { 200: CalendarYearSchema, 400: ErrorBodySchema }
      }
    },
    async (request) => calendarYear(await calendar.current(), request.params.year)
  )
}
