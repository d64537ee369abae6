import type { Socket } from 'node:net'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ErrorBody, ErrorCode } from '@/core/schemas/common'
import type { FieldIssue } from './validation'

/**
 * Every error leaves the server as `{ error: { code, message, fields? } }`: a stable code for programs
 * and a Simplified-Chinese message for residents. Details of server faults go to the log only.
 */

/** An error a route throws on purpose: `throw new AppError(404, 'NOTICE_NOT_FOUND', '未找到该公告')`. */
export class AppError extends Error {
  override name = 'AppError'
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>
  ) {
    super(message)
  }
}

export const MESSAGES = {
  notFound: '未找到该页面或接口',
  internal: '服务器暂时出了点问题，请稍后再试',
  invalidBody: '提交的内容格式不正确，无法读取',
  tooLarge: '提交的内容太大，请删减后再试',
  unsupportedMediaType: '提交的内容格式不受支持，请以 JSON 格式提交',
  badRequest: '请求不正确，请检查后再试',
  invalidUrl: '网址格式不正确，请检查后再试',
  urlTooLong: '网址太长，请检查后再试',
  headersTooLarge: '请求头太大，请清理后再试',
  timeout: '请求超时，请检查网络后再试',
  forbidden: '您没有进行这项操作的权限',
  tooManyRequests: '操作太频繁，请稍后再试'
} as const

/**
 * Bounds of an error answer, whatever was sent: a refusal costs the server little and the client a
 * few kilobytes at most (issue 11: a 500 KB body without a token once got 7 MB of `fields`).
 */
export const ERROR_LIMITS = { fields: 20, key: 100, message: 200 } as const

/** `text` cut to `max` characters with an ellipsis, never between the halves of a surrogate pair. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const head = text.slice(0, max - 1)
  return `${/[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head}…`
}

function errorBody(code: ErrorCode, message: string, fields?: Record<string, string>): ErrorBody {
  const clipped = clip(message, ERROR_LIMITS.message)
  return { error: fields ? { code, message: clipped, fields: boundedFields(fields) } : { code, message: clipped } }
}

function boundedFields(fields: Record<string, string>): Record<string, string> {
  const bounded: Record<string, string> = {}
  for (const [key, message] of Object.entries(fields).slice(0, ERROR_LIMITS.fields)) {
    bounded[clip(key, ERROR_LIMITS.key)] ??= clip(message, ERROR_LIMITS.message)
  }
  return bounded
}

/**
 * `fields` keyed by the dotted path of each input ('name', 'materials.0.copies'), first message wins,
 * the first ERROR_LIMITS.fields paths only: they are enough to correct a form.
 */
function fieldsOf(issues: FieldIssue[], context: string | undefined): Record<string, string> {
  const fields: Record<string, string> = {}
  let count = 0
  for (const issue of issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : (context ?? 'body')
    if (!(key in fields)) {
      if (count === ERROR_LIMITS.fields) break
      count++
    }
    fields[key] ??= issue.message ?? MESSAGES.badRequest
  }
  return fields
}

function isFieldIssues(validation: unknown): validation is FieldIssue[] {
  return Array.isArray(validation) && validation.every((issue) => Array.isArray((issue as FieldIssue).path))
}

export function toErrorReply(error: FastifyError | AppError): { status: number; body: ErrorBody } {
  if (error instanceof AppError) return { status: error.status, body: errorBody(error.code, error.message, error.fields) }
  if (error.validation) {
    const fields = isFieldIssues(error.validation) ? fieldsOf(error.validation, error.validationContext) : {}
    const first = Object.values(fields)[0] ?? MESSAGES.badRequest
    return { status: 400, body: errorBody('VALIDATION_FAILED', first, fields) }
  }
  const status = error.statusCode ?? 500
  if (status >= 500) return { status: 500, body: errorBody('INTERNAL_ERROR', MESSAGES.internal) }
  switch (status) {
    case 400:
      return isJsonError(error)
        ? { status, body: errorBody('INVALID_BODY', MESSAGES.invalidBody) }
        : { status, body: errorBody('VALIDATION_FAILED', MESSAGES.badRequest) }
    case 403:
      return { status, body: errorBody('FORBIDDEN', MESSAGES.forbidden) }
    case 404:
      return { status, body: errorBody('NOT_FOUND', MESSAGES.notFound) }
    case 406:
      // @fastify/multipart's "not multipart": the body's media type is the problem.
      return { status: 415, body: errorBody('UNSUPPORTED_MEDIA_TYPE', MESSAGES.unsupportedMediaType) }
    case 408:
      return { status, body: errorBody('REQUEST_TIMEOUT', MESSAGES.timeout) }
    case 413:
      return { status, body: errorBody('PAYLOAD_TOO_LARGE', MESSAGES.tooLarge) }
    case 415:
      return { status, body: errorBody('UNSUPPORTED_MEDIA_TYPE', MESSAGES.unsupportedMediaType) }
    case 429:
      return { status, body: errorBody('RATE_LIMITED', MESSAGES.tooManyRequests) }
    case 414:
      return { status, body: errorBody('URL_TOO_LONG', MESSAGES.urlTooLong) }
    case 431:
      return { status, body: errorBody('HEADERS_TOO_LARGE', MESSAGES.headersTooLarge) }
    default:
      return { status: status >= 400 ? status : 400, body: errorBody('INVALID_REQUEST', MESSAGES.badRequest) }
  }
}

function isJsonError(error: FastifyError): boolean {
  return error instanceof SyntaxError || (error.code ?? '').startsWith('FST_ERR_CTP_')
}

/**
 * Fastify's `frameworkErrors`: what its router refuses before any route or error handler runs (a
 * path with bad percent-encoding, a path parameter over maxParamLength), in the one error shape.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  request.log.info({ code: error.code }, 'request rejected by the router')
  if (error.code === 'FST_ERR_BAD_URL') void reply.status(400).send(errorBody('INVALID_URL', MESSAGES.invalidUrl))
  else if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') void reply.status(414).send(errorBody('URL_TOO_LONG', MESSAGES.urlTooLong))
  else {
    request.log.error({ err: error }, 'request failed in the router')
    void reply.status(500).send(errorBody('INTERNAL_ERROR', MESSAGES.internal))
  }
}

/**
 * Fastify's `clientErrorHandler`: a request Node's HTTP parser cannot read (malformed, headers too
 * large, too slow) is answered on the raw socket, still as `{ error: { code, message } }`.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const [status, reason, body] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', errorBody('REQUEST_TIMEOUT', MESSAGES.timeout)]
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', errorBody('HEADERS_TOO_LARGE', MESSAGES.headersTooLarge)]
        : [400, 'Bad Request', errorBody('INVALID_REQUEST', MESSAGES.badRequest)]
  const json = JSON.stringify(body)
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`)
  }
  socket.destroy(error)
}

/** Installs the error and not-found handlers on `app` (call before registering routes). */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toErrorReply(error)
    if (status >= 500) request.log.error({ err: error }, 'request failed')
    else request.log.info({ code: body.error.code, status }, 'request rejected')
    return reply.status(status).send(body)
  })
  app.setNotFoundHandler((_request, reply) => reply.status(404).send(errorBody('NOT_FOUND', MESSAGES.notFound)))
}
