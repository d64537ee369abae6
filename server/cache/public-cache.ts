import { createHash } from 'node:crypto'

/**
 * Serialized answers of the public content routes, kept in memory. Public content is read far more
 * often than it changes, and each embedded-database query holds the event loop for ~0.3–0.6 ms, so a
 * repeated question is answered from here. Anything that changes public content calls
 * `bumpContentVersion()`, which makes every kept answer stale at once. Personal data never goes here.
 *
 * The version lives in this process. On PostgreSQL, several servers share one database: each bump is
 * also announced to the others (content-version-sync.ts, LISTEN/NOTIFY), which bump their own version
 * on hearing it; a kept answer also expires after `maxAgeMs` in case a notice is lost in transit.
 */

let contentVersion = 0
let announce: (() => void) | undefined

/**
 * Call once a change to public content is committed (published, withdrawn, seeded): every cached
 * answer becomes stale, in this process and in the other servers of the database. Calling it before
 * the commit would let a request read the old rows and keep them under the new version.
 */
export function bumpContentVersion(): void {
  contentVersion += 1
  announce?.()
}

/** A change another server announced: stale here too, and not announced again. */
export function bumpContentVersionFromElsewhere(): void {
  contentVersion += 1
}

/** Who hears of this process's bumps (the other servers, through PostgreSQL); undefined to stop. */
export function announceContentBumps(to: (() => void) | undefined): void {
  announce = to
}

/** The version a request starts reading at; an answer is kept under the version its reading began with. */
export function currentContentVersion(): number {
  return contentVersion
}

export interface CachedAnswer {
  body: string | Buffer
  etag: string
  /** Headers that belong to the body: content-type, content-disposition. */
  headers: Record<string, string>
}

interface Entry extends CachedAnswer {
  version: number
  storedAt: number
  bytes: number
}

export interface PublicCacheOptions {
  maxEntries?: number
  /** Bound on the bodies kept, in bytes; a single body over a quarter of it is not kept. */
  maxBytes?: number
  maxAgeMs?: number
  /** The clock, in milliseconds (tests pass their own). */
  now?: () => number
}

/** Least-recently-used answers leave first once the entry or byte bound is reached. */
export class PublicCache {
  private readonly entries = new Map<string, Entry>()
  private bytes = 0
  private readonly maxEntries: number
  private readonly maxBytes: number
  private readonly maxAgeMs: number
  private readonly now: () => number

  constructor(options: PublicCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 500
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024
    this.maxAgeMs = options.maxAgeMs ?? 60_000
    this.now = options.now ?? Date.now
  }

  get size(): number {
    return this.entries.size
  }

  /** The answer kept under `key`, unless content changed or it expired since. */
  get(key: string): CachedAnswer | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.version !== contentVersion || this.now() - entry.storedAt > this.maxAgeMs) {
      this.remove(key, entry)
      return undefined
    }
    // Re-inserting moves the key to the end of the Map's order: the most recently used.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  /** Keeps `answer`, read at content version `version`; an answer read before a bump is dropped. */
  set(key: string, answer: CachedAnswer, version: number): void {
    const bytes = Buffer.byteLength(answer.body)
    if (version !== contentVersion || bytes > this.maxBytes / 4) return
    const previous = this.entries.get(key)
    if (previous) this.remove(key, previous)
    this.entries.set(key, { ...answer, version, storedAt: this.now(), bytes })
    this.bytes += bytes
    for (const [oldKey, oldEntry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break
      this.remove(oldKey, oldEntry)
    }
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key)
    this.bytes -= entry.bytes
  }
}

/**
 * A strong entity tag for a body: the same bytes always give the same tag.
 * @example strongEtag('{"items":[]}') // '"…27 base64url characters…"'
 */
export function strongEtag(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}

/**
 * Whether an If-None-Match header names `etag` (RFC 9110 §13.1.2: `*` matches any, and the
 * comparison is weak, so W/"x" matches "x").
 * @example ifNoneMatchHits('W/"a", "b"', '"a"') // true
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t.replace(/^W\//, '') === etag
  })
}
