import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { CatalogueSchema } from '@/core/schemas/notices'
import type { Queryable } from '../db/db'
import { findCatalogue } from '../repositories/catalogue-repository'

/** GET /catalogue: the disclosure catalogue with the number of items in each category. */
export const catalogueRoutes: FastifyPluginAsyncZod<{ db: Queryable }> = async (app, { db }) => {
  app.get('/catalogue', { schema: { tags: ['公开目录'], response: { 200: CatalogueSchema } } }, () => findCatalogue(db))
}
