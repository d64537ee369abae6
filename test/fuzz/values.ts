import { resolve, typesOf, type JsonSchema, type OpenApiDocument } from './openapi'

/**
 * Values for the fuzzer: plausible ones read off a JSON schema (so that a request gets past the
 * first check and reaches deeper code) and hostile ones (what an attacker sends). Everything is
 * drawn from a seeded generator, so a failing round can be replayed with its seed.
 */

/** mulberry32: a small seeded generator; the same seed gives the same round. */
export class Random {
  private state: number
  constructor(seed: number) {
    this.state = seed >>> 0
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]
  }
  chance(p: number): boolean {
    return this.next() < p
  }
}

/** Values that fit the usual patterns of this API; the first one a pattern accepts is used. */
const PATTERN_SAMPLES = [
  '2026-11-25',
  'QS-2026-000001',
  '13800000001',
  '0123456789abcdef0123456789abcdef',
  'civil-affairs',
  'staff:1',
  'system',
  'reply',
  '123456',
  'idem-key-000001',
  '021-12345678',
  'member1',
  'wx0123456789abcdef',
  '2026-12-01T09:00:00+08:00'
]

const CHINESE = '街道办事处低保申请材料路灯维修居民委员会政务公开通知公告答复期限'

function chinese(random: Random, length: number): string {
  let text = ''
  for (let i = 0; i < length; i++) text += random.pick([...CHINESE])
  return text
}

/** The schema with `allOf` parts merged and `$ref`s followed, or one branch of `oneOf`/`anyOf`. */
export function flatten(doc: OpenApiDocument, schema: JsonSchema, random: Random): JsonSchema {
  let s = resolve(doc, schema)
  const branches = s.oneOf ?? s.anyOf
  if (branches && branches.length > 0) {
    const { oneOf: _o, anyOf: _a, ...rest } = s
    s = { ...rest, ...flatten(doc, random.pick(branches), random) }
  }
  if (s.allOf) {
    const { allOf, ...rest } = s
    s = allOf.reduce<JsonSchema>((merged, part) => ({ ...merged, ...flatten(doc, part, random) }), rest)
  }
  return s
}

/** A value the schema accepts, most of the time (patterns and cross-field rules are guessed). */
export function plausible(doc: OpenApiDocument, schema: JsonSchema, random: Random, depth = 0): unknown {
  const s = flatten(doc, schema, random)
  if (s.const !== undefined) return s.const
  if (s.enum) return random.pick(s.enum)
  const types = typesOf(s).filter((t) => t !== 'null')
  if (typesOf(s).includes('null') && random.chance(0.1)) return null
  if (s.default !== undefined && random.chance(0.2)) return s.default
  const type = types[0] ?? (s.properties ? 'object' : 'string')
  switch (type) {
    case 'string': {
      if (s.format === 'date-time') return '2026-12-01T09:00:00+08:00'
      if (s.format === 'email') return 'resident@example.com'
      if (s.pattern) {
        const pattern = new RegExp(s.pattern)
        const fits = PATTERN_SAMPLES.filter((sample) => pattern.test(sample) && sample.length <= (s.maxLength ?? Infinity))
        if (fits.length > 0) return random.pick(fits)
      }
      const min = s.minLength ?? 0
      const max = Math.min(s.maxLength ?? 20, Math.max(min, 20))
      return chinese(random, random.int(Math.max(min, 1), Math.max(max, 1)))
    }
    case 'integer':
    case 'number': {
      const min = s.minimum ?? s.exclusiveMinimum ?? 0
      const max = s.maximum ?? s.exclusiveMaximum ?? min + 10
      // Small ids find rows of the demo content; other numbers anywhere in range.
      const top = min >= 0 && max > min + 5 && random.chance(0.7) ? min + 5 : max
      const value = random.int(Math.ceil(min), Math.floor(Math.min(top, Number.MAX_SAFE_INTEGER)))
      return type === 'number' && random.chance(0.3) ? Math.min(max, value + 0.5) : value
    }
    case 'boolean':
      return random.chance(0.5)
    case 'array': {
      if (depth > 6) return []
      const length = random.int(s.minItems ?? 0, Math.min(s.maxItems ?? 3, Math.max(s.minItems ?? 0, 3)))
      return Array.from({ length }, () => (s.items ? plausible(doc, s.items, random, depth + 1) : chinese(random, 4)))
    }
    case 'object': {
      if (depth > 6) return {}
      const object: Record<string, unknown> = {}
      const required = new Set(s.required ?? [])
      for (const [name, property] of Object.entries(s.properties ?? {})) {
        if (required.has(name) || random.chance(0.5)) object[name] = plausible(doc, property, random, depth + 1)
      }
      return object
    }
    default:
      return chinese(random, 4)
  }
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDC00尾',
  '😀\uD83D',
  "' OR '1'='1' --",
  '1; DROP TABLE cases; --',
  "'); SELECT pg_sleep(5); --",
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x")',
  '${jndi:ldap://x/a}',
  '{{constructor.constructor("return 1")()}}',
  '\u202e\u0008\u001b[31m',
  '\r\nSet-Cookie: x=1',
  '𠀀𠀁'.repeat(50),
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '2026-1-1',
  '2026-12-01T25:61:00+08:00',
  'NaN',
  'Infinity',
  '-1',
  '0x7fffffff',
  '1e309',
  '2147483648',
  'true',
  'null',
  '__proto__',
  'constructor'
]

