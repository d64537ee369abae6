import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import zlib from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { PageQuerySchema } from '@/core/schemas/common'
import { buildApp } from './app'
import { AppError } from './http/errors'
import { createTestDb, type TestDb } from '../test/support/db'

let testDb: TestDb
beforeAll(async () => {
  testDb = await createTestDb('pglite')
}, 60_000)
afterAll(() => testDb.cleanup())

/** An app with a few routes that fail in each way a real route can. */
async function appWithProbeRoutes(logged: string[] = []): Promise<FastifyInstance> {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logged.push(String(chunk))
      done()
    }
  })
  const app = await buildApp({ db: testDb.db, logger: { level: 'info', stream } })
  const typed = app.withTypeProvider<ZodTypeProvider>()
  typed.post(
    '/api/v1/probe',
    {
      schema: {
        body: z.object({
          name: z.string({ error: '请填写姓名' }).min(1, { error: '请填写姓名' }),
          age: z.number(),
          phone: z.string().min(11)
        })
      }
    },
    async (request) => ({ ok: request.body.name })
  )
  typed.get('/api/v1/probe-list', { schema: { querystring: PageQuerySchema } }, async (request) => request.query)
  typed.get('/api/v1/probe-missing', async () => {
    throw new AppError(404, 'NOTICE_NOT_FOUND', '未找到该公告')
  })
  typed.get('/api/v1/probe-crash', async () => {
    throw new Error('connection to 10.0.0.5 refused')
  })
  typed.get('/api/v1/probe-bad-answer', { schema: { response: { 200: z.object({ n: z.number() }) } } }, async () => ({
    n: 'not a number' as unknown as number
  }))
  return app
}

describe('error answers', () => {
  let app: FastifyInstance
  const logged: string[] = []
  beforeAll(async () => {
    app = await appWithProbeRoutes(logged)
  })
  afterAll(() => app.close())

  it('answers invalid input with 400 VALIDATION_FAILED, a Chinese message per field, and the first one as the message', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/probe', payload: { age: 'seventy', phone: '123' } })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: '请填写姓名',
        fields: { name: '请填写姓名', age: '应填写数字', phone: '至少填写 11 个字' }
      }
    })
  })

  it('never lets zod English defaults reach a resident when a schema gives no message of its own', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/probe', payload: { name: 'x', phone: 13800000000 } })
    expect(res.statusCode).toBe(400)
    const { fields } = res.json().error
    expect(fields).toEqual({ age: '请填写此项', phone: '应填写文字' })
    expect(Object.values(fields).join("")).not.toMatch(/[A-Za-z]/)
  })

  it('uses the schema messages of src/core for a bad query string', async () => {
    const res = await app.inject({ url: '/api/v1/probe-list?page=abc' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toEqual({ code: 'VALIDATION_FAILED', message: '页码必须是数字', fields: { page: '页码必须是数字' } })
  })

  it('answers a body that is not valid JSON with 400 and a plain explanation', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": '
    })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toEqual({ error: { code: 'INVALID_BODY', message: '提交的内容格式不正确，无法读取' } })
  })

  it('answers a body over the size limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(1_100_000) })
    })
    expect(res.statusCode).toBe(413)
    expect(res.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大，请删减后再试' } })
  })

  it('answers a body of an unsupported media type with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/probe', headers: { 'content-type': 'application/xml' }, payload: '<a/>' })
    expect(res.statusCode).toBe(415)
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE')
    expect(res.json().error.message).toBe('提交的内容格式不受支持，请以 JSON 格式提交')
  })

  it('answers an unknown route with 404 NOT_FOUND', async () => {
    const res = await app.inject({ url: '/api/v1/no-such-thing' })
    expect(res.statusCode).toBe(404)
    expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: '未找到该页面或接口' } })
  })

  it('answers a path with broken percent-encoding with 400 INVALID_URL, not Fastify’s own English', async () => {
    const res = await app.inject({ url: '/api/v1/notices/%E0%A4%A' })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toEqual({ error: { code: 'INVALID_URL', message: '网址格式不正确，请检查后再试' } })
  })

  it('answers a path parameter longer than the router takes with 414 URL_TOO_LONG', async () => {
    const res = await app.inject({ url: `/api/v1/notices/${'1'.repeat(500)}` })
    expect(res.statusCode).toBe(414)
    expect(res.json()).toEqual({ error: { code: 'URL_TOO_LONG', message: '网址太长，请检查后再试' } })
  })

  it('answers a request the HTTP parser cannot read with 400 in the error shape', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = app.server.address() as net.AddressInfo
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write('GET /api/v1/health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'))
      let text = ''
      socket.on('data', (chunk) => (text += String(chunk)))
      socket.on('close', () => resolve(text))
      socket.on('error', reject)
    })
    expect(raw).toMatch(/^HTTP\/1\.1 400 /)
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toEqual({ error: { code: 'INVALID_REQUEST', message: '请求不正确，请检查后再试' } })
  })

  it('answers an AppError with its own status, code and message', async () => {
    const res = await app.inject({ url: '/api/v1/probe-missing' })
    expect(res.statusCode).toBe(404)
    expect(res.json()).toEqual({ error: { code: 'NOTICE_NOT_FOUND', message: '未找到该公告' } })
  })

  it('answers a fault with 500 and a friendly message, keeping the details in the log only', async () => {
    const res = await app.inject({ url: '/api/v1/probe-crash' })
    expect(res.statusCode).toBe(500)
    expect(res.json()).toEqual({ error: { code: 'INTERNAL_ERROR', message: '服务器暂时出了点问题，请稍后再试' } })
    expect(res.body).not.toContain('10.0.0.5')
    expect(logged.join('')).toContain('connection to 10.0.0.5 refused')
  })

  it('answers with 500 when a route returns something its response schema forbids', async () => {
    const res = await app.inject({ url: '/api/v1/probe-bad-answer' })
    expect(res.statusCode).toBe(500)
    expect(res.json().error.code).toBe('INTERNAL_ERROR')
  })
})

