import { ErrorCode } from '@/core/schemas/common'
import { operationKey, PUBLIC_OPERATIONS, type Operation, type OpenApiDocument } from './openapi'
import { encodeText, flatten, hostile, hostileUrlText, plausible, Random } from './values'

/**
 * The project's own fuzzer (issue 11). For every operation of the served OpenAPI document it sends
 * bounded malformed requests — wrong types, missing and extra fields, huge strings and lists, NUL and
 * lone surrogates, out-of-range numbers, impossible dates, SQL and path-traversal text, bad JSON and
 * media types — as nobody, with a forged token, as a resident and as each staff role, and reports
 * every answer that is a 5xx, outside `{ error: { code, message } }`, shows internals or is slow.
 */

export interface FuzzRequest {
  method: string
  url: string
  headers: Record<string, string>
  payload?: string | Buffer
  remoteAddress: string
}

export interface FuzzResponse {
  statusCode: number
  headers: Record<string, string | string[] | number | undefined>
  body: string
}

/** Who sends a request: a name for the report and the Authorization header, if any. */
export interface Principal {
  name: string
  authorization?: string
}

export interface FuzzTarget {
  send(request: FuzzRequest): Promise<FuzzResponse>
  /** The signed-in principals (a resident, each staff role, the system token); may be refreshed. */
  principals(): Principal[]
  /** Called after each answer, e.g. to sign a resident in again after DELETE /me closed the account. */
  after?(request: FuzzRequest, response: FuzzResponse, principal: Principal): Promise<void>
}

export interface FuzzOptions {
  seed: number
  /** Requests to send in all, spread over the operations round-robin. */
  requests: number
  /** An answer slower than this is a failure (2 s; more under a loaded test runner). */
  slowMs: number
  /** Called every 1,000 requests (progress of a long round). */
  progress?: (sent: number) => void
}

export interface Failure {
  operation: string
  problem: string
  request: string
  status: number
  body: string
}

export interface FuzzReport {
  seed: number
  sent: number
  byStatus: Record<string, number>
  serverErrors: number
  outsideErrorShape: number
  internalDetail: number
  slow: number
  maxMs: number
  p99Ms: number
  /** Failures, the first few per operation and problem. */
  failures: Failure[]
  failingOperations: string[]
}

const ERROR_CODES: ReadonlySet<string> = new Set(ErrorCode.options)
/**
 * Operations slow by nature and open to the system token only: the whole database as a backup file
 * takes seconds as it grows. Every other answer must come within the time limit.
 */
export const SLOW_BY_DESIGN: ReadonlySet<string> = new Set(['GET /api/v1/staff/system/backup'])
const CHINESE = /[\u4e00-\u9fff]/
/** What must never reach a client: stack frames, file paths, framework codes. */
const STACK_DETAIL = /\n\s+at |\bat [\w.<>$]+ \([^)]*:\d+:\d+\)|node_modules|\/work\/|\/home\/|\.ts:\d+|\bFST_[A-Z_]+|ZodError|TypeError|ReferenceError/
/** What an error must not repeat: SQL and the database driver's words (a 2xx may echo stored text that has them). */
const DATABASE_DETAIL = /PGlite|postgres|SyntaxError|\bSELECT\b|\bINSERT INTO\b|syntax error at|violates|duplicate key|relation "|column "|invalid input syntax|out of range for type/
const ERROR_ANSWER_MAX = 16_384

/** Problems of one answer; none for a sound one. */
export function judge(response: FuzzResponse, elapsedMs: number, slowMs: number): string[] {
  const problems: string[] = []
  if (response.statusCode >= 500) problems.push(`${response.statusCode}`)
  if (elapsedMs > slowMs) problems.push(`slow (${Math.round(elapsedMs)} ms)`)
  const type = String(response.headers['content-type'] ?? '')
  const isJson = type.includes('application/json')
  if ((isJson && STACK_DETAIL.test(response.body)) || (response.statusCode >= 400 && (STACK_DETAIL.test(response.body) || DATABASE_DETAIL.test(response.body)))) {
    problems.push('internal detail')
  }
  if (response.statusCode >= 400) {
    const shape = errorShapeProblem(response, isJson)
    if (shape) problems.push(`outside the error shape: ${shape}`)
  }
  return problems
}