const HOSTILE_NUMBERS = [0, -1, 1.5, 2147483647, 2147483648, -2147483649, 9007199254740993, 1e308, -1e308, 4294967296]

/** A string over the schema's maximum, or a huge one. */
function tooLong(s: JsonSchema, random: Random): string {
  const length = random.chance(0.5) && s.maxLength !== undefined ? s.maxLength + 1 : random.pick([10_000, 200_000])
  return random.pick(['x', '字', '😀']).repeat(length).slice(0, Math.max(length, 1))
}

/** A value the schema should refuse, with a word for the report of what it is. */
export function hostile(doc: OpenApiDocument, schema: JsonSchema, random: Random): { value: unknown; what: string } {
  const s = flatten(doc, schema, random)
  const types = typesOf(s)
  const roll = random.next()
  if (roll < 0.15) {
    const wrong = random.pick<[unknown, string]>([
      [12345, 'a number'],
      [true, 'a boolean'],
      [{}, 'an object'],
      [[], 'an array'],
      [null, 'null'],
      ['文字', 'a string'],
      [{ $gt: '' }, 'an operator object'],
      [[[[[[]]]]], 'nested arrays']
    ])
    return { value: wrong[0], what: `wrong type: ${wrong[1]}` }
  }
  if (types.includes('array')) {
    const item = s.items ? plausible(doc, s.items, random) : 1
    const length = random.chance(0.5) && s.maxItems !== undefined ? s.maxItems + 1 : random.pick([1_000, 20_000])
    const element = random.chance(0.5) ? item : random.pick(HOSTILE_STRINGS)
    return { value: Array.from({ length }, () => element), what: `an array of ${length}` }
  }
  if (types.includes('integer') || types.includes('number')) {
    if (random.chance(0.7)) {
      const n = random.pick(HOSTILE_NUMBERS)
      return { value: n, what: `number ${n}` }
    }
    const text = random.pick(['1', '1.0', '01', ' 1', '1e3', 'NaN', '0x10', '2147483648'])
    return { value: text, what: `number as text ${JSON.stringify(text)}` }
  }
  if (types.includes('object') || s.properties) {
    const base = plausible(doc, s, random) as Record<string, unknown>
    const mutation = random.int(0, 2)
    if (mutation === 0) return { value: { ...base, __proto__extra: 1, constructor: { prototype: { admin: true } } }, what: 'extra keys' }
    if (mutation === 1) return { value: JSON.parse(`{"__proto__":{"admin":true},"x":1}`), what: '__proto__ key' }
    return { value: Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, i])), what: '5,000 keys' }
  }
  if (random.chance(0.3)) return { value: tooLong(s, random), what: 'a string over its limit' }
  const text = random.pick(HOSTILE_STRINGS)
  return { value: text, what: `string ${JSON.stringify(text).slice(0, 40)}` }
}

/** Percent-encoding of any text, a lone surrogate included (encodeURIComponent throws on one). */
export function encodeText(value: string): string {
  return [...value]
    .map((ch) => {
      try {
        return encodeURIComponent(ch)
      } catch {
        return '%ED%A0%80'
      }
    })
    .join('')
}

/** Hostile text for a path segment or query value, some of it broken percent-encoding on purpose. */
export function hostileUrlText(random: Random): { text: string; what: string } {
  if (random.chance(0.25)) {
    const raw = random.pick(['%', '%E0%A4%A', '%ZZ', '%00', '%C0%AF', '%ED%A0%80', '..%2F..%2F', '%2e%2e', 'a%20b', '%F0%9F%98'])
    return { text: raw, what: `raw ${raw}` }
  }
  if (random.chance(0.1)) return { text: 'x'.repeat(random.pick([101, 2_000])), what: 'a long segment' }
  const value = random.chance(0.3) ? String(random.pick(HOSTILE_NUMBERS)) : random.pick(HOSTILE_STRINGS)
  return { text: encodeText(value), what: `value ${JSON.stringify(value).slice(0, 40)}` }
}
