import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { dumpEmbedded, latestMigration } from '../backup/backup'
import type { Db } from '../db/db'
import { PgliteDb } from '../db/pglite'
import { AppError } from '../http/errors'
import { forbidden, requireStaff, staffOf, SYSTEM_STAFF, type StaffAuthDeps } from '../staff/auth'

/**
 * GET /staff/system/backup: the embedded database's dump, for `npm run backup` while this server
 * holds DATA_DIR (no second process may open PGlite's files). Only the system token of
 * DATA_DIR/secrets.json may take it, so only someone who can read DATA_DIR already can.
 */
export const systemBackupRoutes: FastifyPluginAsyncZod<{ db: Db; auth: StaffAuthDeps }> = async (app, { db, auth }) => {
  app.get(
    '/staff/system/backup',
    {
      onRequest: requireStaff(auth),
      schema: {
        summary: '内嵌数据库的备份（仅运维脚本，系统令牌）',
        tags: ['staff']
        // A file, not JSON: no response schema; errors still leave in the shape of ErrorBodySchema.
      }
    },
    async (request, reply) => {
      if (staffOf(request).id !== SYSTEM_STAFF.id) throw forbidden()
      if (!(db instanceof PgliteDb)) {
        throw new AppError(409, 'CONFLICT', '本服务使用 PostgreSQL 服务器，请直接用 npm run backup（pg_dump）备份')
      }
      const migration = await latestMigration(db)
      const dump = await dumpEmbedded(db)
      return reply
        .header('content-type', 'application/octet-stream')
        .header('cache-control', 'no-store')
        .header('x-backup-migration', String(migration))
        .send(dump)
    }
  )
}
