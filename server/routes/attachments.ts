import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { IdParamSchema } from '@/core/schemas/common'
import type { Queryable } from '../db/db'
import { AppError } from '../http/errors'
import { findAttachmentFile } from '../repositories/notices-repository'

/**
 * A Content-Disposition that keeps a Chinese file name: `filename*` carries it in UTF-8 (RFC 6266 with
 * RFC 5987 encoding), `filename` an ASCII stand-in (each run of other characters becomes one _) for clients that know only the old form. `inline`
 * lets a browser show a PDF or picture instead of only saving it.
 * @example contentDisposition('2025年预算.pdf') // `inline; filename="2025_.pdf"; filename*=UTF-8''2025%E5%B9%B4%E9%A2%84%E7%AE%97.pdf`
 */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]+/g, '_').replace(/["\\]/g, '_')
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/** GET /attachments/:id: the file of an attachment to a published notice. */
export const attachmentRoutes: FastifyPluginAsyncZod<{ db: Queryable }> = async (app, { db }) => {
  app.get(
    '/attachments/:id',
    // A file, not JSON: no response schema; errors still leave in the shape of ErrorBodySchema.
    { schema: { tags: ['公开目录'], params: IdParamSchema } },
    async (request, reply) => {
      const file = await findAttachmentFile(db, request.params.id)
      if (!file) throw new AppError(404, 'ATTACHMENT_NOT_FOUND', '未找到该附件，可能已撤下')
      return reply.type(file.mimeType).header('content-disposition', contentDisposition(file.name)).send(file.content)
    }
  )
}
