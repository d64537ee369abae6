import Taro from '@tarojs/taro'
import { renderHook } from '@testing-library/react'
import { fireDidShow, fireNetworkChange, mockRequest, requestsMade, type MockReply } from '../../mock/taro'
import { aClock } from '@/packages/cases/fixtures'
import { OUTBOX_STORAGE_KEY, flushOutbox, migrateOutbox, newIdempotencyKey, ownershipOf, sendOutboxItem, useOutbox, useOutboxResend } from './outbox'
import { useSession } from './session'

const created = { trackingNo: 'XG-2026-000123', kind: 'suggestion', status: 'in_progress', receivedOn: '2026-11-20', clock: aClock() }
const body = { kind: 'suggestion' as const, title: '加装座椅', content: '小区门口没有地方休息' }

const ME = 7
const NEIGHBOUR = 8
const signInAs = (accountId: number) => useSession.setState({ token: `tok-of-account-${accountId}`, expiresAt: '2099-01-01T00:00:00+08:00', accountId })

function queue(over: { key?: string; owner?: number | null } = {}) {
  const item = { key: 'key-00000001', kind: 'suggestion' as const, title: '加装座椅', body, createdAt: '2026-11-20T09:00:00+08:00', owner: ME, ...over }
  useOutbox.getState().add(item)
  return item.key
}

const posts = () => requestsMade().filter((r) => r.method === 'POST' && r.url.endsWith('/api/v1/cases'))

let replies: MockReply[] = []
beforeEach(() => {
  signInAs(ME)
  useOutbox.setState({ items: [], acknowledged: {} })
  replies = []
  mockRequest(() => replies.shift() ?? 'offline')
})

describe('the outbox', () => {
  it('keeps a submission made offline as pending, with the reason', async () => {
    const key = queue()
    const result = await sendOutboxItem(key)
    expect(result).toMatchObject({ state: 'pending', error: '网络连接失败，请检查网络后重试' })
    expect(useOutbox.getState().items).toHaveLength(1)
  })

  it('resends with the same Idempotency-Key until the server acknowledges it', async () => {
    const key = queue()
    await sendOutboxItem(key)
    replies = [{ statusCode: 201, data: created }]
    const result = await sendOutboxItem(key)
    expect(result).toEqual({ state: 'sent', created })
    expect(posts().map((r) => r.header['Idempotency-Key'])).toEqual([key, key])
    expect(useOutbox.getState().items).toEqual([])
    expect(useOutbox.getState().acknowledged[key]).toEqual(created)
  })

  it('sends the body the resident submitted', async () => {
    queue()
    replies = [{ statusCode: 201, data: created }]
    await flushOutbox()
    expect(JSON.parse(posts()[0].data as string)).toEqual(body)
  })

  it('does not send one item twice at the same time', async () => {
    const key = queue()
    replies = [{ statusCode: 201, data: created }]
    await Promise.all([sendOutboxItem(key), sendOutboxItem(key)])
    expect(posts()).toHaveLength(1)
  })

  it('marks a submission the server refused as rejected, not to be resent', async () => {
    const key = queue()
    replies = [{ statusCode: 400, data: { error: { code: 'VALIDATION_FAILED', message: '标题最多 50 个字' } } }]
    await sendOutboxItem(key)
    expect(useOutbox.getState().items[0]).toMatchObject({ state: 'rejected', error: '标题最多 50 个字' })
    await flushOutbox()
    expect(posts()).toHaveLength(1)
  })

  it('keeps a submission refused for want of consent pending, to go once consent is given', async () => {
    const key = queue()
    replies = [{ statusCode: 422, data: { error: { code: 'CONSENT_REQUIRED', message: '请先阅读并同意个人信息保护说明' } } }]
    const result = await sendOutboxItem(key)
    expect(result).toMatchObject({ state: 'pending', errorCode: 'CONSENT_REQUIRED' })
  })

  it('resends when the page shows again and when the network comes back', async () => {
    const key = queue()
    renderHook(() => useOutboxResend(true))
    await flushOutbox()
    const before = posts().length
    await fireDidShow()
    await new Promise((r) => setTimeout(r, 0))
    expect(posts().length).toBeGreaterThan(before)
    replies = [{ statusCode: 201, data: created }]
    fireNetworkChange(true)
    await new Promise((r) => setTimeout(r, 0))
    await flushOutbox()
    expect(useOutbox.getState().items).toEqual([])
    expect(new Set(posts().map((r) => r.header['Idempotency-Key']))).toEqual(new Set([key]))
  })

  it('keeps the outbox in storage across restarts', () => {
    queue()
    expect(JSON.parse(String(Taro.getStorageSync(OUTBOX_STORAGE_KEY))).state.items).toHaveLength(1)
  })

  it('makes keys the server accepts', () => {
    expect(newIdempotencyKey(1764000000000, 0.5)).toMatch(/^[A-Za-z0-9_-]{8,100}$/)
    expect(newIdempotencyKey(1764000000000, 0.5)).not.toBe(newIdempotencyKey(1764000000000, 0.25))
  })
})

