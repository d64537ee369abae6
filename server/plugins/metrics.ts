import { timingSafeEqual, createHash } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import { chinaDateOf } from '@/core/residents/china-time'
import type { Db } from '../db/db'
import { PostgresDb } from '../db/postgres'
import { AppError, MESSAGES } from '../http/errors'
import { countDeliveriesByState } from '../repositories/deliveries-repository'
import { countOverdueCases } from '../repositories/staff-cases-repository'

export interface MetricsOptions {
  db: Db
  now: () => Date
  /** METRICS_TOKEN: a bearer token that lets a scraper elsewhere read /metrics. */
  token?: string
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

/**
 * A scraper on this machine (loopback, not through the proxy: nginx adds X-Forwarded-For) or one with
 * METRICS_TOKEN. Anyone else gets the 404 of an unknown path: the public network never sees /metrics.
 */
function mayScrape(request: FastifyRequest, token: string | undefined): boolean {
  const direct = LOOPBACK.has(request.socket.remoteAddress ?? '') && request.headers['x-forwarded-for'] === undefined
  if (direct) return true
  const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
  if (!token || !given) return false
  const sha = (text: string) => createHash('sha256').update(text).digest()
  return timingSafeEqual(sha(given), sha(token))
}

/**
 * GET /metrics in Prometheus's text format (prom-client): requests and their latency by route and
 * status, the process (event-loop delay, memory), the PostgreSQL pool, the delivery queue by state,
 * and the cases overdue today. Its own registry, so that every app built in one process (tests)
 * counts only its own requests.
 */
export function registerMetrics(app: FastifyInstance, options: MetricsOptions): void {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'jiefang_' })
  const requests = new Counter({
    name: 'jiefang_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry]
  })
  const latency = new Histogram({
    name: 'jiefang_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry]
  })
  const { db } = options
  if (db instanceof PostgresDb) {
    new Gauge({
      name: 'jiefang_db_pool_connections',
      help: 'Connections of the PostgreSQL pool: open (total), idle, and requests waiting for one',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const stats = db.poolStats()
        for (const [state, n] of Object.entries(stats)) this.set({ state }, n)
      }
    })
  }
  new Gauge({
    name: 'jiefang_deliveries',
    help: 'WeChat and SMS deliveries by state: pending and sending make the queue, failed were given up',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const counts = await countDeliveriesByState(db)
      for (const state of ['pending', 'sending', 'sent', 'failed']) this.set({ state }, counts[state] ?? 0)
    }
  })
  new Gauge({
    name: 'jiefang_cases_overdue',
    help: 'Cases past their statutory or promised due date today (China time), by their kept queue keys',
    registers: [registry],
    async collect() {
      this.set(await countOverdueCases(db, chinaDateOf(options.now())))
    }
  })

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched'
    requests.inc({ method: request.method, route, status: String(reply.statusCode) })
    latency.observe({ method: request.method, route }, reply.elapsedTime / 1000)
  })

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!mayScrape(request, options.token)) throw new AppError(404, 'NOT_FOUND', MESSAGES.notFound)
    return reply.header('content-type', registry.contentType).header('cache-control', 'no-store').send(await registry.metrics())
  })
}
