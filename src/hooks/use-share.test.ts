import Taro from '@tarojs/taro'
import { renderHook } from '@testing-library/react'
import { useShare } from './use-share'

const lastCallback = <T>(hook: unknown): (() => T) => jest.mocked(hook as (cb: () => T) => void).mock.calls.at(-1)![0]

describe('sharing a page', () => {
  it('sends a chat card with the page’s title that opens the same page with its query', () => {
    renderHook(() => useShare({ title: '青石街道2026年11月城乡低保动态公示', path: '/packages/content/notice/index?id=3' }))
    expect(lastCallback(Taro.useShareAppMessage)()).toEqual({ title: '青石街道2026年11月城乡低保动态公示', path: '/packages/content/notice/index?id=3' })
  })

  it('posts to 朋友圈 with the same title and the query that reopens the page', () => {
    renderHook(() => useShare({ title: '惠民政策自测', path: '/packages/selfcheck/index/index' }))
    expect(lastCallback(Taro.useShareTimeline)()).toEqual({ title: '惠民政策自测', query: '' })
    renderHook(() => useShare({ title: '办事指南：居民最低生活保障', path: '/packages/content/guide/index?id=7' }))
    expect(lastCallback(Taro.useShareTimeline)()).toEqual({ title: '办事指南：居民最低生活保障', query: 'id=7' })
  })
})
