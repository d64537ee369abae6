import Taro from '@tarojs/taro'
import { aClock } from '@/packages/cases/fixtures'
import { SIGNED_OUT, useDrafts } from './drafts'
import { readCache, residentCacheKey, writeCache } from './offline-cache'
import { useOutbox, type OutboxItem } from './outbox'
import { SESSION_STORAGE_KEY, signOutAndForgetUnsent, useSession } from './session'

const TOKEN = 'tok-abcdefghijklmnop'
const SAVED = '2026-11-25T01:00:00.000Z'
const RESIDENT_KEYS = [
  residentCacheKey('cases:mine', TOKEN),
  residentCacheKey('cases:home', TOKEN),
  residentCacheKey('case:QS-2026-000001', TOKEN),
  residentCacheKey('notifications', TOKEN),
  residentCacheKey('me', TOKEN)
]
const PUBLIC_KEYS = ['catalogue', 'contacts', 'notice:7', 'notices:1', 'guide:3', 'privacy-notice']

const unsent: OutboxItem = {
  key: 'mieohmo0-8000000',
  kind: 'complaint',
  title: '夜间施工噪音',
  body: { kind: 'complaint', title: '夜间施工噪音', content: '每晚十点后仍在施工。' },
  createdAt: SAVED,
  owner: 7,
  state: 'pending'
}
const neighbours: OutboxItem = { ...unsent, key: 'mieohmo0-9000000', title: '路灯不亮', owner: 8 }
const unknowns: OutboxItem = { ...unsent, key: 'mieohmo0-a000000', title: '垃圾清运', owner: null }
const sent = { trackingNo: 'QS-2026-000001', kind: 'complaint' as const, status: 'in_progress' as const, receivedOn: '2026-11-20', clock: aClock() }

beforeEach(() => {
  useSession.setState({ token: TOKEN, expiresAt: '2099-01-01T00:00:00+08:00', accountId: 7, privacyConsented: true })
  for (const key of [...RESIDENT_KEYS, ...PUBLIC_KEYS]) writeCache(key, { key }, SAVED)
  useOutbox.setState({ items: [unsent], acknowledged: { 'sent-key': sent } })
  useDrafts.setState({ drafts: [{ owner: 7, kind: 'complaint', values: { title: '楼道灯坏了' } }] })
})

describe('ending a resident’s session', () => {
  it('removes their cases, case details, notifications and account from storage and keeps the public content', () => {
    useSession.getState().signOut()
    for (const key of RESIDENT_KEYS) {
      expect(readCache(key)).toBeNull()
      expect(Taro.getStorageSync(`jf-cache:v1:${key}`)).toBe('')
    }
    for (const key of PUBLIC_KEYS) expect(readCache(key)).toEqual({ data: { key }, savedAt: SAVED })
  })

  it('forgets the tracking numbers of sent submissions but keeps the unsent ones for the next sign-in', () => {
    useSession.getState().signOut()
    expect(useSession.getState().token).toBeNull()
    expect(useOutbox.getState().acknowledged).toEqual({})
    expect(useOutbox.getState().items).toEqual([unsent])
    expect(useDrafts.getState().drafts).toEqual([{ owner: 7, kind: 'complaint', values: { title: '楼道灯坏了' } }])
  })

  it('on 退出登录 or 注销账号 also deletes the unsent submissions and half-typed forms, so no one else sends them', () => {
    signOutAndForgetUnsent()
    expect(useSession.getState().token).toBeNull()
    expect(useOutbox.getState().items).toEqual([])
    expect(useDrafts.getState().drafts).toEqual([])
    expect(JSON.parse(Taro.getStorageSync('jf-outbox') as string).state).toEqual({ items: [], acknowledged: {} })
    for (const key of RESIDENT_KEYS) expect(readCache(key)).toBeNull()
    expect(readCache('contacts')).not.toBeNull()
  })

  it('on 退出登录 keeps another account’s unsent submissions for that account, and deletes those of unknown account', () => {
    useOutbox.setState({ items: [unsent, neighbours, unknowns] })
    signOutAndForgetUnsent()
    expect(useOutbox.getState().items).toEqual([neighbours])
  })

  it('on 退出登录 keeps another account’s half-typed forms for that account, and deletes those typed while signed out', () => {
    const neighboursDraft = { owner: 8, kind: 'help' as const, values: { title: '独居老人需要探望' } }
    useDrafts.setState((s) => ({ drafts: [...s.drafts, neighboursDraft, { owner: SIGNED_OUT, kind: 'report' as const, values: { title: '占道经营' } }] }))
    signOutAndForgetUnsent()
    expect(useDrafts.getState().drafts).toEqual([neighboursDraft])
  })

  it('forgets which account was signed in', () => {
    useSession.getState().signOut()
    expect(useSession.getState().accountId).toBeNull()
  })
})

describe('a session kept by an earlier version of the app', () => {
  it('ends a session saved without its account, with what the phone kept of it, so the resident signs in again', async () => {
    Taro.setStorageSync(SESSION_STORAGE_KEY, JSON.stringify({ state: { token: TOKEN, expiresAt: '2099-01-01T00:00:00+08:00', privacyConsented: true }, version: 0 }))
    await useSession.persist.rehydrate()
    expect(useSession.getState()).toMatchObject({ token: null, accountId: null, privacyConsented: false })
    for (const key of RESIDENT_KEYS) expect(readCache(key)).toBeNull()
    expect(useOutbox.getState().items).toEqual([unsent])
  })

  it('keeps a session that says whose it is', async () => {
    Taro.setStorageSync(SESSION_STORAGE_KEY, JSON.stringify({ state: { token: TOKEN, expiresAt: '2099-01-01T00:00:00+08:00', accountId: 7, privacyConsented: true }, version: 1 }))
    await useSession.persist.rehydrate()
    expect(useSession.getState()).toMatchObject({ token: TOKEN, accountId: 7 })
  })
})
