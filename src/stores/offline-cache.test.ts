import Taro from '@tarojs/taro'
import { forgetCached, forgetResidentCache, readCache, residentCacheKey, writeCache } from './offline-cache'

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

  it('forgets the entries whose key starts with a prefix, and only those', () => {
    writeCache('cases:mine:abc', [1], '2026-11-25T01:00:00.000Z')
    writeCache('cases:home:abc', [2], '2026-11-25T01:00:00.000Z')
    writeCache('contacts', { office: '青石街道' }, '2026-11-25T01:00:00.000Z')
    Taro.setStorageSync('jf-session', 'kept')
    forgetCached('cases:')
    expect(readCache('cases:mine:abc')).toBeNull()
    expect(readCache('cases:home:abc')).toBeNull()
    expect(readCache('contacts')).not.toBeNull()
    expect(Taro.getStorageSync('jf-session')).toBe('kept')
  })

  it('keeps a resident’s entries apart by the end of their token', () => {
    expect(residentCacheKey('cases:mine', 'abcdefghijklmnopqrstuvwxyz')).toBe('resident:cases:mine:opqrstuvwxyz')
    expect(residentCacheKey('me', 'token-of-one')).not.toBe(residentCacheKey('me', 'token-of-two'))
  })

  it('forgets every resident entry and keeps the public content', () => {
    writeCache(residentCacheKey('notifications', 'tok-1'), [], '2026-11-25T01:00:00.000Z')
    writeCache(residentCacheKey('case:QS-2026-000001', 'tok-1'), {}, '2026-11-25T01:00:00.000Z')
    writeCache('notice:7', { title: '停水通知' }, '2026-11-25T01:00:00.000Z')
    forgetResidentCache()
    expect(readCache(residentCacheKey('notifications', 'tok-1'))).toBeNull()
    expect(readCache(residentCacheKey('case:QS-2026-000001', 'tok-1'))).toBeNull()
    expect(readCache('notice:7')).toEqual({ data: { title: '停水通知' }, savedAt: '2026-11-25T01:00:00.000Z' })
  })

  it('leaves storage alone when the phone cannot list it', () => {
    writeCache(residentCacheKey('me', 'tok-1'), {}, '2026-11-25T01:00:00.000Z')
    jest.mocked(Taro.getStorageInfoSync).mockImplementationOnce(() => {
      throw new Error('getStorageInfoSync:fail')
    })
    expect(() => forgetResidentCache()).not.toThrow()
    expect(readCache(residentCacheKey('me', 'tok-1'))).not.toBeNull()
  })
})
