import { z } from 'zod'
import { idFromText, text } from './primitives'
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from './paging'

/** Stable error codes that programs can rely on; the message beside each is for residents. */
export const ErrorCode = z.enum([
  'VALIDATION_FAILED',
  'INVALID_BODY',
  'INVALID_REQUEST',
  'INVALID_URL',
  'URL_TOO_LONG',
  'HEADERS_TOO_LARGE',
  'REQUEST_TIMEOUT',
  'UNSUPPORTED_MEDIA_TYPE',
  'NOT_FOUND',
  'NOTICE_NOT_FOUND',
  'GUIDE_NOT_FOUND',
  'ATTACHMENT_NOT_FOUND',
  'UNKNOWN_CATEGORY',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'RULE_VIOLATION',
  'RATE_LIMITED',
  'IP_RATE_LIMITED',
  'SMS_SEND_FAILED',
  'PHONE_NOT_REACHABLE',
  'INTERNAL_ERROR',
  'SESSION_REQUIRED',
  'CODE_INVALID',
  'CODE_EXPIRED',
  'WECHAT_LOGIN_FAILED',
  'WECHAT_UNAVAILABLE',
  'PHONE_NOT_SUPPORTED',
  'CONSENT_REQUIRED',
  'CASE_NOT_FOUND',
  'UPLOAD_NOT_FOUND',
  'FILE_TYPE_NOT_ALLOWED',
  'ACTION_NOT_ALLOWED',
  'EXTENSION_TOO_LATE',
  'EXTENSION_OVER_LIMIT',
  'IDEMPOTENCY_KEY_REUSED',
  'CREDENTIALS_INVALID',
  'SIGN_IN_DELAYED',
  'STAFF_NOT_FOUND',
  'STAFF_PHONE_TAKEN',
  'SUPERIOR_BODY_NOT_SET',
  'NOT_READY',
  'SELF_APPROVAL',
  'UPLOAD_QUOTA_EXCEEDED',
  'UPLOAD_DAILY_LIMIT',
  'UPLOAD_BUSY',
  'FILE_TYPE_MISMATCH',
  'UPLOAD_NOT_FOR_CASE'
])
export type ErrorCode = z.infer<typeof ErrorCode>

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: text(),
      fields: z.record(text(), text()).optional()
    })
  })
  .meta({ id: 'Error' })
export type ErrorBody = z.infer<typeof ErrorBodySchema>

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/**
 * True when `value` is a real calendar date written as YYYY-MM-DD.
 * @example isCalendarDate('2025-02-28') // true
 * @example isCalendarDate('2025-02-30') // false
 */
export function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false
  const [y, m, d] = value.split('-').map(Number)
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

/** A calendar date in China time, `YYYY-MM-DD`. */
export const CalendarDateSchema = text({ error: '请填写日期' })
  .max(10, { error: '日期格式应为“年-月-日”，例如 2025-03-01，且必须是真实存在的日期' })
  .refine(isCalendarDate, { error: '日期格式应为“年-月-日”，例如 2025-03-01，且必须是真实存在的日期' })
  .meta({ id: 'CalendarDate', example: '2025-03-01' })
export type CalendarDate = z.infer<typeof CalendarDateSchema>

export { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX }

/** `?page=&pageSize=` of every list; query strings arrive as text, hence the coercion. */
export const PageQuerySchema = z.object({
  page: z.coerce
    .number({ error: '页码必须是数字' })
    .int({ error: '页码必须是整数' })
    .min(1, { error: '页码从 1 开始' })
    .max(10000, { error: '页码太大' })
    .default(1),
  pageSize: z.coerce
    .number({ error: '每页条数必须是数字' })
    .int({ error: '每页条数必须是整数' })
    .min(1, { error: '每页至少 1 条' })
    .max(PAGE_SIZE_MAX, { error: `每页最多 ${PAGE_SIZE_MAX} 条` })
    .default(PAGE_SIZE_DEFAULT)
})
export type PageQuery = z.infer<typeof PageQuerySchema>

/** `{ items, total, page, pageSize }`, the shape of every list answer. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1)
  })
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

export const IdParamSchema = z.object({
  id: idFromText()
})

export const GeoPointSchema = z.object({ latitude: z.number(), longitude: z.number() }).meta({ id: 'GeoPoint' })
export type GeoPoint = z.infer<typeof GeoPointSchema>
