import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ErrorBodySchema, IdParamSchema } from '@/core/schemas/common'
import { ContactsSchema } from '@/core/schemas/contacts'
import type { Queryable } from '../db/db'
import { AppError } from '../http/errors'
import { findContacts, findLeaderPhoto } from '../repositories/contacts-repository'

/** GET /contacts (office, hotlines, leaders, departments, reception days) and GET /leaders/:id/photo. */
export const contactRoutes: FastifyPluginAsyncZod<{ db: Queryable }> = async (app, { db }) => {
  app.get(
    '/contacts',
    { schema: { tags: ['联系'], response: { 200: ContactsSchema, 404: ErrorBodySchema } } },
    async () => {
      const contacts = await findContacts(db)
      if (!contacts) throw new AppError(404, 'NOT_FOUND', '街道的联系方式还没有公布')
      return contacts
    }
  )

  app.get(
    '/leaders/:id/photo',
    // A file, not JSON: no response schema; errors still leave in the shape of ErrorBodySchema.
    { schema: { tags: ['联系'], params: IdParamSchema } },
    async (request, reply) => {
      const photo = await findLeaderPhoto(db, request.params.id)
      if (!photo) throw new AppError(404, 'NOT_FOUND', '未找到这位领导的照片')
      return reply.type(photo.mimeType).send(photo.content)
    }
  )
}