describe('the OpenAPI document', () => {
  let app: FastifyInstance
  beforeAll(async () => {
    app = await buildApp({ db: testDb.db })
  })
  afterAll(() => app.close())

  it('is served as JSON at /api/v1/docs and lists the health route with its schema', async () => {
    const res = await app.inject({ url: '/api/v1/docs' })
    expect(res.statusCode).toBe(200)
    const doc = res.json()
    expect(doc.openapi).toMatch(/^3\./)
    expect(doc.paths['/api/v1/health'].get.responses['200']).toBeDefined()
    expect(doc.paths['/api/v1/docs']).toBeUndefined()
  })

  it('documents a named query schema as one parameter per property', async () => {
    const withQuery = await buildApp({ db: testDb.db })
    withQuery.withTypeProvider<ZodTypeProvider>().get(
      '/api/v1/probe-search',
      { schema: { querystring: z.object({ q: z.string().optional(), page: z.coerce.number() }).meta({ id: 'ProbeQuery' }) } },
      async () => ({})
    )
    const res = await withQuery.inject({ url: '/api/v1/docs' })
    expect(res.statusCode).toBe(200)
    const names = res.json().paths['/api/v1/probe-search'].get.parameters.map((p: { name: string }) => p.name)
    expect(names).toEqual(['q', 'page'])
    await withQuery.close()
  })

  it('is also served at /api/v1/docs/json', async () => {
    const res = await app.inject({ url: '/api/v1/docs/json' })
    expect(res.statusCode).toBe(200)
    expect(res.json().info.title).toBe('街坊通 API')
  })
})

