import Taro from '@tarojs/taro'

/**
 * The last answer of each resource, kept in Taro storage so that a page still shows what it
 * last loaded when the phone is offline. One storage key per resource: the mini-program limits a
 * single key to 1 MB, and a page only ever needs its own entry.
 */
export interface CachedEntry<T> {
  data: T
  /** ISO 8601 instant when the data arrived from the server. */
  savedAt: string
}

/** Bump when the shape of cached data changes, so old entries are ignored instead of misread. */
const PREFIX = 'jf-cache:v1:'

export function readCache<T>(key: string): CachedEntry<T> | null {
  try {
    const raw: unknown = Taro.getStorageSync(PREFIX + key)
    if (typeof raw !== 'string' || raw === '') return null
    const entry = JSON.parse(raw) as Partial<CachedEntry<T>>
    if (entry.data === undefined || typeof entry.savedAt !== 'string') return null
    return { data: entry.data, savedAt: entry.savedAt }
  } catch {
    return null
  }
}

export function writeCache<T>(key: string, data: T, savedAt: string): void {
  try {
    Taro.setStorageSync(PREFIX + key, JSON.stringify({ data, savedAt }))
  } catch {
    // Storage full or unavailable: the page still shows the fresh data, it just won't be there offline.
  }
}

/**
 * Removes every cached entry whose key starts with `prefix`. Storage that cannot be listed or
 * cleared is left as it is: the entries are only copies of what the server holds.
 */
export function forgetCached(prefix: string): void {
  let keys: string[]
  try {
    keys = Taro.getStorageInfoSync().keys
  } catch {
    return
  }
  for (const key of keys) {
    if (key.startsWith(PREFIX + prefix)) Taro.removeStorageSync(key)
  }
}

const RESIDENT_PREFIX = 'resident:'

/**
 * The cache key of something only the signed-in resident may see (their cases, notifications,
 * account). Every such key shares one prefix so that signing out can forget them all at once; the
 * end of the token keeps two residents of one phone apart even before that.
 * @example residentCacheKey('cases:mine', 'abcdefghijklmnopqrstuvwxyz') // 'resident:cases:mine:opqrstuvwxyz'
 */
export function residentCacheKey(resource: string, token: string): string {
  return `${RESIDENT_PREFIX}${resource}:${token.slice(-12)}`
}

/** Forgets everything cached for a signed-in resident; public content stays for offline reading. */
export function forgetResidentCache(): void {
  forgetCached(RESIDENT_PREFIX)
}
