import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { Db } from '../db/db'
import { CalendarSource } from '../repositories/calendar-repository'
import type { ResidentServices } from '../residents/services'
import { staffAccountRoutes } from '../routes/staff-accounts'
import { staffAuditRoutes } from '../routes/staff-audit'
import { staffAuthRoutes } from '../routes/staff-auth'
import { staffCaseRoutes } from '../routes/staff-cases'
import { staffFollowUpRoutes } from '../routes/staff-follow-ups'
import { staffQueueRoutes } from '../routes/staff-queue'
import { staffReminderRoutes } from '../routes/staff-reminders'
import { staffSettingRoutes } from '../routes/staff-settings'
import { staffTemplateRoutes } from '../routes/staff-templates'
import { QueueKeeper } from './queue-keeper'

export interface StaffRoutesOptions {
  db: Db
  /** Time, secrets (the system token) and the delivery bell, shared with the residents' routes. */
  services: ResidentServices
  calendar?: CalendarSource
}

/** The staff workbench API: sign-in, accounts, the case queue and actions, audit, reminders, follow-ups, templates. */
export const staffRoutes: FastifyPluginAsyncZod<StaffRoutesOptions> = async (app, { db, services, calendar }) => {
  const auth = { db, now: services.now, systemToken: services.secrets.staffToken }
  const shared = calendar ?? new CalendarSource(db)
  const keeper = new QueueKeeper(db, shared, app.log)
  await app.register(staffAuthRoutes, { ...auth, addressKey: services.secrets.smsPepper })
  await app.register(staffCaseRoutes, { db, services, calendar: shared, auth })
  await app.register(staffQueueRoutes, { db, calendar: shared, keeper, auth })
  await app.register(staffAccountRoutes, { db, auth })
  await app.register(staffAuditRoutes, { db, auth })
  await app.register(staffReminderRoutes, { db, calendar: shared, keeper, bell: services.deliveryBell, auth })
  await app.register(staffFollowUpRoutes, { db, calendar: shared, auth })
  await app.register(staffTemplateRoutes, { db, auth })
  await app.register(staffSettingRoutes, { db, auth })
}
