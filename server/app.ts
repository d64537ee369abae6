import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance } from 'fastify'
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import type { Db } from './db/db'
import { clientErrorHandler, frameworkErrors, registerErrorHandlers } from './http/errors'
import { requestIdOf } from './http/logging'
import { registerMetrics } from './plugins/metrics'
import { registerOpenApi } from './http/openapi'
import { validatorCompiler } from './http/validation'
import { registerCompression } from './plugins/compress'
import { CalendarSource } from './repositories/calendar-repository'
import { calendarRoutes } from './routes/calendar'
import { contentRoutes } from './routes/content'
import { eligibilityRoutes } from './routes/eligibility'
import { healthRoutes } from './routes/health'
import { registerHelmet } from './plugins/helmet'
import { registerRateLimit } from './plugins/rate-limit'
import { residentRoutes } from './routes/residents'
import type { ResidentServices } from './residents/services'
import { staffContentRoutes } from './routes/staff-content'
import { staffPublishingRoutes } from './routes/staff-publishing'
import { staffReportRoutes } from './routes/staff-reports'
import { systemBackupRoutes } from './routes/system-backup'
import { staffRoutes } from './staff/routes'
import packageJson from '../package.json'

export interface AppOptions {
  db: Db
  /** Shown by /health and in the OpenAPI document; package.json's version by default. */
  version?: string
  /** Fastify's logger option; off by default (tests). */
  logger?: boolean | object
  /** Directory of the built H5 app to serve at /; nothing is served when null or missing. */
  staticDir?: string | null
  /** Keep serialized public answers in memory (ETag, 304 and max-age are sent either way). */
  publicCache?: boolean
  /** The working-day calendar shared by the calendar and case routes; built from `db` when absent. */
  calendar?: CalendarSource
  /** Time, secrets and transports of sign-in and cases; without them those routes are not served. */
  residents?: ResidentServices
  /** Fastify's trustProxy (TRUST_PROXY): whose X-Forwarded-For gives request.ip; nobody's by default. */
  trustProxy?: boolean | number | string
  /** Serve GET /metrics (Prometheus) to this machine and to METRICS_TOKEN; off unless given (tests build many apps). */
  metrics?: { token?: string }
  /** Requests one network address may make to the API in a minute (API_RATE_LIMIT_PER_MINUTE); no limit when absent (tests). */
  rateLimitPerMinute?: number
}

export const API_PREFIX = '/api/v1'

/** Hashed bundles (js/app.1a2b3c4d.js) never change under their name; everything else revalidates. */
const HASHED_ASSET = /\.[0-9a-f]{8,}\.(js|css)(\.br|\.gz)?$/

/**
 * Builds the API (and optionally the H5 app) as a Fastify instance that is neither ready nor
 * listening: tests call `app.inject()`, server/main.ts calls `listen()`.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { db, version = packageJson.version, logger = false, staticDir = null, publicCache = false } = options
  const calendar = options.calendar ?? new CalendarSource(db)
  // A hop count means: trust that many proxies in front (what proxy-addr does with a number).
  const hops = options.trustProxy
  const trustProxy = typeof hops === 'number' ? (_address: string, hop: number) => hop < hops : (hops ?? false)
  const app = Fastify({ logger, trustProxy, genReqId: requestIdOf, frameworkErrors, clientErrorHandler }).withTypeProvider<ZodTypeProvider>()
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  registerErrorHandlers(app)
  if (options.metrics) registerMetrics(app, { db, now: options.residents?.now ?? (() => new Date()), token: options.metrics.token })
  // External plugins, each in its own file under plugins/, all registered here before any route.
  await registerCompression(app)

  // The external plugins every route runs under, registered here only (server/plugins/).
  await registerHelmet(app, staticDir)
  if (options.rateLimitPerMinute !== undefined) await registerRateLimit(app, API_PREFIX, { perMinute: options.rateLimitPerMinute })

  await registerOpenApi(app, API_PREFIX, version)

  await app.register(healthRoutes, { prefix: API_PREFIX, db, version })
  await app.register(contentRoutes, { prefix: API_PREFIX, db, publicCache })
  if (options.residents) await app.register(residentRoutes, { prefix: API_PREFIX, db, services: options.residents, calendar })
  if (options.residents) await app.register(staffRoutes, { prefix: API_PREFIX, db, services: options.residents, calendar })
  if (options.residents) await app.register(staffPublishingRoutes, { prefix: API_PREFIX, db, auth: { db, now: options.residents.now, systemToken: options.residents.secrets.staffToken } })
  if (options.residents) await app.register(staffContentRoutes, { prefix: API_PREFIX, db, auth: { db, now: options.residents.now, systemToken: options.residents.secrets.staffToken }, calendar })
  if (options.residents) await app.register(staffReportRoutes, { prefix: API_PREFIX, db, auth: { db, now: options.residents.now, systemToken: options.residents.secrets.staffToken }, calendar })
  if (options.residents) await app.register(systemBackupRoutes, { prefix: API_PREFIX, db, auth: { db, now: options.residents.now, systemToken: options.residents.secrets.staffToken } })
  await app.register(calendarRoutes, { prefix: API_PREFIX, db, calendar })
  await app.register(eligibilityRoutes, { prefix: API_PREFIX, db, publicCache })

  if (staticDir && fs.existsSync(path.join(staticDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: path.resolve(staticDir),
      prefix: '/',
      cacheControl: false,
      // dist/h5 holds a .br and a .gz beside each text file (config/h5-post-build.ts): sent as they are.
      preCompressed: true,
      setHeaders(response, filePath) {
        response.setHeader('cache-control', HASHED_ASSET.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache')
      }
    })
  }

  return app
}
