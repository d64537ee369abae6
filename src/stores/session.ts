import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { authorizeRequests } from '@/api/session-header'
import type { Session } from '@/core/schemas/auth'
import { useDrafts } from './drafts'
import { forgetResidentCache } from './offline-cache'
import { useOutbox } from './outbox'
import { taroStorage } from './taro-storage'

export interface SessionState {
  token: string | null
  /** ISO 8601 instant after which the server no longer accepts the token. */
  expiresAt: string | null
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

/** The signed-in resident's session, kept across app restarts. */
export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      token: null,
      expiresAt: null,
      privacyConsented: false,
      signIn: (session) => set({ token: session.token, expiresAt: session.expiresAt }),
      signOut: () => {
        forgetResidentData()
        set({ token: null, expiresAt: null, privacyConsented: false })
      },
      setPrivacyConsented: (consented) => set({ privacyConsented: consented })
    }),
    {
      name: SESSION_STORAGE_KEY,
      storage: createJSONStorage(() => taroStorage),
      partialize: (state) => ({ token: state.token, expiresAt: state.expiresAt, privacyConsented: state.privacyConsented })
    }
  )
)

/**
 * 退出登录 and 注销账号: the resident is leaving this phone, so their unsent submissions and half-typed
 * forms go too. Otherwise the next person to sign in here would send them, name and identity number
 * included, as their own. The caller has told the resident so before.
 */
export function signOutAndForgetUnsent(): void {
  useOutbox.setState({ items: [] })
  useDrafts.setState({ drafts: {} })
  useSession.getState().signOut()
}

authorizeRequests({
  token: () => {
    const state = useSession.getState()
    return isSessionValid(state, new Date()) ? state.token : null
  },
  onUnauthorized: () => useSession.getState().signOut()
})
