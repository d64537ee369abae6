import Taro from '@tarojs/taro'
import { readCache, writeCache } from './offline-cache'

describe('the offline cache', () => {
  it('gives back what was saved, with the time it was saved', () => {
    writeCache('contacts', { office: '青石街道' }, '2026-11-25T01:00:00.000Z')
    expect(readCache('contacts')).toEqual({ data: { office: '青石街道' }, savedAt: '2026-11-25T01:00:00.000Z' })
  })

  it('has nothing for a resource never saved', () => {
    expect(readCache('never')).toBeNull()
  })

  it('ignores an entry it cannot read instead of failing the page', () => {
    Taro.setStorageSync('jf-cache:v1:broken', '{not json')
    expect(readCache('broken')).toBeNull()
  })

  it('still lets the page work when storage is full', () => {
    jest.mocked(Taro.setStorageSync).mockImplementationOnce(() => {
      throw new Error('setStorageSync:fail exceed storage max size')
    })
    expect(() => writeCache('big', { n: 1 }, '2026-11-25T01:00:00.000Z')).not.toThrow()
    expect(readCache('big')).toBeNull()
  })
})