function errorShapeProblem(response: FuzzResponse, isJson: boolean): string | undefined {
  if (response.statusCode === 405 || response.body === '') return response.body === '' ? 'empty body' : undefined
  if (!isJson) return 'not JSON'
  if (response.body.length > ERROR_ANSWER_MAX) return `${response.body.length} bytes`
  let parsed: unknown
  try {
    parsed = JSON.parse(response.body)
  } catch {
    return 'unreadable JSON'
  }
  const top = parsed as { error?: { code?: unknown; message?: unknown; fields?: unknown } }
  if (typeof top !== 'object' || top === null || Object.keys(top).join() !== 'error' || typeof top.error !== 'object' || top.error === null) return 'no { error }'
  const { code, message, fields, ...rest } = top.error
  if (Object.keys(rest).length > 0) return `extra keys ${Object.keys(rest).join(',')}`
  if (typeof code !== 'string' || !ERROR_CODES.has(code)) return `unknown code ${String(code)}`
  if (typeof message !== 'string' || !CHINESE.test(message)) return `message not in Chinese: ${String(message).slice(0, 60)}`
  if (fields !== undefined && (typeof fields !== 'object' || fields === null || Object.values(fields).some((f) => typeof f !== 'string'))) return 'fields not a map of messages'
  return undefined
}

type Mutation = { request: Omit<FuzzRequest, 'remoteAddress'>; what: string }

/** The path of `op` with each `{param}` filled: plausibly, or with hostile text for `hostileParam`. */
function urlOf(doc: OpenApiDocument, op: Operation, random: Random, hostileParam?: string): { url: string; what?: string } {
  let what: string | undefined
  let url = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    if (name === hostileParam) {
      const h = hostileUrlText(random)
      what = `path ${name}: ${h.what}`
      return h.text
    }
    const parameter = op.parameters.find((p) => p.in === 'path' && p.name === name)
    return encodeText(String(parameter ? plausible(doc, parameter.schema, random) : '1'))
  })
  const query: string[] = []
  for (const p of op.parameters.filter((q) => q.in === 'query')) {
    if (p.name === hostileParam) {
      const h = hostileUrlText(random)
      what = `query ${p.name}: ${h.what}`
      query.push(`${encodeText(p.name)}=${h.text}`)
    } else if (p.required || random.chance(0.4)) {
      query.push(`${encodeText(p.name)}=${encodeText(String(plausible(doc, p.schema, random)))}`)
    }
  }
  if (query.length > 0) url += `?${query.join('&')}`
  return { url, what }
}

const JSON_TYPE = { 'content-type': 'application/json' }

