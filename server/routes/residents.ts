import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { Db } from '../db/db'
import { CalendarSource } from '../repositories/calendar-repository'
import type { ResidentServices } from '../residents/services'
import { authRoutes } from './auth'
import { caseRoutes } from './cases'
import { meRoutes } from './me'
import { notifyRoutes } from './notify'
import { uploadRoutes } from './uploads'

export interface ResidentRoutesOptions {
  db: Db
  services: ResidentServices
  /** The app's shared calendar, so that an import is seen by the clocks at once. */
  calendar?: CalendarSource
}

/**
 * Everything personal: sign-in, the resident's cases, uploads, consents, notifications. Nothing here
 * is cacheable but the subscription templates, which are the same for everyone (their own plugin).
 * The staff API is server/staff/routes.ts.
 */
export const residentRoutes: FastifyPluginAsyncZod<ResidentRoutesOptions> = async (app, { db, services, calendar }) => {
  const shared = calendar ?? new CalendarSource(db)
  await app.register(authRoutes, { db, services })
  await app.register(meRoutes, { db, services })
  await app.register(notifyRoutes, { wechatTemplateIds: services.wechatTemplateIds ?? [] })
  await app.register(caseRoutes, { db, services, calendar: shared })
  await app.register(uploadRoutes, { db, services })
}
