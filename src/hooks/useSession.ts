import { isSessionValid, useSession } from '@/stores/session'

/** True while a resident is signed in with a token the server still accepts. */
export function useSignedIn(): boolean {
  const token = useSession((s) => s.token)
  const expiresAt = useSession((s) => s.expiresAt)
  return isSessionValid({ token, expiresAt }, new Date())
}

/** The same answer outside rendering, e.g. in a tap handler after returning from the sign-in page. */
export function isSignedInNow(): boolean {
  return isSessionValid(useSession.getState(), new Date())
}
