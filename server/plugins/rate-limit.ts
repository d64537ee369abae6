import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppError } from '../http/errors'

/** The per-address backstop: requests one network address may make to the API in a minute. */
export interface RateLimitOptions {
  perMinute: number
}

export const RATE_LIMITED_MESSAGE = '您的操作太频繁，请等一分钟后再试'

/**
 * A per-address limit on the API (@fastify/rate-limit), a backstop against one address flooding the
 * server with work: an uncached search costs the embedded database's event loop, and enough of them
 * starve every other resident. The counter runs in preHandler, after the public cache has had its
 * turn, so an answer served from memory (or a 304) costs and counts nothing; /health and the H5 app's
 * files are never counted. The SMS-code and staff sign-in limits are separate and stay as they are.
 * Beyond the limit: 429 `RATE_LIMITED` in the error shape, with Retry-After.
 */
export async function registerRateLimit(app: FastifyInstance, apiPrefix: string, options: RateLimitOptions): Promise<void> {
  const exempt = (request: FastifyRequest): boolean => {
    const route = request.routeOptions.url ?? ''
    return !route.startsWith(`${apiPrefix}/`) || route === `${apiPrefix}/health`
  }
  await app.register(rateLimit, {
    global: true,
    hook: 'preHandler',
    max: options.perMinute,
    timeWindow: 60_000,
    allowList: exempt,
    addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
    errorResponseBuilder: () => new AppError(429, 'RATE_LIMITED', RATE_LIMITED_MESSAGE)
  })
}
