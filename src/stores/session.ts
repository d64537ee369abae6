import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { authorizeRequests } from '@/api/session-header'
import type { Session } from '@/core/schemas/auth'
import { useDrafts } from './drafts'
import { forgetResidentCache } from './offline-cache'
import { ownershipOf, useOutbox } from './outbox'
import { taroStorage } from './taro-storage'

export interface SessionState {
  token: string | null
  /** ISO 8601 instant after which the server no longer accepts the token. */
  expiresAt: string | null
  /** Whose token it is: each outbox item is stamped with it and sent only under the same account. */
  accountId: number | null
  /** The resident agreed to the current privacy notice (from GET /me or after POST /me/consents). */
  privacyConsented: boolean
  signIn(session: Session): void
  signOut(): void
  setPrivacyConsented(consented: boolean): void
}

export const SESSION_STORAGE_KEY = 'jf-session'

/**
 * True while the stored token may still be used.
 * @example isSessionValid({ token: 't', expiresAt: '2026-12-01T00:00:00+08:00' }, new Date('2026-11-25')) // true
 */
export function isSessionValid(session: Pick<SessionState, 'token' | 'expiresAt'>, now: Date): boolean {
  if (!session.token || !session.expiresAt) return false
  const expires = Date.parse(session.expiresAt)
  return Number.isFinite(expires) && expires > now.getTime()
}

/**
 * What this phone keeps of a resident once their session ends, so a phone passed on (a family's,
 * a neighbour's) shows nothing of theirs: the cached cases, case details, notifications and account,
 * and the tracking numbers of sent submissions. Unsent outbox items stay here, since a lapsed
 * session is not the resident leaving and they go out after the next sign-in; 退出登录 asks first
 * and deletes them itself.
 */
function forgetResidentData(): void {
  forgetResidentCache()
  useOutbox.setState({ acknowledged: {} })
}

type PersistedSession = Pick<SessionState, 'token' | 'expiresAt' | 'accountId' | 'privacyConsented'>

/**
 * Version 0 kept a token without saying whose it was. Such a session ends here, with what the phone
 * kept of it, and the resident signs in once more: the outbox may send only under the account that
 * wrote an item, and a token of unknown account cannot show that. (Asking GET /me would cost every
 * start a request for a state that lasts one update.)
 */
function migrateSession(persisted: unknown, version: number): PersistedSession {
  const state = persisted as Partial<PersistedSession>
  if (version < 1 || typeof state.accountId !== 'number') {
    forgetResidentData()
    return { token: null, expiresAt: null, accountId: null, privacyConsented: false }
  }
  return state as PersistedSession
}

/** The signed-in resident's session, kept across app restarts. */
export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      token: null,
      expiresAt: null,
      accountId: null,
      privacyConsented: false,
      signIn: (session) => set({ token: session.token, expiresAt: session.expiresAt, accountId: session.accountId }),
      signOut: () => {
        forgetResidentData()
        set({ token: null, expiresAt: null, accountId: null, privacyConsented: false })
      },
      setPrivacyConsented: (consented) => set({ privacyConsented: consented })
    }),
    {
      name: SESSION_STORAGE_KEY,
      storage: createJSONStorage(() => taroStorage),
      partialize: (state) => ({ token: state.token, expiresAt: state.expiresAt, accountId: state.accountId, privacyConsented: state.privacyConsented }),
      version: 1,
      migrate: migrateSession
    }
  )
)

/**
 * 退出登录 and 注销账号: the resident is leaving this phone, so their unsent submissions (and those
 * whose account is unknown, which only a signed-in resident could claim) and their half-typed forms
 * (with those typed while signed out) go too; name and identity number included, they should not stay
 * behind. Another account's unsent items and drafts stay for that account's next sign-in. The caller
 * has told the resident so before.
 */
export function signOutAndForgetUnsent(): void {
  const leaving = useSession.getState().accountId
  useOutbox.setState((s) => ({ items: s.items.filter((i) => ownershipOf(i, leaving) === 'other') }))
  useDrafts.getState().forgetDraftsOf(leaving)
  useSession.getState().signOut()
}

authorizeRequests({
  token: () => {
    const state = useSession.getState()
    return isSessionValid(state, new Date()) ? state.token : null
  },
  accountId: () => {
    const state = useSession.getState()
    return isSessionValid(state, new Date()) ? state.accountId : null
  },
  onUnauthorized: () => useSession.getState().signOut()
})
