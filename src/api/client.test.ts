import { z } from 'zod'
import { mockRequest, requestsMade } from '../../mock/taro'
import { getJson, postJson } from './client'
import { ApiError, OFFLINE_MESSAGE, TIMEOUT_MESSAGE } from './errors'

const Echo = z.object({ ok: z.boolean() })

describe('the API client over Taro.request', () => {
  it('sends a GET to the API base with the query parameters and leaves out empty ones', async () => {
    mockRequest(() => ({ statusCode: 200, data: { ok: true } }))
    await getJson('/notices', Echo, { category: 'gov-benefits', q: '低保', page: 2, pageSize: undefined })
    const [req] = requestsMade()
    expect(req.method).toBe('GET')
    expect(req.url).toBe('http://localhost/api/v1/notices?category=gov-benefits&q=%E4%BD%8E%E4%BF%9D&page=2')
  })

  it('returns the answer parsed by the schema', async () => {
    mockRequest(() => ({ statusCode: 200, data: { ok: true, extra: 1 } }))
    await expect(getJson('/x', Echo)).resolves.toEqual({ ok: true })
  })

  it('posts a JSON body with its content type and extra headers', async () => {
    mockRequest(() => ({ statusCode: 201, data: { ok: true } }))
    await postJson('/cases', { name: '张三' }, Echo, { 'Idempotency-Key': 'k-1' })
    const [req] = requestsMade()
    expect(req.method).toBe('POST')
    expect(req.data).toBe('{"name":"张三"}')
    expect(req.header['Content-Type']).toMatch(/application\/json/)
    expect(req.header['Idempotency-Key']).toBe('k-1')
  })

  it("turns the server's error body into an ApiError with its status, code and Chinese message", async () => {
    mockRequest(() => ({ statusCode: 404, data: { error: { code: 'NOTICE_NOT_FOUND', message: '未找到这条公开信息' } } }))
    const error = await getJson('/notices/9', Echo).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 404, code: 'NOTICE_NOT_FOUND', message: '未找到这条公开信息', isOffline: false })
  })

  it('gives a general Chinese message when a failed answer has no error body', async () => {
    mockRequest(() => ({ statusCode: 502, data: '<html>Bad Gateway</html>' }))
    await expect(getJson('/x', Echo)).rejects.toMatchObject({ status: 502, code: 'HTTP_ERROR', message: '服务暂时不可用，请稍后重试' })
  })

  it('reports a phone without network as offline with the offline message', async () => {
    mockRequest(() => 'offline')
    await expect(getJson('/x', Echo)).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR', message: OFFLINE_MESSAGE, isOffline: true })
  })

  it('reports a timeout as offline with its own message', async () => {
    mockRequest(() => 'timeout')
    await expect(getJson('/x', Echo)).rejects.toMatchObject({ status: 0, code: 'TIMEOUT', message: TIMEOUT_MESSAGE, isOffline: true })
  })

  it('rejects an answer that does not match the schema instead of passing it on', async () => {
    mockRequest(() => ({ statusCode: 200, data: { ok: 'yes' } }))
    await expect(getJson('/x', Echo)).rejects.toMatchObject({ code: 'BAD_RESPONSE', message: '收到的内容无法读取，请稍后重试' })
  })
})
