import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { HealthSchema } from '@/core/schemas/health'
import type { Db } from '../db/db'

/** GET /health answers only when the database answers, so a monitor sees a broken database too. */
export const healthRoutes: FastifyPluginAsyncZod<{ db: Db; version: string }> = async (app, { db, version }) => {
  app.get(
    '/health',
    { schema: { summary: '服务是否正常', tags: ['platform'], response: { 200: HealthSchema } } },
    async () => {
      await db.query('select 1')
      return { status: 'ok' as const, database: db.engine, version }
    }
  )
}
