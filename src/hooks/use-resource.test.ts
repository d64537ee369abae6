import { act, renderHook, waitFor } from '@testing-library/react'
import { mockRequest } from '../../mock/taro'
import { ApiError, OFFLINE_MESSAGE } from '@/api/errors'
import { readCache, writeCache } from '@/stores/offline-cache'
import { canFallBackToCache, useResource } from './use-resource'

const offline = () => Promise.reject(new ApiError(0, 'NETWORK_ERROR', OFFLINE_MESSAGE))

describe('useResource', () => {
  it('loads the data, saves it for offline reading and says when it arrived', async () => {
    const { result } = renderHook(() => useResource('test:a', () => Promise.resolve({ n: 1 })))
    expect(result.current.loading).toBe(true)
    await waitFor(() => expect(result.current.loading).toBe(false))
    expect(result.current).toMatchObject({ data: { n: 1 }, error: null, offline: false })
    expect(result.current.updatedAt).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/))
    expect(readCache('test:a')).toEqual({ data: { n: 1 }, savedAt: result.current.updatedAt })
  })

  it('shows the cached copy at once, before the network answers', () => {
    writeCache('test:b', { n: 'saved' }, '2026-11-20T02:00:00.000Z')
    const { result } = renderHook(() => useResource('test:b', () => new Promise<never>(() => undefined)))
    expect(result.current).toMatchObject({ data: { n: 'saved' }, loading: true, updatedAt: '2026-11-20T02:00:00.000Z' })
  })

  it('offline, keeps the cached copy marked offline with the time it was saved', async () => {
    writeCache('test:c', { n: 'saved' }, '2026-11-20T02:00:00.000Z')
    const { result } = renderHook(() => useResource('test:c', offline))
    await waitFor(() => expect(result.current.loading).toBe(false))
    expect(result.current).toMatchObject({ data: { n: 'saved' }, offline: true, error: null, updatedAt: '2026-11-20T02:00:00.000Z' })
  })

  it('offline with nothing cached, gives the Chinese error and no data', async () => {
    const { result } = renderHook(() => useResource('test:d', offline))
    await waitFor(() => expect(result.current.loading).toBe(false))
    expect(result.current).toMatchObject({ data: null, offline: false, error: OFFLINE_MESSAGE, updatedAt: null })
  })

  it('does not pass off a cached copy when the server says the content is gone', async () => {
    writeCache('test:e', { n: 'saved' }, '2026-11-20T02:00:00.000Z')
    const gone = () => Promise.reject(new ApiError(404, 'NOTICE_NOT_FOUND', '未找到这条公开信息'))
    const { result } = renderHook(() => useResource('test:e', gone))
    await waitFor(() => expect(result.current.loading).toBe(false))
    expect(result.current).toMatchObject({ data: null, error: '未找到这条公开信息' })
  })

  it('recovers on reload once the network is back', async () => {
    let online = false
    const load = () => (online ? Promise.resolve({ n: 2 }) : offline())
    const { result } = renderHook(() => useResource('test:f', load))
    await waitFor(() => expect(result.current.error).toBe(OFFLINE_MESSAGE))
    online = true
    await act(() => result.current.reload())
    expect(result.current).toMatchObject({ data: { n: 2 }, error: null, offline: false })
  })

  it('loads again when its dependencies change', async () => {
    const load = jest.fn((id: number) => Promise.resolve({ id }))
    const { result, rerender } = renderHook(({ id }) => useResource(`test:g:${id}`, () => load(id), [id]), { initialProps: { id: 1 } })
    await waitFor(() => expect(result.current.data).toEqual({ id: 1 }))
    rerender({ id: 2 })
    await waitFor(() => expect(result.current.data).toEqual({ id: 2 }))
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('works end to end through the API client', async () => {
    mockRequest(() => 'offline')
    const { fetchContacts } = jest.requireActual<typeof import('@/api/content')>('@/api/content')
    const { result } = renderHook(() => useResource('test:h', fetchContacts))
    await waitFor(() => expect(result.current.error).toBe(OFFLINE_MESSAGE))
  })
})

describe('when a cached copy may stand in', () => {
  it('stands in when the phone is offline or the server failed', () => {
    expect(canFallBackToCache(new ApiError(0, 'NETWORK_ERROR', OFFLINE_MESSAGE))).toBe(true)
    expect(canFallBackToCache(new ApiError(503, 'HTTP_ERROR', '服务暂时不可用'))).toBe(true)
  })

  it('does not stand in for an answer such as not found', () => {
    expect(canFallBackToCache(new ApiError(404, 'NOT_FOUND', '未找到'))).toBe(false)
  })
})
