import type { FastifyInstance } from 'fastify'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildApp } from '../app'
import { describeEachEngine } from '../../test/support/db'
import { HSTS, inlineScriptHashes } from './helmet'
import { RATE_LIMITED_MESSAGE } from './rate-limit'

describeEachEngine('security headers', (getDb) => {
  let app: FastifyInstance
  let staticDir: string
  beforeAll(async () => {
    staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-h5-'))
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!DOCTYPE html><html><head><script>document.documentElement.style.fontSize="20px"</script><script src="js/app.js"></script></head><body></body></html>')
    app = await buildApp({ db: getDb(), staticDir, trustProxy: true })
  })
  afterAll(async () => {
    await app.close()
    fs.rmSync(staticDir, { recursive: true, force: true })
  })

  it('forbids every other site to frame the app or the workbench, which shows identity numbers', async () => {
    const res = await app.inject({ url: '/' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(res.headers['x-frame-options']).toBe('DENY')
  })

  it('lets the H5 app run: its own scripts and the one inline script of index.html, inline styles, data: and blob: pictures, its service worker', async () => {
    const csp = String((await app.inject({ url: '/' })).headers['content-security-policy'])
    const [hash] = inlineScriptHashes('<script>document.documentElement.style.fontSize="20px"</script>')
    expect(csp).toContain(`script-src 'self' ${hash}`)
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(csp).toContain("style-src 'self' 'unsafe-inline'")
    expect(csp).toContain("img-src 'self' data: blob:")
    expect(csp).toContain("worker-src 'self'")
    expect(csp).toContain("object-src 'none'")
  })

  it('sends nosniff and no referrer on API answers as well', async () => {
    const res = await app.inject({ url: '/api/v1/health' })
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('no-referrer')
  })

  it('asks browsers to keep to https only on answers that went out over https', async () => {
    const plain = await app.inject({ url: '/api/v1/health' })
    expect(plain.headers['strict-transport-security']).toBeUndefined()
    const viaProxy = await app.inject({ url: '/api/v1/health', headers: { 'x-forwarded-proto': 'https' } })
    expect(viaProxy.headers['strict-transport-security']).toBe(HSTS)
  })
})

describeEachEngine('the per-address rate limit', (getDb) => {
  let app: FastifyInstance
  beforeAll(async () => {
    app = await buildApp({ db: getDb(), publicCache: true, rateLimitPerMinute: 5 })
  })
  afterAll(() => app.close())

  const search = (q: string, remoteAddress: string) => app.inject({ url: `/api/v1/notices?q=${encodeURIComponent(q)}`, remoteAddress })

  it('answers 429 RATE_LIMITED in Chinese to an address that floods the API with uncached searches, and not to its neighbours', async () => {
    for (let i = 0; i < 5; i += 1) expect((await search(`低保${i}`, '203.0.113.10')).statusCode).toBe(200)
    const refused = await search('低保99', '203.0.113.10')
    expect(refused.statusCode).toBe(429)
    expect(refused.json()).toEqual({ error: { code: 'RATE_LIMITED', message: RATE_LIMITED_MESSAGE } })
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect((await search('低保99', '203.0.113.11')).statusCode).toBe(200)
  })

  it('never counts /health nor answers served from the public cache', async () => {
    const address = '203.0.113.20'
    for (let i = 0; i < 5; i += 1) expect((await search(`医保${i}`, address)).statusCode).toBe(200)
    // Kept in memory by the requests above: served again without a query, so not starved.
    expect((await search('医保0', address)).statusCode).toBe(200)
    expect((await app.inject({ url: '/api/v1/health', remoteAddress: address })).statusCode).toBe(200)
    expect((await search('医保new', address)).statusCode).toBe(429)
  })
})
