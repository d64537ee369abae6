import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify'
import { z } from 'zod'
import type { $ZodRawIssue, $ZodType } from 'zod/v4/core'

const TYPE_NAMES: Record<string, string> = {
  number: '数字',
  int: '整数',
  string: '文字',
  boolean: '“是”或“否”',
  array: '列表',
  object: '一组填写项',
  date: '日期'
}

/**
 * The Chinese message of an issue whose schema gave none. The schemas in src/core/schemas carry their
 * own messages; this is the fallback, so that zod's English defaults ("Invalid input: expected
 * string, received undefined") never reach a resident.
 * @example chineseIssueMessage({ code: 'invalid_type', expected: 'string', input: undefined, path: [] }) // '请填写此项'
 */
export function chineseIssueMessage(issue: $ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return '请填写此项'
      return `应填写${TYPE_NAMES[issue.expected] ?? '正确的内容'}`
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '请填写此项' : `至少填写 ${issue.minimum} 个字`
      if (issue.origin === 'array' || issue.origin === 'set') return `至少选择 ${issue.minimum} 项`
      return `不能小于 ${issue.minimum}`
    case 'too_big':
      if (issue.origin === 'string') return `最多填写 ${issue.maximum} 个字`
      if (issue.origin === 'array' || issue.origin === 'set') return `最多选择 ${issue.maximum} 项`
      return `不能大于 ${issue.maximum}`
    case 'invalid_format':
      return '格式不正确'
    case 'invalid_value':
      return '所填的值不在可选范围内'
    case 'unrecognized_keys': {
      // The keys are the sender's: a few of them, shortened, say enough.
      const shown = issue.keys.slice(0, 5).map((key) => (key.length > 30 ? `${key.slice(0, 29)}…` : key))
      return `包含无法识别的项目：${shown.join('、')}${issue.keys.length > 5 ? ` 等 ${issue.keys.length} 项` : ''}`
    }
    case 'not_multiple_of':
      return `应为 ${issue.divisor} 的整数倍`
    default:
      return '填写的内容不正确'
  }
}

const MAX_ISSUES = 200

/** One failed check, in the shape Fastify keeps in `error.validation`; `path` is zod's. */
export interface FieldIssue extends FastifySchemaValidationError {
  path: PropertyKey[]
}

/**
 * fastify-type-provider-zod's validator, except that issues without a message of their own get the
 * Chinese fallback above (a per-parse error map ranks below every schema's own message).
 */
export const validatorCompiler: FastifySchemaCompiler<$ZodType> =
  ({ schema }) =>
  (data) => {
    const result = z.safeParse(schema, data, { error: chineseIssueMessage })
    if (result.success) return { value: result.data }
    // The answer names the first 20 fields (server/http/errors.ts); more issues than this are never shown.
    const issues: FieldIssue[] = result.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
      keyword: issue.code,
      instancePath: `/${issue.path.map(String).join('/')}`,
      schemaPath: `#/${issue.path.map(String).join('/')}`,
      params: {},
      message: issue.message,
      path: issue.path
    }))
    return { error: issues }
  }
