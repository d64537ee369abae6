import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { submitCase } from '@/api/resident'
import { signedInAccountId } from '@/api/session-header'
import { toApiError } from '@/api/errors'
import type { CaseCreated, CaseCreateInput } from '@/core/schemas/cases'
import type { CaseKind } from '@/core/schemas/clock'
import { taroStorage } from './taro-storage'

/**
 * Submissions on their way to the office. Each keeps the Idempotency-Key it was first sent with and
 * is resent with that same key (on app show, when the network returns, or on 重新发送) until the
 * server acknowledges it, so an interrupted request can never become two cases. The resident sees
 * 待发送 until then: nothing is called 已提交 before the server said so.
 */
export interface OutboxItem {
  key: string
  kind: CaseKind
  title: string
  body: CaseCreateInput
  /** ISO 8601 instant the resident pressed 提交. */
  createdAt: string
  /**
   * The account signed in when the resident pressed 提交 (the session's accountId). The item goes out
   * only under that account's session, never under someone else's who signs in on the same phone.
   * null: saved before items had an owner (see `migrateOutbox`); sent only after a signed-in resident
   * says it is theirs (`claim`).
   */
  owner: number | null
  /** pending: will be sent again; rejected: the office's server refused it and it needs the resident. */
  state: 'pending' | 'rejected'
  /** The last failure, in Chinese, shown beside the item. */
  error?: string
  /** The error code of the last failure (e.g. SESSION_REQUIRED, CONSENT_REQUIRED). */
  errorCode?: string
}

export type SendResult =
  | { state: 'sent'; created: CaseCreated }
  | { state: 'pending' | 'rejected'; error: string; errorCode: string }

export interface OutboxState {
  items: OutboxItem[]
  /** Acknowledged submissions by key, so a page can show the tracking number it got. */
  acknowledged: Record<string, CaseCreated>
  add(item: Omit<OutboxItem, 'state'>): void
  remove(key: string): void
  /** The signed-in resident says an item of unknown account is theirs: it goes out under their account. */
  claim(key: string, owner: number): void
}

export const OUTBOX_STORAGE_KEY = 'jf-outbox'

/** How many acknowledgements are remembered (the case itself is in 我的事项). */
const ACKNOWLEDGED_KEPT = 20

/**
 * A new Idempotency-Key: time and randomness, in the characters the server accepts.
 * @example newIdempotencyKey(1764000000000, 0.5) // 'mieohmo0-8000000'
 */
export function newIdempotencyKey(nowMs: number = Date.now(), random: number = Math.random()): string {
  const noise = Math.floor(random * 36 ** 7)
    .toString(36)
    .padEnd(7, '0')
  return `${nowMs.toString(36)}-${noise}`
}

/** Whose an item is, seen from the account signed in now (null: nobody is). */
export type Ownership = 'mine' | 'unknown' | 'other'

/**
 * An item of the signed-in account is `mine`; one saved before items had an owner is `unknown`; any
 * other (and every owned item while nobody is signed in) is `other`, to be sent after its own sign-in.
 * @example ownershipOf({ owner: 7 }, 7) // 'mine'
 * @example ownershipOf({ owner: 7 }, 8) // 'other'
 * @example ownershipOf({ owner: null }, 8) // 'unknown'
 */
export function ownershipOf(item: Pick<OutboxItem, 'owner'>, account: number | null): Ownership {
  if (item.owner === null) return 'unknown'
  return item.owner === account ? 'mine' : 'other'
}

type PersistedOutbox = Pick<OutboxState, 'items' | 'acknowledged'>

/**
 * Version 0 items had no owner. They are not given to the account signed in at the update: before
 * owners, a lapsed session kept its unsent items for "the next sign-in", which may have been another
 * person's, so that account is no evidence of who wrote them. They are held as `owner: null` until a
 * signed-in resident claims one as theirs or deletes it.
 */
export function migrateOutbox(persisted: unknown, version: number): PersistedOutbox {
  const state = persisted as Partial<PersistedOutbox>
  const items = (state.items ?? []).map((i) => (version < 1 ? { ...i, owner: null } : i))
  return { items, acknowledged: state.acknowledged ?? {} }
}

