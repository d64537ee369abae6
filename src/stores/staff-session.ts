import type { StaffRole } from '@/core/schemas/staff'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { taroStorage } from './taro-storage'

export interface StaffIdentity {
  name: string
  roles: StaffRole[]
  department: string | null
}

export interface StaffSessionState {
  token: string | null
  /** ISO 8601 instant after which the server no longer accepts the token. */
  expiresAt: string | null
  staff: StaffIdentity | null
  signIn(session: { token: string; expiresAt: string; staff?: StaffIdentity | null }): void
  signOut(): void
}

export const STAFF_SESSION_STORAGE_KEY = 'jf-staff-session'

/**
 * True while the stored staff token may still be used.
 * @example isStaffSessionValid({ token: 't', expiresAt: '2026-12-01T00:00:00+08:00' }, new Date('2026-11-25')) // true
 */
export function isStaffSessionValid(session: Pick<StaffSessionState, 'token' | 'expiresAt'>, now: Date): boolean {
  if (!session.token || !session.expiresAt) return false
  const expires = Date.parse(session.expiresAt)
  return Number.isFinite(expires) && expires > now.getTime()
}

/**
 * The signed-in official, kept apart from the resident's session: the same phone may be both, and a
 * refused staff token must not sign the resident out.
 */
export const useStaffSession = create<StaffSessionState>()(
  persist(
    (set) => ({
      token: null,
      expiresAt: null,
      staff: null,
      signIn: ({ token, expiresAt, staff }) => set({ token, expiresAt, staff: staff ?? null }),
      signOut: () => set({ token: null, expiresAt: null, staff: null })
    }),
    {
      name: STAFF_SESSION_STORAGE_KEY,
      storage: createJSONStorage(() => taroStorage),
      partialize: (state) => ({ token: state.token, expiresAt: state.expiresAt, staff: state.staff })
    }
  )
)

/** The token to send now, or null when signed out or expired. */
export function currentStaffToken(now: Date): string | null {
  const state = useStaffSession.getState()
  return isStaffSessionValid(state, now) ? state.token : null
}
