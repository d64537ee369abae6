import axios from 'axios'
import { z } from 'zod'
import { taroAdapter } from './adapter'
import { apiBase } from './base-url'
import { ApiError, UNREADABLE_MESSAGE, toApiError } from './errors'

// WeChat forbids eval and new Function; zod would otherwise probe for them to compile its parsers.
z.config({ jitless: true })

/** The one HTTP client of the app. Only src/api may import it. */
export const http = axios.create({
  baseURL: apiBase(),
  timeout: 15000,
  adapter: taroAdapter,
  headers: { Accept: 'application/json' }
})

type Params = Record<string, string | number | undefined>

function definedParams(params: Params | undefined): Params | undefined {
  if (!params) return undefined
  const entries = Object.entries(params).filter(([, value]) => value !== undefined && value !== '')
  return entries.length ? Object.fromEntries(entries) : undefined
}

/**
 * GET a path under the API base and check the answer against its schema, so that a server out of
 * step with the app fails here with a clear message instead of deep inside a page.
 */
export async function getJson<S extends z.ZodType>(path: string, schema: S, params?: Params): Promise<z.output<S>> {
  let data: unknown
  try {
    data = (await http.get(path, { params: definedParams(params) })).data
  } catch (error) {
    throw toApiError(error)
  }
  const parsed = schema.safeParse(data)
  if (!parsed.success) throw new ApiError(200, 'BAD_RESPONSE', UNREADABLE_MESSAGE)
  return parsed.data
}

/** POST a JSON body; the answer is checked like getJson's. Used by the write endpoints of later issues. */
export async function postJson<S extends z.ZodType>(path: string, body: unknown, schema: S, headers?: Record<string, string>): Promise<z.output<S>> {
  let data: unknown
  try {
    data = (await http.post(path, body, { headers })).data
  } catch (error) {
    throw toApiError(error)
  }
  const parsed = schema.safeParse(data)
  if (!parsed.success) throw new ApiError(200, 'BAD_RESPONSE', UNREADABLE_MESSAGE)
  return parsed.data
}
