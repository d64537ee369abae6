import { AxiosError } from 'axios'

export const OFFLINE_MESSAGE = '网络连接失败，请检查网络后重试'
export const TIMEOUT_MESSAGE = '网络太慢，请求超时，请稍后重试'
export const SERVER_MESSAGE = '服务暂时不可用，请稍后重试'
export const UNREADABLE_MESSAGE = '收到的内容无法读取，请稍后重试'

/**
 * Every failure of the API layer, in one shape. `message` is Chinese and fit to show a resident:
 * the server's own message when it sent one, otherwise one of the messages above.
 * `status` is 0 when no answer arrived at all (offline, timeout).
 */
export class ApiError extends Error {
  readonly status: number
  readonly code: string

  constructor(status: number, code: string, message: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
  }

  /** True when the server was never reached, so cached content is the best we can show. */
  get isOffline(): boolean {
    return this.status === 0
  }
}

function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return null
  }
}

/**
 * The server's `{ error: { code, message } }`, read by shape rather than by ErrorBodySchema: a code
 * newer than this build still carries its Chinese message, and zod stays out of the main package.
 */
function readErrorBody(data: unknown): { code: string; message: string } | null {
  const error = (data as { error?: unknown } | null)?.error as { code?: unknown; message?: unknown } | undefined
  if (typeof error?.code !== 'string' || typeof error.message !== 'string' || error.message === '') return null
  return { code: error.code, message: error.message }
}

/** Normalises anything a request can throw into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof AxiosError) {
    const response = error.response
    if (!response) {
      if (error.code === AxiosError.ETIMEDOUT || error.code === AxiosError.ECONNABORTED) return new ApiError(0, 'TIMEOUT', TIMEOUT_MESSAGE)
      return new ApiError(0, 'NETWORK_ERROR', OFFLINE_MESSAGE)
    }
    const body = readErrorBody(parseBody(response.data))
    if (body) return new ApiError(response.status, body.code, body.message)
    return new ApiError(response.status, 'HTTP_ERROR', SERVER_MESSAGE)
  }
  return new ApiError(0, 'CLIENT_ERROR', UNREADABLE_MESSAGE)
}
