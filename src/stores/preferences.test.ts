import Taro from '@tarojs/taro'
import { PREFERENCES_STORAGE_KEY, usePreferences } from './preferences'

describe('the preferences store', () => {
  it('starts with normal-size text', () => {
    let fresh: typeof usePreferences | undefined
    jest.isolateModules(() => {
      fresh = (jest.requireActual('./preferences') as typeof import('./preferences')).usePreferences
    })
    expect(fresh!.getState().largeFont).toBe(false)
  })

  it('saves 大字模式 in Taro storage when it is switched on', () => {
    usePreferences.getState().setLargeFont(true)
    const saved = JSON.parse(Taro.getStorageSync(PREFERENCES_STORAGE_KEY) as string)
    expect(saved.state).toEqual({ largeFont: true })
  })

  it('comes back with 大字模式 on after the app restarts', () => {
    Taro.setStorageSync(PREFERENCES_STORAGE_KEY, JSON.stringify({ state: { largeFont: true }, version: 0 }))
    let restarted: typeof usePreferences | undefined
    jest.isolateModules(() => {
      restarted = (jest.requireActual('./preferences') as typeof import('./preferences')).usePreferences
    })
    expect(restarted!.getState().largeFont).toBe(true)
  })
})