/** One malformed (sometimes well-formed) request for `op`. */
function mutate(doc: OpenApiDocument, op: Operation, random: Random): Mutation {
  const headers: Record<string, string> = {}
  for (const p of op.parameters.filter((h) => h.in === 'header')) headers[p.name] = String(plausible(doc, p.schema, random))
  if (op.method === 'POST' && !headers['idempotency-key'] && random.chance(0.3)) headers['idempotency-key'] = `fuzz-${random.int(0, 1e9)}`
  const takesBody = op.body !== undefined
  const body = () => (op.body ? plausible(doc, op.body, random) : undefined)
  const withBody = (value: unknown, what: string): Mutation => ({
    request: { method: op.method, url: urlOf(doc, op, random).url, headers: { ...headers, ...JSON_TYPE }, payload: JSON.stringify(value) },
    what
  })
  const roll = random.next()

  if (roll < 0.1) {
    const { url } = urlOf(doc, op, random)
    return takesBody ? withBody(body(), 'plausible') : { request: { method: op.method, url, headers }, what: 'plausible' }
  }
  if (roll < 0.3) {
    const params = op.parameters.filter((p) => p.in !== 'header')
    if (params.length > 0) {
      const target = random.pick(params)
      const { url, what } = urlOf(doc, op, random, target.name)
      const payload = takesBody ? JSON.stringify(body()) : undefined
      return { request: { method: op.method, url, headers: takesBody ? { ...headers, ...JSON_TYPE } : headers, payload }, what: what ?? target.name }
    }
  }
  if (roll < 0.35) {
    const header = op.parameters.find((p) => p.in === 'header')
    if (header) {
      const h = hostile(doc, header.schema, random)
      const value = typeof h.value === 'string' ? h.value.replace(/[^\t\x20-\x7e]/g, '?') : JSON.stringify(h.value)
      return {
        request: { method: op.method, url: urlOf(doc, op, random).url, headers: { ...headers, [header.name]: value.slice(0, 8_000), ...JSON_TYPE }, payload: JSON.stringify(body()) },
        what: `header ${header.name}: ${h.what}`
      }
    }
  }
  if (takesBody && roll < 0.75) {
    const value = body() as Record<string, unknown>
    const fields = fieldPaths(value)
    if (fields.length > 0 && random.chance(0.85)) {
      const path = random.pick(fields)
      const schema = schemaAt(doc, op.body!, path, random)
      const h = schema ? hostile(doc, schema, random) : { value: random.pick(['\u0000', 2147483648, [], 'x'.repeat(100_000)]), what: 'hostile' }
      if (random.chance(0.15)) {
        setAt(value, path, undefined)
        return withBody(value, `missing ${path.join('.')}`)
      }
      setAt(value, path, h.value)
      return withBody(value, `body ${path.join('.')}: ${h.what}`)
    }
    const h = hostile(doc, op.body!, random)
    return withBody(h.value, `body: ${h.what}`)
  }
  if (roll < 0.9) return wholeBody(op, random, urlOf(doc, op, random).url, headers)
  const { url } = urlOf(doc, op, random)
  if (!takesBody) return { request: { method: op.method, url, headers }, what: 'plausible' }
  const extra = JSON.stringify({ ...(body() as object), unexpected: '多余的字段' }).replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},')
  return { request: { method: op.method, url, headers: { ...headers, ...JSON_TYPE }, payload: extra }, what: 'extra fields and __proto__' }
}

/** Requests whose body as a whole is wrong: not JSON, another media type, empty, huge, deep. */
function wholeBody(op: Operation, random: Random, url: string, headers: Record<string, string>): Mutation {
  const variants: [string, Record<string, string>, string | Buffer][] = [
    ['broken JSON', JSON_TYPE, '{"title":'],
    ['JSON null', JSON_TYPE, 'null'],
    ['a JSON array', JSON_TYPE, '[1,2,3]'],
    ['a JSON string', JSON_TYPE, '"文字"'],
    ['an empty JSON body', JSON_TYPE, ''],
    ['NUL bytes', JSON_TYPE, Buffer.from([0, 0, 0])],
    ['invalid UTF-8', JSON_TYPE, Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0xff, 0x22, 0x7d])],
    ['duplicate keys', JSON_TYPE, '{"kind":"complaint","kind":"info_request"}'],
    ['deep nesting', JSON_TYPE, `${'['.repeat(5_000)}${']'.repeat(5_000)}`],
    ['a body over the limit', JSON_TYPE, `{"x":"${'x'.repeat(1_100_000)}"}`],
    ['text/plain', { 'content-type': 'text/plain' }, '低保'],
    ['XML', { 'content-type': 'application/xml' }, '<a>1</a>'],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }, 'a=1&b=%00'],
    ['multipart without boundary', { 'content-type': 'multipart/form-data' }, 'x'],
    ['broken multipart', { 'content-type': 'multipart/form-data; boundary=zz' }, '--zz\r\nContent-Disposition: form-data; name="file"; filename="../../a\u0000.png"\r\n\r\n\x89PNG'],
    ['a multipart file', { 'content-type': 'multipart/form-data; boundary=zz' }, multipartFile(random)],
    ['JSON in UTF-16', { 'content-type': 'application/json; charset=utf-16' }, Buffer.from('{"a":1}', 'utf16le')],
    ['a strange media type', { 'content-type': 'application/json;;;charset' }, '{}']
  ]
  const [what, type, payload] = random.pick(variants)
  return { request: { method: op.method === 'GET' && random.chance(0.5) ? 'POST' : op.method, url, headers: { ...headers, ...type }, payload }, what }
}

