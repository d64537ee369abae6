import { act, renderHook, waitFor } from '@testing-library/react'
import { aNoticePage, someNotices } from '../../mock/fixtures'
import { ApiError, OFFLINE_MESSAGE } from '@/api/errors'
import type { NoticeSummary } from '@/core/schemas/notices'
import type { Page } from '@/core/schemas/common'
import { writeCache } from '@/stores/offline-cache'
import { appendPage, usePagedList } from './use-paged-list'

const all = someNotices(45)
const pageOf = (page: number): Page<NoticeSummary> => aNoticePage(all.slice((page - 1) * 20, page * 20), { total: all.length, page })
const offline = () => Promise.reject(new ApiError(0, 'NETWORK_ERROR', OFFLINE_MESSAGE))

describe('usePagedList', () => {
  it('loads the first page and knows there is more', async () => {
    const { result } = renderHook(() => usePagedList('list:a', (page) => Promise.resolve(pageOf(page))))
    await waitFor(() => expect(result.current.loading).toBe(false))
    expect(result.current.items).toHaveLength(20)
    expect(result.current).toMatchObject({ total: 45, hasMore: true, error: null, offline: false })
  })

  it('appends the next pages until all items are shown', async () => {
    const { result } = renderHook(() => usePagedList('list:b', (page) => Promise.resolve(pageOf(page))))
    await waitFor(() => expect(result.current.loading).toBe(false))
    await act(() => result.current.loadMore())
    await act(() => result.current.loadMore())
    expect(result.current.items.map((n) => n.id)).toEqual(all.map((n) => n.id))
    expect(result.current.hasMore).toBe(false)
  })

  it('does not ask for a page past the end', async () => {
    const load = jest.fn((page: number) => Promise.resolve(pageOf(page)))
    const { result } = renderHook(() => usePagedList('list:c', load))
    await waitFor(() => expect(result.current.loading).toBe(false))
    await act(() => result.current.loadMore())
    await act(() => result.current.loadMore())
    await act(() => result.current.loadMore())
    expect(load.mock.calls.map(([page]) => page)).toEqual([1, 2, 3])
  })

  it('offline, shows the cached first page marked offline', async () => {
    writeCache('list:d', pageOf(1), '2026-11-20T02:00:00.000Z')
    const { result } = renderHook(() => usePagedList('list:d', offline))
    await waitFor(() => expect(result.current.loading).toBe(false))
    expect(result.current.items).toHaveLength(20)
    expect(result.current).toMatchObject({ offline: true, error: null, updatedAt: '2026-11-20T02:00:00.000Z' })
  })

  it('offline with nothing cached, gives the Chinese error', async () => {
    const { result } = renderHook(() => usePagedList('list:e', offline))
    await waitFor(() => expect(result.current.loading).toBe(false))
    expect(result.current).toMatchObject({ items: [], error: OFFLINE_MESSAGE, hasMore: false })
  })

  it('keeps the items shown when a further page fails, and says why', async () => {
    const { result } = renderHook(() => usePagedList('list:f', (page) => (page === 1 ? Promise.resolve(pageOf(1)) : offline())))
    await waitFor(() => expect(result.current.loading).toBe(false))
    await act(() => result.current.loadMore())
    expect(result.current.items).toHaveLength(20)
    expect(result.current).toMatchObject({ error: null, moreError: OFFLINE_MESSAGE, hasMore: true })
  })

  it('refresh starts again from the first page', async () => {
    const { result } = renderHook(() => usePagedList('list:g', (page) => Promise.resolve(pageOf(page))))
    await waitFor(() => expect(result.current.loading).toBe(false))
    await act(() => result.current.loadMore())
    expect(result.current.items).toHaveLength(40)
    await act(() => result.current.refresh())
    expect(result.current.items).toHaveLength(20)
  })
})

describe('appending a page', () => {
  it('skips an item already listed when the list shifted between two requests', () => {
    const [a, b, c] = someNotices(3)
    expect(appendPage([a, b], [b, c]).map((n) => n.id)).toEqual([1, 2, 3])
  })
})
