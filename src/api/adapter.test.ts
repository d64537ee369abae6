import Taro from '@tarojs/taro'
import { getJson, unchecked } from './client'

let rejectionHandled = false

/**
 * Taro's H5 request (over fetch) calls `fail` and also rejects the promise it returns; the page logs
 * an uncaught "TypeError: Failed to fetch" unless someone handles that promise. The double is that
 * promise, noting whether the caller handles its rejection (it handles it itself too, since an
 * unhandled rejection would end the whole jest run rather than this test).
 */
function failLikeTaroH5(option: { fail?: (err: { errMsg: string }) => void }) {
  const rejected = Promise.resolve().then(() => {
    const error = Object.assign(new TypeError('Failed to fetch'), { errMsg: 'Failed to fetch' })
    option.fail?.(error)
    throw error
  })
  rejected.catch(() => undefined)
  return {
    then(onFulfilled?: (value: never) => unknown, onRejected?: (reason: unknown) => unknown) {
      if (onRejected) rejectionHandled = true
      return rejected.then(onFulfilled, onRejected)
    },
    catch(onRejected: (reason: unknown) => unknown) {
      rejectionHandled = true
      return rejected.catch(onRejected)
    },
    abort: () => undefined
  }
}

describe('the adapter over Taro.request', () => {
  beforeEach(() => {
    rejectionHandled = false
  })

  it('reports a request made without network as offline and leaves no failure uncaught', async () => {
    jest.mocked(Taro.request).mockImplementationOnce(failLikeTaroH5 as unknown as typeof Taro.request)
    await expect(getJson('/notifications', unchecked())).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' })
    expect(rejectionHandled).toBe(true)
  })
})