/** A small multipart upload: a PNG, a PDF with JavaScript, an HTML page or nothing, under odd names. */
function multipartFile(random: Random): Buffer {
  const [name, bytes] = random.pick<[string, Buffer]>([
    ['photo.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)])],
    ['a.pdf', Buffer.from('%PDF-1.4\n1 0 obj<</OpenAction<</JS(app.alert(1))/S/JavaScript>>>>endobj\n%%EOF')],
    ['page.html', Buffer.from('<html><script>alert(1)</script></html>')],
    ['empty.png', Buffer.alloc(0)]
  ])
  const filename = random.pick([name, `../../${name}`, `${'长'.repeat(300)}.png`, 'a\u202egnp.exe', ''])
  return Buffer.concat([
    Buffer.from(`--zz\r\nContent-Disposition: form-data; name="${random.pick(['file', 'other'])}"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`),
    bytes,
    Buffer.from('\r\n--zz--\r\n')
  ])
}

type Path = (string | number)[]

function fieldPaths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (prefix.length > 4) return out
  if (Array.isArray(value)) value.slice(0, 3).forEach((item, i) => (out.push([...prefix, i]), fieldPaths(item, [...prefix, i], out)))
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push([...prefix, key])
      fieldPaths(item, [...prefix, key], out)
    }
  }
  return out
}

function schemaAt(doc: OpenApiDocument, root: NonNullable<Operation['body']>, path: Path, random: Random) {
  let s: NonNullable<Operation['body']> | undefined = root
  for (const step of path) {
    if (!s) return undefined
    const flat = flatten(doc, s, random)
    s = typeof step === 'number' ? flat.items : flat.properties?.[step]
  }
  return s
}

function setAt(target: unknown, path: Path, value: unknown): void {
  let node = target as Record<string | number, unknown>
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>
  const last = path[path.length - 1]
  if (value === undefined) delete node[last]
  else node[last] = value
}

/**
 * Who sends a request: public operations mostly nobody or a forged token; signed-in ones mostly the
 * side they are for (staff routes a staff role, residents' routes the resident), sometimes the other
 * side, sometimes nobody or a forged token.
 */
function principalFor(key: string, path: string, signedIn: Principal[], forged: Principal[], random: Random): Principal {
  if (PUBLIC_OPERATIONS.has(key)) return random.chance(0.6) ? random.pick(forged) : random.pick(signedIn)
  const roll = random.next()
  if (roll < 0.15) return random.pick(forged)
  const staffRoute = path.startsWith('/api/v1/staff/')
  const residents = signedIn.filter((p) => p.name === 'resident')
  const staff = signedIn.filter((p) => p.name !== 'resident')
  const own = staffRoute ? staff : residents
  const other = staffRoute ? residents : staff
  return roll < 0.25 && other.length > 0 ? random.pick(other) : random.pick(own.length > 0 ? own : signedIn)
}

