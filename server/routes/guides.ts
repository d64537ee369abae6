import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ErrorBodySchema, IdParamSchema } from '@/core/schemas/common'
import { GuideDetailSchema, GuideListQuerySchema, GuidePageSchema } from '@/core/schemas/guides'
import type { Queryable } from '../db/db'
import { AppError } from '../http/errors'
import { findGuide, listGuides } from '../repositories/guides-repository'

/** GET /guides (a search, a page) and GET /guides/:id with the eight disclosures. */
export const guideRoutes: FastifyPluginAsyncZod<{ db: Queryable }> = async (app, { db }) => {
  app.get(
    '/guides',
    { schema: { tags: ['办事指南'], querystring: GuideListQuerySchema, response: { 200: GuidePageSchema, 400: ErrorBodySchema } } },
    (request) => listGuides(db, request.query)
  )

  app.get(
    '/guides/:id',
    {
      schema: {
        tags: ['办事指南'],
        params: IdParamSchema,
        response: { 200: GuideDetailSchema, 400: ErrorBodySchema, 404: ErrorBodySchema }
      }
    },
    async (request) => {
      const guide = await findGuide(db, request.params.id)
      if (!guide) throw new AppError(404, 'GUIDE_NOT_FOUND', '未找到该办事指南，可能已调整')
      return guide
    }
  )
}
