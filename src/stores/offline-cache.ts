import Taro from '@tarojs/taro'

/**
 * The last answer of each public resource, kept in Taro storage so that a page still shows what it
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
