import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** Test doubles of the outside providers (Alibaba Cloud SMS, the WeChat API) on 127.0.0.1. */

/** What the fake provider received. */
export interface Received {
  method: string
  path: string
  query: URLSearchParams
  body: string
}

/**
 * A stand-in for Alibaba Cloud or WeChat on 127.0.0.1: records every request and answers with what
 * `answer` says (status and JSON, or raw text).
 */
export async function fakeProvider(answer: (r: Received) => { status?: number; json?: object; text?: string }) {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake')
      const r = { method: req.method ?? '', path: url.pathname, query: url.searchParams, body: Buffer.concat(chunks).toString('utf8') }
      received.push(r)
      const a = answer(r)
      res.writeHead(a.status ?? 200, { 'content-type': a.text === undefined ? 'application/json' : 'text/plain' })
      res.end(a.text ?? JSON.stringify(a.json ?? {}))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { base, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
