import { describeEachEngine, truncateAll } from '../support/db'
import { formatReport, fuzz, judge } from './fuzzer'
import { operationsOf } from './openapi'
import { inProcessTarget } from './target'

/**
 * A short seeded round of the project's fuzzer on every change (issue 11); `npm run fuzz` runs the
 * long one. FUZZ_SEED replays a round; FUZZ_REQUESTS makes it longer.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261208)
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 1_200)
/** 2 s is the limit of an answer; a shared CI machine running jest in parallel gets five times that. */
const SLOW_MS = 10_000

describe('the fuzzer’s judgement of an answer', () => {
  const json = { 'content-type': 'application/json; charset=utf-8' }
  it('finds a 500, an answer outside the error shape, English, internals and slowness', () => {
    expect(judge({ statusCode: 500, headers: json, body: '{"error":{"code":"INTERNAL_ERROR","message":"服务器暂时出了点问题"}}' }, 5, 2_000)).toEqual(['500'])
    expect(judge({ statusCode: 400, headers: json, body: '{"error":"Bad Request","statusCode":400}' }, 5, 2_000)).toEqual(['outside the error shape: no { error }'])
    expect(judge({ statusCode: 400, headers: json, body: '{"error":{"code":"VALIDATION_FAILED","message":"Invalid input"}}' }, 5, 2_000)).toEqual(['outside the error shape: message not in Chinese: Invalid input'])
    expect(judge({ statusCode: 400, headers: json, body: '{"error":{"code":"VALIDATION_FAILED","message":"错误 at f (/work/x.ts:1:2)"}}' }, 5, 2_000)).toEqual(['internal detail'])
    expect(judge({ statusCode: 200, headers: json, body: '{}' }, 2_500, 2_000)).toEqual(['slow (2500 ms)'])
  })

  it('accepts an answer in the error shape with a Chinese message', () => {
    expect(judge({ statusCode: 404, headers: json, body: '{"error":{"code":"NOT_FOUND","message":"未找到该页面或接口"}}' }, 5, 2_000)).toEqual([])
  })
})

describeEachEngine('a short round of the fuzzer', (getDb) => {
  it(`sends ${REQUESTS} malformed requests over every operation and gets no 5xx, nothing outside the error shape, no internals`, async () => {
    await truncateAll(getDb())
    const { target, doc, harness } = await inProcessTarget(getDb())
    try {
      const operations = operationsOf(doc)
      const report = await fuzz(doc, target, operations, { seed: SEED, requests: REQUESTS, slowMs: SLOW_MS })
      // Real timings for the log of CI; the limit above is the generous one.
      console.log(formatReport(report))
      expect(report.sent).toBe(REQUESTS)
      expect(report.failures).toEqual([])
    } finally {
      await harness.app.close()
    }
  }, 300_000)
})
