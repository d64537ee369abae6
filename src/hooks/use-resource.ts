import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, toApiError } from '@/api/errors'
import { readCache, writeCache } from '@/stores/offline-cache'

export interface ResourceResult<T> {
  data: T | null
  loading: boolean
  /** Chinese message when nothing can be shown; null while there is data (fresh or cached). */
  error: string | null
  /** True when the data shown is the cached copy because the latest request failed. */
  offline: boolean
  /** When the data shown arrived from the server (ISO 8601), or null before any data. */
  updatedAt: string | null
  reload(): Promise<void>
}

interface State<T> {
  data: T | null
  loading: boolean
  error: string | null
  offline: boolean
  updatedAt: string | null
}

function initialState<T>(cacheKey: string): State<T> {
  const cached = readCache<T>(cacheKey)
  return { data: cached?.data ?? null, loading: true, error: null, offline: false, updatedAt: cached?.savedAt ?? null }
}

/**
 * The cached copy stands in when the server could not be reached or failed (5xx); an answer such as
 * 404 means the content is gone or never existed, so the stale copy must not be shown as if it were.
 */
export function canFallBackToCache(error: ApiError): boolean {
  return error.isOffline || error.status >= 500
}

/**
 * Loads one resource: shows the cached copy at once, refreshes it from the network, and keeps the
 * cached copy (marked offline, with its time) when the network fails. With nothing cached, `error`
 * holds the Chinese message. `deps` are what `load` depends on besides the cache key.
 */
export function useResource<T>(cacheKey: string, load: () => Promise<T>, deps: unknown[] = []): ResourceResult<T> {
  const [state, setState] = useState<State<T>>(() => initialState<T>(cacheKey))
  const loadRef = useRef(load)
  loadRef.current = load
  const generation = useRef(0)

  const reload = useCallback(async () => {
    const mine = ++generation.current
    setState((s) => ({ ...s, loading: true }))
    try {
      const data = await loadRef.current()
      const savedAt = new Date().toISOString()
      writeCache(cacheKey, data, savedAt)
      if (mine === generation.current) setState({ data, loading: false, error: null, offline: false, updatedAt: savedAt })
    } catch (caught) {
      if (mine !== generation.current) return
      const error: ApiError = toApiError(caught)
      const cached = readCache<T>(cacheKey)
      if (cached && canFallBackToCache(error)) {
        setState({ data: cached.data, loading: false, error: null, offline: true, updatedAt: cached.savedAt })
      } else {
        setState({ data: null, loading: false, error: error.message, offline: false, updatedAt: null })
      }
    }
  }, [cacheKey, ...deps])

  const shownKey = useRef(cacheKey)
  useEffect(() => {
    if (shownKey.current !== cacheKey) {
      shownKey.current = cacheKey
      setState(initialState<T>(cacheKey))
    }
    void reload()
  }, [reload, cacheKey])

  return { ...state, reload }
}
