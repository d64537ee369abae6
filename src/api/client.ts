import axios from 'axios'
import { taroAdapter } from './adapter'
import { apiBase } from './base-url'
import { ApiError, UNREADABLE_MESSAGE, toApiError } from './errors'

/** What getJson/postJson need of a schema; a zod schema is one. */
export interface AnswerParser<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false }
}

/**
 * Takes the answer as the server typed it. For public content on the tab pages: the server already
 * checks every answer against the same zod schema before sending it, and parsing it again here would
 * put zod (~40 KB gzipped) into the main package that every resident downloads first.
 */
export function unchecked<T>(): AnswerParser<T> {
  return { safeParse: (data) => ({ success: true, data: data as T }) }
}

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
export async function getJson<T>(path: string, schema: AnswerParser<T>, params?: Params): Promise<T> {
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
export async function postJson<T>(path: string, body: unknown, schema: AnswerParser<T>, headers?: Record<string, string>): Promise<T> {
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
