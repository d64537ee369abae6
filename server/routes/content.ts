import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { Db } from '../db/db'
import { servePublicAnswers } from '../cache/public-answers'
import { PublicCache } from '../cache/public-cache'
import { attachmentRoutes } from './attachments'
import { catalogueRoutes } from './catalogue'
import { contactRoutes } from './contacts'
import { guideRoutes } from './guides'
import { noticeRoutes } from './notices'

export interface ContentRoutesOptions {
  db: Db
  /**
   * Keep serialized answers in memory (true, or a cache of the caller's). Off, every request reads
   * the database; ETag, 304 and Cache-Control are given either way.
   */
  publicCache?: boolean | PublicCache
}

/**
 * The public content: the disclosure catalogue, notices and their attachments, service guides and
 * contacts. Everything here is the same for every resident, hence cacheable; nothing personal belongs
 * in this plugin.
 */
export const contentRoutes: FastifyPluginAsyncZod<ContentRoutesOptions> = async (app, { db, publicCache = false }) => {
  const cache = publicCache === true ? new PublicCache() : publicCache === false ? null : publicCache
  servePublicAnswers(app, cache)
  await app.register(catalogueRoutes, { db })
  await app.register(noticeRoutes, { db })
  await app.register(attachmentRoutes, { db })
  await app.register(guideRoutes, { db })
  await app.register(contactRoutes, { db })
}
