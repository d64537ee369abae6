import { Writable } from 'node:stream'
import { buildApp } from '../app'
import { describeEachEngine } from '../../test/support/db'
import { loggerOptions } from './logging'

/** A log destination that keeps every JSON line. */
function logLines(): { stream: Writable; lines: () => Record<string, unknown>[]; text: () => string } {
  let text = ''
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString()
      done()
    }
  })
  return { stream, text: () => text, lines: () => text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>) }
}

describeEachEngine('the server log', (getDb) => {
  it('writes JSON lines that carry the proxy’s X-Request-Id, echoes it to the client, and masks phone and identity numbers', async () => {
    const log = logLines()
    const app = await buildApp({ db: getDb(), logger: { ...loggerOptions('info'), stream: log.stream } })
    const answer = await app.inject({ url: '/api/v1/notices?q=13812345678&id=11010519491231002X', headers: { 'x-request-id': 'nginx-7f3a' } })
    await app.close()
    expect(answer.headers['x-request-id']).toBe('nginx-7f3a')
    const lines = log.lines()
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.every((line) => line.reqId === 'nginx-7f3a' || line.reqId === undefined)).toBe(true)
    expect(lines.some((line) => line.reqId === 'nginx-7f3a')).toBe(true)
    expect(log.text()).not.toContain('13812345678')
    expect(log.text()).not.toContain('11010519491231002X')
    expect(log.text()).toContain('138****5678')
  })

  it('gives a request without a usable X-Request-Id an id of its own', async () => {
    const app = await buildApp({ db: getDb() })
    const bare = await app.inject({ url: '/api/v1/health' })
    const forged = await app.inject({ url: '/api/v1/health', headers: { 'x-request-id': 'a b\n{"level":60}' } })
    await app.close()
    expect(bare.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  })
})