export const useOutbox = create<OutboxState>()(
  persist(
    (set) => ({
      items: [],
      acknowledged: {},
      add: (item) => set((s) => ({ items: [...s.items.filter((i) => i.key !== item.key), { ...item, state: 'pending' }] })),
      remove: (key) => set((s) => ({ items: s.items.filter((i) => i.key !== key) })),
      claim: (key, owner) => set((s) => ({ items: s.items.map((i) => (i.key === key && i.owner === null ? { ...i, owner } : i)) }))
    }),
    {
      name: OUTBOX_STORAGE_KEY,
      storage: createJSONStorage(() => taroStorage),
      partialize: (s) => ({ items: s.items, acknowledged: s.acknowledged }),
      version: 1,
      migrate: migrateOutbox
    }
  )
)

/**
 * Failures that only the resident can fix (a field the server refused) are `rejected`; no network, a
 * server error, a lapsed sign-in or a missing consent leave the item `pending`, to go again later.
 */
function isRetryable(status: number, code: string): boolean {
  return status === 0 || status >= 500 || status === 401 || status === 429 || code === 'CONSENT_REQUIRED'
}

/** Why an item may not go out under the session of now; nothing is written to the item, it did not fail. */
function heldBack(item: OutboxItem, account: number | null): { error: string; errorCode: string } | null {
  if (account === null) return { error: '请先登录，登录后会自动发送', errorCode: 'SESSION_REQUIRED' }
  const whose = ownershipOf(item, account)
  if (whose === 'other') return { error: '这是另一个账号的待发送事项，登录该账号后发送', errorCode: 'OTHER_ACCOUNT' }
  if (whose === 'unknown') return { error: '不知道是哪个账号填写的，请确认是您的以后再发送', errorCode: 'OWNER_UNKNOWN' }
  return null
}

const inFlight = new Map<string, Promise<SendResult>>()

async function sendOnce(key: string): Promise<SendResult> {
  const item = useOutbox.getState().items.find((i) => i.key === key)
  if (!item) {
    const created = useOutbox.getState().acknowledged[key]
    if (created) return { state: 'sent', created }
    return { state: 'rejected', error: '没有找到这条待发送的事项', errorCode: 'NOT_IN_OUTBOX' }
  }
  const held = heldBack(item, signedInAccountId())
  if (held) return { state: 'pending', ...held }
  try {
    const created = await submitCase(item.body, item.key)
    useOutbox.setState((s) => {
      const acknowledged = Object.entries({ ...s.acknowledged, [key]: created }).slice(-ACKNOWLEDGED_KEPT)
      return { items: s.items.filter((i) => i.key !== key), acknowledged: Object.fromEntries(acknowledged) }
    })
    return { state: 'sent', created }
  } catch (caught) {
    const error = toApiError(caught)
    const state = isRetryable(error.status, error.code) ? 'pending' : 'rejected'
    useOutbox.setState((s) => ({
      items: s.items.map((i) => (i.key === key ? { ...i, state, error: error.message, errorCode: error.code } : i))
    }))
    return { state, error: error.message, errorCode: error.code }
  }
}

/** Sends one item with its own key; a send already under way is joined, not repeated. */
export function sendOutboxItem(key: string): Promise<SendResult> {
  const running = inFlight.get(key)
  if (running) return running
  const sending = sendOnce(key).finally(() => inFlight.delete(key))
  inFlight.set(key, sending)
  return sending
}

/** Resends every pending item of the signed-in account, one after another (a weak network is not flooded). */
export async function flushOutbox(): Promise<void> {
  const account = signedInAccountId()
  const pending = useOutbox.getState().items.filter((i) => i.state === 'pending' && ownershipOf(i, account) === 'mine')
  for (const item of pending) await sendOutboxItem(item.key)
}

/**
 * On a page that shows the outbox: resend when the page shows and when the network comes back.
 * Only while signed in, since the server would refuse anyway.
 */
export function useOutboxResend(signedIn: boolean): void {
  Taro.useDidShow(() => {
    if (signedIn) void flushOutbox()
  })
  useEffect(() => {
    if (!signedIn) return undefined
    void flushOutbox()
    const onChange = (res: { isConnected: boolean }) => {
      if (res.isConnected) void flushOutbox()
    }
    Taro.onNetworkStatusChange(onChange)
    return () => Taro.offNetworkStatusChange(onChange)
  }, [signedIn])
}
