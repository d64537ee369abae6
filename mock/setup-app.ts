import '@testing-library/jest-dom'
import { resetTaroMock } from './taro'

// Every app test runs against the Taro double (mock/taro.ts); a test file may still call
// jest.mock('@tarojs/taro', …) itself to make the dependency explicit.
jest.mock('@tarojs/taro', () => jest.requireActual<typeof import('./taro')>('./taro').taroMock)

beforeEach(() => {
  resetTaroMock()
})
