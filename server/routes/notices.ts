import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ErrorBodySchema, IdParamSchema } from '@/core/schemas/common'
import { NoticeDetailSchema, NoticeListQuerySchema, NoticePageSchema } from '@/core/schemas/notices'
import type { Queryable } from '../db/db'
import { AppError } from '../http/errors'
import { findNotice, listNotices } from '../repositories/notices-repository'

/** GET /notices (a category, a search, a page) and GET /notices/:id. */
export const noticeRoutes: FastifyPluginAsyncZod<{ db: Queryable }> = async (app, { db }) => {
  app.get(
    '/notices',
    { schema: { tags: ['公开目录'], querystring: NoticeListQuerySchema, response: { 200: NoticePageSchema, 400: ErrorBodySchema } } },
    (request) => listNotices(db, request.query)
  )

  app.get(
    '/notices/:id',
    {
      schema: {
        tags: ['公开目录'],
        params: IdParamSchema,
        response: { 200: NoticeDetailSchema, 400: ErrorBodySchema, 404: ErrorBodySchema }
      }
    },
    async (request) => {
      const notice = await findNotice(db, request.params.id)
      if (!notice) throw new AppError(404, 'NOTICE_NOT_FOUND', '未找到该公告，可能已撤下')
      return notice
    }
  )
}
