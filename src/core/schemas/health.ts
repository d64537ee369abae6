import { z } from 'zod'
import { text } from './primitives'

/** Liveness: the process answers requests. It never waits for the database, so a monitor can tell a busy database from a dead server. */
export const HealthSchema = z
  .object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), version: text() })
  .meta({ id: 'Health' })
export type Health = z.infer<typeof HealthSchema>

/** Readiness: the database answers and every migration this version ships has been applied. */
export const ReadinessSchema = z
  .object({
    status: z.literal('ready'),
    database: z.enum(['pglite', 'postgres']),
    /** The newest migration applied, e.g. "018". */
    migration: text()
  })
  .meta({ id: 'Readiness' })
export type Readiness = z.infer<typeof ReadinessSchema>
