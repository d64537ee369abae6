import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { FastifyRequest } from 'fastify'
import { maskPersonalNumbers } from '@/core/residents/identity'

/**
 * The server's log: JSON lines (pino, Fastify's logger) with the request id of each request, and no
 * phone or identity number kept whole (they are masked wherever they appear in a message, a URL or
 * an error).
 */
export function loggerOptions(level: string): object {
  return {
    level,
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: maskPersonalNumbers(request.url),
        remoteAddress: request.ip
      }),
      err: (error: Error & { code?: string; statusCode?: number }) => ({
        type: error.name,
        message: maskPersonalNumbers(error.message),
        code: error.code,
        statusCode: error.statusCode,
        stack: error.stack ? maskPersonalNumbers(error.stack) : undefined
      })
    },
    hooks: {
      logMethod(this: unknown, args: unknown[], method: (...a: unknown[]) => void) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? maskPersonalNumbers(a) : a)))
      }
    }
  }
}

/** A proxy's X-Request-Id is kept when it looks like an id; anything else gets a fresh one. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/

/**
 * The request id: the one nginx (or another proxy) sent in X-Request-Id, so one id follows a request
 * through the proxy's log and ours, or a new UUID.
 */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id']
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
}