/** Runs a round: `options.requests` requests over every operation of `doc`, round-robin. */
export async function fuzz(doc: OpenApiDocument, target: FuzzTarget, operations: Operation[], options: FuzzOptions): Promise<FuzzReport> {
  const random = new Random(options.seed)
  const report: FuzzReport = { seed: options.seed, sent: 0, byStatus: {}, serverErrors: 0, outsideErrorShape: 0, internalDetail: 0, slow: 0, maxMs: 0, p99Ms: 0, failures: [], failingOperations: [] }
  const timings: number[] = []
  const failing = new Map<string, number>()
  const forged: Principal[] = [{ name: 'nobody' }, { name: 'forged token', authorization: 'Bearer forged-0123456789abcdefghijklmnopqrstuvwxyz' }, { name: 'malformed header', authorization: random.pick(['Bearer', 'Basic YTpi', 'Bearer a b', `Bearer ${'x'.repeat(4_000)}`]) }]
  for (let i = 0; i < options.requests; i++) {
    const op = operations[i % operations.length]
    const key = operationKey(op)
    const principal = principalFor(key, op.path, target.principals(), forged, random)
    const { request, what } = mutate(doc, op, random)
    const full: FuzzRequest = {
      ...request,
      headers: principal.authorization ? { ...request.headers, authorization: principal.authorization } : request.headers,
      remoteAddress: `10.0.${random.int(0, 3)}.${random.int(1, 250)}`
    }
    const started = performance.now()
    const response = await target.send(full)
    const elapsed = performance.now() - started
    timings.push(elapsed)
    report.sent++
    report.byStatus[response.statusCode] = (report.byStatus[response.statusCode] ?? 0) + 1
    const problems = judge(response, elapsed, SLOW_BY_DESIGN.has(key) ? Infinity : options.slowMs)
    if (problems.some((p) => /^5\d\d$/.test(p))) report.serverErrors++
    if (problems.some((p) => p.startsWith('outside'))) report.outsideErrorShape++
    if (problems.includes('internal detail')) report.internalDetail++
    if (problems.some((p) => p.startsWith('slow'))) report.slow++
    for (const problem of problems) {
      const seen = failing.get(`${key} ${problem}`) ?? 0
      failing.set(`${key} ${problem}`, seen + 1)
      if (seen < 2 && report.failures.length < 200) {
        report.failures.push({ operation: key, problem, request: `${full.method} ${full.url.slice(0, 200)} as ${principal.name}: ${what}`, status: response.statusCode, body: response.body.slice(0, 300) })
      }
    }
    await target.after?.(full, response, principal)
    if (options.progress && report.sent % 1_000 === 0) options.progress(report.sent)
  }
  timings.sort((a, b) => a - b)
  report.maxMs = Math.round(timings[timings.length - 1] ?? 0)
  report.p99Ms = Math.round(timings[Math.floor(timings.length * 0.99)] ?? 0)
  report.failingOperations = [...new Set(report.failures.map((f) => f.operation))]
  return report
}

/** The report as the lines `npm run fuzz` prints. */
export function formatReport(report: FuzzReport): string {
  const lines = [
    `seed: ${report.seed}`,
    `requests sent: ${report.sent}`,
    `answers by status: ${Object.entries(report.byStatus).map(([s, n]) => `${s}×${n}`).join(' ')}`,
    `5xx answers: ${report.serverErrors}`,
    `answers outside the error shape: ${report.outsideErrorShape}`,
    `answers showing internals: ${report.internalDetail}`,
    `answers over the time limit: ${report.slow}`,
    `slowest answer: ${report.maxMs} ms (p99 ${report.p99Ms} ms)`,
    `failing operations: ${report.failingOperations.length === 0 ? 'none' : report.failingOperations.join(', ')}`
  ]
  for (const f of report.failures.slice(0, 40)) lines.push(`  ${f.problem} — ${f.request} → ${f.status} ${f.body.replace(/\s+/g, ' ').slice(0, 200)}`)
  return lines.join('\n')
}