describe('whose an outbox item is', () => {
  it('tells the signed-in account’s items from another account’s and from those of unknown account', () => {
    expect(ownershipOf({ owner: ME }, ME)).toBe('mine')
    expect(ownershipOf({ owner: ME }, NEIGHBOUR)).toBe('other')
    expect(ownershipOf({ owner: ME }, null)).toBe('other')
    expect(ownershipOf({ owner: null }, ME)).toBe('unknown')
  })

  it('never sends an item under another account’s session, and keeps it untouched for its own', async () => {
    const key = queue()
    signInAs(NEIGHBOUR)
    replies = [{ statusCode: 201, data: created }]
    const result = await sendOutboxItem(key)
    expect(result).toMatchObject({ state: 'pending', errorCode: 'OTHER_ACCOUNT', error: '这是另一个账号的待发送事项，登录该账号后发送' })
    await flushOutbox()
    expect(posts()).toHaveLength(0)
    expect(useOutbox.getState().items).toEqual([expect.objectContaining({ key, owner: ME, state: 'pending' })])
    expect(useOutbox.getState().items[0].error).toBeUndefined()
  })

  it('sends it once its own account signs in again, with that account’s token', async () => {
    const key = queue()
    signInAs(NEIGHBOUR)
    await flushOutbox()
    signInAs(ME)
    replies = [{ statusCode: 201, data: created }]
    await flushOutbox()
    expect(posts().map((r) => [r.header['Idempotency-Key'], r.header.Authorization])).toEqual([[key, `Bearer tok-of-account-${ME}`]])
    expect(useOutbox.getState().items).toEqual([])
  })

  it('sends only the signed-in account’s items when flushing a shared phone’s outbox', async () => {
    queue({ key: 'key-mine-0001' })
    queue({ key: 'key-neighbour-1', owner: NEIGHBOUR })
    replies = [{ statusCode: 201, data: created }]
    await flushOutbox()
    expect(posts().map((r) => r.header['Idempotency-Key'])).toEqual(['key-mine-0001'])
    expect(useOutbox.getState().items.map((i) => i.key)).toEqual(['key-neighbour-1'])
  })

  it('sends nothing while nobody is signed in', async () => {
    const key = queue()
    useSession.setState({ token: null, expiresAt: null, accountId: null })
    expect(await sendOutboxItem(key)).toMatchObject({ state: 'pending', errorCode: 'SESSION_REQUIRED' })
    expect(posts()).toHaveLength(0)
  })

  it('holds an item of unknown account until the signed-in resident claims it, then sends it under their account', async () => {
    const key = queue({ owner: null })
    replies = [{ statusCode: 201, data: created }]
    expect(await sendOutboxItem(key)).toMatchObject({ state: 'pending', errorCode: 'OWNER_UNKNOWN' })
    await flushOutbox()
    expect(posts()).toHaveLength(0)
    useOutbox.getState().claim(key, ME)
    expect(await sendOutboxItem(key)).toEqual({ state: 'sent', created })
  })

  it('lets no one claim an item another account owns', () => {
    const key = queue({ owner: NEIGHBOUR })
    useOutbox.getState().claim(key, ME)
    expect(useOutbox.getState().items[0].owner).toBe(NEIGHBOUR)
  })
})

describe('the outbox kept by an earlier version of the app', () => {
  const ownerless = { key: 'key-00000001', kind: 'suggestion' as const, title: '加装座椅', body, createdAt: '2026-11-20T09:00:00+08:00', state: 'pending' as const }

  it('gives items saved without an owner no owner, rather than the account signed in at the update', () => {
    expect(migrateOutbox({ items: [ownerless], acknowledged: {} }, 0)).toEqual({ items: [{ ...ownerless, owner: null }], acknowledged: {} })
  })

  it('loads such items from storage as held, and does not send them', async () => {
    Taro.setStorageSync(OUTBOX_STORAGE_KEY, JSON.stringify({ state: { items: [ownerless], acknowledged: {} }, version: 0 }))
    await useOutbox.persist.rehydrate()
    expect(useOutbox.getState().items).toEqual([{ ...ownerless, owner: null }])
    replies = [{ statusCode: 201, data: created }]
    await flushOutbox()
    expect(posts()).toHaveLength(0)
  })
})
