import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { currentContentVersion, ifNoneMatchHits, strongEtag, type CachedAnswer, type PublicCache } from './public-cache'

/**
 * Hooks that make every route of a plugin a public, cacheable answer: a strong ETag (hash of the
 * body), `Cache-Control: public, max-age=60`, 304 without a body when the client already holds the
 * answer, and, with a cache, the serialized answer kept in memory and served again without a query.
 * Only 200 answers are tagged and kept; errors always go through the route.
 */

export const PUBLIC_CACHE_CONTROL = 'public, max-age=60'

/** Headers describing a body, which a kept answer must repeat. */
const BODY_HEADERS = ['content-type', 'content-disposition'] as const

interface PublicState {
  key: string
  version: number
  hit: CachedAnswer | undefined
}

const states = new WeakMap<FastifyRequest, PublicState>()

/**
 * The key of an answer: the route and its validated params and query (defaults applied, keys sorted),
 * so `?page=1` and no page share one answer.
 */
export function answerKey(route: string, params: unknown, query: unknown): string {
  return `${route} ${canonicalJson(params)} ${canonicalJson(query)}`
}

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? ''
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

export function servePublicAnswers(app: FastifyInstance, cache: PublicCache | null): void {
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const key = answerKey(request.routeOptions.url ?? request.url, request.params, request.query)
    const state: PublicState = { key, version: currentContentVersion(), hit: cache?.get(key) }
    states.set(request, state)
    if (state.hit) {
      for (const [name, value] of Object.entries(state.hit.headers)) reply.header(name, value)
      return reply.send(state.hit.body)
    }
  })

  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const state = states.get(request)
    if (!state || reply.statusCode !== 200 || !(typeof payload === 'string' || Buffer.isBuffer(payload))) return payload
    const etag = state.hit?.etag ?? strongEtag(payload)
    if (cache && !state.hit) cache.set(state.key, { body: payload, etag, headers: bodyHeaders(reply) }, state.version)
    reply.header('etag', etag)
    reply.header('cache-control', PUBLIC_CACHE_CONTROL)
    if (ifNoneMatchHits(request.headers['if-none-match'], etag)) {
      reply.code(304)
      return null
    }
    return payload
  })
}

function bodyHeaders(reply: FastifyReply): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const name of BODY_HEADERS) {
    const value = reply.getHeader(name)
    if (value !== undefined) headers[name] = String(value)
  }
  return headers
}
