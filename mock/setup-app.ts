import '@testing-library/jest-dom'
import { resetTaroMock } from './taro'

// Every app test runs against the Taro double (mock/taro.ts); a test file may still call
// jest.mock('@tarojs/taro', …) itself to make the dependency explicit.
jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('./taro')>('./taro').taroMock)

beforeEach(() => {
  resetTaroMock()
})

// jsdom has no IntersectionObserver, which Taro's Image asks for to lazy-load; in jsdom nothing ever
// scrolls into view, so an observer that never reports is the faithful stand-in.
class NeverIntersectingObserver {
  readonly root = null
  readonly rootMargin = '0px'
  readonly thresholds = [0]
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): [] {
    return []
  }
}
globalThis.IntersectionObserver ??= NeverIntersectingObserver as unknown as typeof IntersectionObserver
