import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ErrorBodySchema } from '@/core/schemas/common'
import { HealthSchema, ReadinessSchema } from '@/core/schemas/health'
import type { Db } from '../db/db'
import { readMigrations } from '../db/migrator'
import { AppError } from '../http/errors'

/**
 * GET /health is liveness: answered from memory, so a load balancer does not take a server out of
 * service while its database is merely busy. GET /ready is readiness: the database answers within
 * READY_TIMEOUT_MS and has every migration of this version (a server started against a database
 * another version migrated, or one mid-migration, is not ready).
 */
const READY_TIMEOUT_MS = 2_000

export const healthRoutes: FastifyPluginAsyncZod<{ db: Db; version: string }> = async (app, { db, version }) => {
  const shipped = readMigrations().map((m) => m.version)
  app.get(
    '/health',
    { schema: { summary: '服务是否存活（不查询数据库）', tags: ['platform'], response: { 200: HealthSchema } } },
    async () => ({ status: 'ok' as const, database: db.engine, version })
  )
  app.get(
    '/ready',
    { schema: { summary: '服务是否就绪：数据库可用且迁移已全部应用', tags: ['platform'], response: { 200: ReadinessSchema, 503: ErrorBodySchema } } },
    async () => {
      const applied = await withTimeout(db.query<{ version: string }>('select version from schema_migrations'), READY_TIMEOUT_MS).catch(() => {
        throw new AppError(503, 'NOT_READY', '数据库暂时无法访问')
      })
      const done = new Set(applied.map((m) => m.version))
      const pending = shipped.filter((v) => !done.has(v))
      if (pending.length > 0) throw new AppError(503, 'NOT_READY', `数据库尚未完成升级（待应用迁移 ${pending.join(', ')}）`)
      return { status: 'ready' as const, database: db.engine, migration: shipped[shipped.length - 1] ?? '' }
    }
  )
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}
