import type { FastifyError } from 'fastify'
import { AppError, ERROR_LIMITS, toErrorReply } from './errors'
import { chineseIssueMessage, type FieldIssue } from './validation'

const issue = (path: string[], message: string): FieldIssue => ({ keyword: 'custom', instancePath: '', schemaPath: '', params: {}, message, path })

describe('the size of an error answer', () => {
  it('names the first 20 fields of a body with thousands of mistakes', () => {
    const validation = Array.from({ length: 5_000 }, (_, i) => issue(['holidays', String(i), 'name'], '请填写节日名称'))
    const error = Object.assign(new Error('invalid'), { validation, validationContext: 'body' }) as unknown as FastifyError
    const { status, body } = toErrorReply(error)
    expect(status).toBe(400)
    expect(Object.keys(body.error.fields ?? {})).toHaveLength(ERROR_LIMITS.fields)
    expect(body.error.fields?.['holidays.0.name']).toBe('请填写节日名称')
  })

  it('shortens a field name or a message longer than a form ever has, without splitting an emoji', () => {
    const key = `${'k'.repeat(ERROR_LIMITS.key - 2)}😀tail`
    const { body } = toErrorReply(new AppError(400, 'VALIDATION_FAILED', '很长'.repeat(500), { [key]: '错'.repeat(1_000) }))
    expect(body.error.message).toHaveLength(ERROR_LIMITS.message)
    const [[shortKey, message]] = Object.entries(body.error.fields ?? {})
    expect(shortKey).toBe(`${'k'.repeat(ERROR_LIMITS.key - 2)}…`)
    expect(message.length).toBeLessThanOrEqual(ERROR_LIMITS.message)
  })

  it('lists a few of the unknown keys a sender added, not all of them', () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `${'x'.repeat(100)}${i}`)
    const message = chineseIssueMessage({ code: 'unrecognized_keys', keys, input: {}, path: [] } as never)
    expect(message.length).toBeLessThan(250)
    expect(message).toContain('等 10000 项')
  })
})
