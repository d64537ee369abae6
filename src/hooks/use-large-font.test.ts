import { act, renderHook } from '@testing-library/react'
import { usePreferences } from '@/stores/preferences'
import { useLargeFont } from './use-large-font'

describe('useLargeFont', () => {
  it('follows the 大字模式 preference', () => {
    usePreferences.setState({ largeFont: false })
    const { result } = renderHook(() => useLargeFont())
    expect(result.current).toBe(false)
    act(() => usePreferences.getState().setLargeFont(true))
    expect(result.current).toBe(true)
  })
})
