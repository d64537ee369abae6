import { AxiosError } from 'axios'
import { ErrorBodySchema } from '@/core/schemas/common'

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

/** Normalises anything a request can throw into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof AxiosError) {
    const response = error.response
    if (!response) {
      if (error.code === AxiosError.ETIMEDOUT || error.code === AxiosError.ECONNABORTED) return new ApiError(0, 'TIMEOUT', TIMEOUT_MESSAGE)
      return new ApiError(0, 'NETWORK_ERROR', OFFLINE_MESSAGE)
    }
    const body = ErrorBodySchema.safeParse(parseBody(response.data))
    if (body.success) return new ApiError(response.status, body.data.error.code, body.data.error.message)
    return new ApiError(response.status, 'HTTP_ERROR', SERVER_MESSAGE)
  }
  return new ApiError(0, 'CLIENT_ERROR', UNREADABLE_MESSAGE)
}
