import { useCallback, useEffect, useRef, useState } from 'react'
import type { Page } from '@/core/schemas/common'
import { toApiError } from '@/api/errors'
import { readCache, writeCache } from '@/stores/offline-cache'
import { canFallBackToCache } from './use-resource'

export interface PagedListResult<T> {
  items: T[]
  total: number
  loading: boolean
  /** Chinese message when there is nothing to show; null while items are shown. */
  error: string | null
  /** Chinese message when loading a further page failed; the items already shown stay. */
  moreError: string | null
  /** True when the items shown are the cached first page because the latest request failed. */
  offline: boolean
  updatedAt: string | null
  hasMore: boolean
  loadMore(): Promise<void>
  refresh(): Promise<void>
}

interface State<T> {
  items: T[]
  total: number
  page: number
  loading: boolean
  error: string | null
  moreError: string | null
  offline: boolean
  updatedAt: string | null
}

function initialState<T>(cacheKey: string): State<T> {
  const cached = readCache<Page<T>>(cacheKey)
  return {
    items: cached?.data.items ?? [],
    total: cached?.data.total ?? 0,
    page: cached ? 1 : 0,
    loading: true,
    error: null,
    moreError: null,
    offline: false,
    updatedAt: cached?.savedAt ?? null
  }
}

/**
 * Appends a page, skipping items already listed: when something is published between two page
 * requests, the list shifts by one and the next page repeats an item.
 */
export function appendPage<T>(shown: T[], next: T[]): T[] {
  const idOf = (item: T) => (item as { id?: unknown }).id
  const seen = new Set<unknown>(shown.map(idOf).filter((id) => id !== undefined))
  return [...shown, ...next.filter((item) => idOf(item) === undefined || !seen.has(idOf(item)))]
}

/**
 * A list read page by page (infinite scroll) with pull-to-refresh. The first page is cached for
 * offline reading; `deps` are what `loadPage` depends on besides the cache key (a category, a query).
 */
export function usePagedList<T>(cacheKey: string, loadPage: (page: number) => Promise<Page<T>>, deps: unknown[] = []): PagedListResult<T> {
  const [state, setState] = useState<State<T>>(() => initialState<T>(cacheKey))
  const stateRef = useRef(state)
  stateRef.current = state
  const loadRef = useRef(loadPage)
  loadRef.current = loadPage
  const generation = useRef(0)

  const refresh = useCallback(async () => {
    const mine = ++generation.current
    setState((s) => ({ ...s, loading: true, moreError: null }))
    try {
      const first = await loadRef.current(1)
      const savedAt = new Date().toISOString()
      writeCache(cacheKey, first, savedAt)
      if (mine !== generation.current) return
      setState({ items: first.items, total: first.total, page: 1, loading: false, error: null, moreError: null, offline: false, updatedAt: savedAt })
    } catch (caught) {
      if (mine !== generation.current) return
      const error = toApiError(caught)
      const cached = readCache<Page<T>>(cacheKey)
      if (cached && canFallBackToCache(error)) {
        setState({ items: cached.data.items, total: cached.data.total, page: 1, loading: false, error: null, moreError: null, offline: true, updatedAt: cached.savedAt })
      } else {
        setState({ items: [], total: 0, page: 0, loading: false, error: error.message, moreError: null, offline: false, updatedAt: null })
      }
    }
    // `deps` change what loadPage fetches, so they renew refresh and with it the first load.
  }, [cacheKey, ...deps])

  const loadMore = useCallback(async () => {
    const current = stateRef.current
    if (current.loading || current.page === 0 || current.items.length >= current.total) return
    const mine = generation.current
    setState((s) => ({ ...s, loading: true, moreError: null }))
    try {
      const next = await loadRef.current(current.page + 1)
      if (mine !== generation.current) return
      setState((s) => ({ ...s, items: appendPage(s.items, next.items), total: next.total, page: current.page + 1, loading: false }))
    } catch (caught) {
      if (mine !== generation.current) return
      setState((s) => ({ ...s, loading: false, moreError: toApiError(caught).message }))
    }
  }, [])

  const shownKey = useRef(cacheKey)
  useEffect(() => {
    if (shownKey.current !== cacheKey) {
      shownKey.current = cacheKey
      setState(initialState<T>(cacheKey))
    }
    void refresh()
  }, [refresh, cacheKey])

  const { page: _page, ...shown } = state
  return { ...shown, hasMore: state.page > 0 && state.items.length < state.total, loadMore, refresh }
}
