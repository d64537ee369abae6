import type { FastifyInstance } from 'fastify'
import { describeEachEngine } from '../../test/support/db'
import { buildApp } from '../app'
import { quietResidentServices } from '../residents/testing'

describeEachEngine('the subscription templates the app asks residents to allow', (getDb) => {
  let app: FastifyInstance
  const serve = async (wechatTemplateIds?: string[]) => {
    app = await buildApp({ db: getDb(), residents: { ...quietResidentServices(), wechatTemplateIds } })
  }
  afterEach(async () => {
    await app.close()
  })
  const templates = (headers: Record<string, string> = {}) => app.inject({ method: 'GET', url: '/api/v1/notify/templates', headers })

  it('answers the templates of WECHAT_TEMPLATE_IDS to anyone, signed in or not', async () => {
    await serve(['tmplReceivedAAAA', 'tmplRepliedBBBB'])
    const answer = await templates()
    expect(answer.statusCode).toBe(200)
    expect(answer.json()).toEqual({ wechatTemplateIds: ['tmplReceivedAAAA', 'tmplRepliedBBBB'] })
  })

  it('answers an empty list when none are configured, so the app asks for nothing', async () => {
    await serve()
    expect((await templates()).json()).toEqual({ wechatTemplateIds: [] })
  })

  it('may be cached: a public max-age, and 304 without a body for the ETag the phone holds', async () => {
    await serve(['tmplReceivedAAAA'])
    const first = await templates()
    expect(first.headers['cache-control']).toBe('public, max-age=60')
    const etag = String(first.headers.etag)
    expect(etag).toMatch(/^".+"$/)
    const again = await templates({ 'if-none-match': etag })
    expect(again.statusCode).toBe(304)
    expect(again.body).toBe('')
  })

  it('gives a new ETag when the configured templates change', async () => {
    await serve(['tmplReceivedAAAA'])
    const before = String((await templates()).headers.etag)
    await app.close()
    await serve(['tmplReceivedAAAA', 'tmplRepliedBBBB'])
    const after = await templates({ 'if-none-match': before })
    expect(after.statusCode).toBe(200)
    expect(after.headers.etag).not.toBe(before)
  })
})