describe('the built H5 app', () => {
  let dir: string
  let app: FastifyInstance
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-h5-'))
    fs.mkdirSync(path.join(dir, 'js'))
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>街坊通</title>')
    fs.writeFileSync(path.join(dir, 'js', 'app.1a2b3c4d.js'), 'console.log(1)')
    // What config/h5-post-build.ts writes beside each bundle; different content, to tell which was sent.
    fs.writeFileSync(path.join(dir, 'js', 'app.1a2b3c4d.js.br'), zlib.brotliCompressSync('console.log("br")'))
    fs.writeFileSync(path.join(dir, 'js', 'app.1a2b3c4d.js.gz'), zlib.gzipSync('console.log("gz")'))
    app = await buildApp({ db: testDb.db, staticDir: dir })
  })
  afterAll(async () => {
    await app.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('serves index.html at / and asks browsers to revalidate it every time', async () => {
    const res = await app.inject({ url: '/' })
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<title>街坊通</title>')
    expect(res.headers['cache-control']).toBe('no-cache')
  })

  it('serves hashed bundles with a year-long immutable cache', async () => {
    const res = await app.inject({ url: '/js/app.1a2b3c4d.js' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('sends the brotli file made at build time to a browser that accepts brotli', async () => {
    const res = await app.inject({ url: '/js/app.1a2b3c4d.js', headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(res.headers['content-encoding']).toBe('br')
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe('console.log("br")')
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('sends the gzip file to a browser that accepts only gzip, and the plain file to one that accepts neither', async () => {
    const gz = await app.inject({ url: '/js/app.1a2b3c4d.js', headers: { 'accept-encoding': 'gzip' } })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe('console.log("gz")')
    const plain = await app.inject({ url: '/js/app.1a2b3c4d.js', headers: { 'accept-encoding': 'identity' } })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe('console.log(1)')
  })

  it('still answers an unknown API route with the JSON 404', async () => {
    const res = await app.inject({ url: '/api/v1/no-such-thing' })
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('NOT_FOUND')
  })

  it('serves nothing at / when no H5 build exists', async () => {
    const bare = await buildApp({ db: testDb.db, staticDir: path.join(dir, 'missing') })
    const res = await bare.inject({ url: '/' })
    expect(res.statusCode).toBe(404)
    await bare.close()
  })
})

describe('compressed API answers', () => {
  let app: FastifyInstance
  const big = { items: Array.from({ length: 100 }, (_, i) => ({ id: i, title: `青石街道公告第 ${i} 号` })) }
  beforeAll(async () => {
    app = await buildApp({ db: testDb.db })
    app.get('/api/v1/probe-big', async () => big)
    app.get('/api/v1/probe-small', async () => ({ ok: true }))
  })
  afterAll(() => app.close())

  it('compresses an answer over 1 KB with brotli for a browser that accepts it', async () => {
    const res = await app.inject({ url: '/api/v1/probe-big', headers: { 'accept-encoding': 'gzip, br' } })
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers.vary).toContain('accept-encoding')
    const json = zlib.brotliDecompressSync(res.rawPayload).toString()
    expect(JSON.parse(json)).toEqual(big)
    expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(json) / 3)
  })

  it('sends a small answer as it is: the headers would outweigh the saving', async () => {
    const res = await app.inject({ url: '/api/v1/probe-small', headers: { 'accept-encoding': 'gzip, br' } })
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.json()).toEqual({ ok: true })
  })

  it('keeps the public answers’ ETag the hash of the JSON, so a compressed and a plain client share it', async () => {
    const url = '/api/v1/notices?page=1&pageSize=50'
    const compressed = await app.inject({ url, headers: { 'accept-encoding': 'br' } })
    const plain = await app.inject({ url })
    expect(compressed.statusCode).toBe(200)
    expect(compressed.headers.etag).toBe(plain.headers.etag)
    const again = await app.inject({ url, headers: { 'accept-encoding': 'br', 'if-none-match': String(compressed.headers.etag) } })
    expect(again.statusCode).toBe(304)
    expect(again.rawPayload.length).toBe(0)
  })
})

