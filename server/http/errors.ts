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
  tooManyRequests: '操作太频繁，请稍后再试'
} as const

function errorBody(code: ErrorCode, message: string, fields?: Record<string, string>): ErrorBody {
  return { error: fields ? { code, message, fields } : { code, message } }
}

/** `fields` keyed by the dotted path of each input ('name', 'materials.0.copies'), first message wins. */
function fieldsOf(issues: FieldIssue[], context: string | undefined): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : (context ?? 'body')
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
    case 404:
      return { status, body: errorBody('NOT_FOUND', MESSAGES.notFound) }
    case 413:
      return { status, body: errorBody('PAYLOAD_TOO_LARGE', MESSAGES.tooLarge) }
    case 415:
      return { status, body: errorBody('UNSUPPORTED_MEDIA_TYPE', MESSAGES.unsupportedMediaType) }
    case 429:
      return { status, body: errorBody('RATE_LIMITED', MESSAGES.tooManyRequests) }
    default:
      return { status, body: errorBody('VALIDATION_FAILED', MESSAGES.badRequest) }
  }
}

function isJsonError(error: FastifyError): boolean {
  return error instanceof SyntaxError || (error.code ?? '').startsWith('FST_ERR_CTP_')
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
