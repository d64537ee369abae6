import Taro from '@tarojs/taro'
import { DRAFTS_STORAGE_KEY, SIGNED_OUT, draftOf, useDrafts } from './drafts'

const ME = 7
const NEIGHBOUR = 8
const mine = { title: '楼道灯坏了', content: '三楼的灯一个月没亮了' }
const neighbours = { title: '噪音扰民', name: '王芳', idNumber: '11010519491231002X' }
const typedSignedOut = { title: '路面积水' }

const drafts = () => useDrafts.getState().drafts

beforeEach(() => {
  useDrafts.setState({ drafts: [] })
})

describe('half-typed case forms', () => {
  it('are kept for the account that typed them and shown to no other account', () => {
    useDrafts.getState().saveDraft(NEIGHBOUR, 'complaint', neighbours)
    expect(draftOf(drafts(), NEIGHBOUR, 'complaint')).toEqual(neighbours)
    expect(draftOf(drafts(), ME, 'complaint')).toBeUndefined()
    expect(draftOf(drafts(), SIGNED_OUT, 'complaint')).toBeUndefined()
  })

  it('keep each account’s draft of the same kind apart', () => {
    useDrafts.getState().saveDraft(NEIGHBOUR, 'complaint', neighbours)
    useDrafts.getState().saveDraft(ME, 'complaint', mine)
    expect(draftOf(drafts(), NEIGHBOUR, 'complaint')).toEqual(neighbours)
    expect(draftOf(drafts(), ME, 'complaint')).toEqual(mine)
  })

  it('typed while signed out are not shown to an account signed in', () => {
    useDrafts.getState().saveDraft(SIGNED_OUT, 'complaint', typedSignedOut)
    expect(draftOf(drafts(), ME, 'complaint')).toBeUndefined()
    expect(draftOf(drafts(), SIGNED_OUT, 'complaint')).toEqual(typedSignedOut)
  })

  it('typed while signed out become the account’s that signs in from the form, in place of its older draft of that kind', () => {
    useDrafts.getState().saveDraft(ME, 'complaint', mine)
    useDrafts.getState().saveDraft(ME, 'help', { title: '需要轮椅' })
    useDrafts.getState().saveDraft(SIGNED_OUT, 'complaint', typedSignedOut)
    useDrafts.getState().adoptSignedOutDraft('complaint', ME)
    expect(draftOf(drafts(), ME, 'complaint')).toEqual(typedSignedOut)
    expect(draftOf(drafts(), ME, 'help')).toEqual({ title: '需要轮椅' })
    expect(draftOf(drafts(), SIGNED_OUT, 'complaint')).toBeUndefined()
  })

  it('of an account stay as they are when the form it signs in from had nothing typed while signed out', () => {
    useDrafts.getState().saveDraft(ME, 'complaint', mine)
    useDrafts.getState().adoptSignedOutDraft('complaint', ME)
    expect(draftOf(drafts(), ME, 'complaint')).toEqual(mine)
  })

  it('are cleared for their owner only once the case goes to the outbox', () => {
    useDrafts.getState().saveDraft(NEIGHBOUR, 'complaint', neighbours)
    useDrafts.getState().saveDraft(ME, 'complaint', mine)
    useDrafts.getState().clearDraft(ME, 'complaint')
    expect(drafts()).toEqual([{ owner: NEIGHBOUR, kind: 'complaint', values: neighbours }])
  })

  it('are stored with their owner', () => {
    useDrafts.getState().saveDraft(ME, 'complaint', mine)
    expect(JSON.parse(Taro.getStorageSync(DRAFTS_STORAGE_KEY) as string)).toEqual({ state: { drafts: [{ owner: ME, kind: 'complaint', values: mine }] }, version: 1 })
  })
})

describe('drafts kept by an earlier version of the app', () => {
  it('are dropped, since nothing says whose they were', async () => {
    Taro.setStorageSync(DRAFTS_STORAGE_KEY, JSON.stringify({ state: { drafts: { complaint: neighbours } }, version: 0 }))
    await useDrafts.persist.rehydrate()
    expect(drafts()).toEqual([])
  })

  it('are kept when they say whose they are', async () => {
    const stored = [{ owner: ME, kind: 'complaint', values: mine }]
    Taro.setStorageSync(DRAFTS_STORAGE_KEY, JSON.stringify({ state: { drafts: stored }, version: 1 }))
    await useDrafts.persist.rehydrate()
    expect(drafts()).toEqual(stored)
  })
})
