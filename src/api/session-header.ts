import { http } from './client'

/**
 * Puts the signed-in resident's token on every request. Kept apart from the sign-in endpoints (and
 * free of zod) because the session store that calls it is loaded by the tab pages of the main package.
 */
export interface SessionSource {
  /** The token to send, or null when signed out (or expired). */
  token(): string | null
  /** Whose token it is (the session's accountId), or null when signed out (or expired). */
  accountId(): number | null
  /** The server refused the token (401): the session is over. */
  onUnauthorized(): void
}

let source: SessionSource | null = null
let installed = false

/**
 * The account whose token goes on the requests now. The outbox sends an item only when this is the
 * account that wrote it, so the check and the token come from one place.
 */
export function signedInAccountId(): number | null {
  return source?.accountId() ?? null
}

/** `Authorization: Bearer …` for the current session, for requests made outside axios (uploads). */
export function authorizationHeader(): Record<string, string> {
  const token = source?.token()
  return token ? { Authorization: `Bearer ${token}` } : {}
}

/**
 * Hooks the session into the one client: a request interceptor adds the header, a response
 * interceptor reports a refused token. Called once by the session store; a second call only
 * replaces the source.
 */
export function authorizeRequests(session: SessionSource): void {
  source = session
  if (installed) return
  installed = true
  http.interceptors.request.use((config) => {
    const header = authorizationHeader()
    if (header.Authorization && !config.headers.has('Authorization')) config.headers.set('Authorization', header.Authorization)
    return config
  })
  http.interceptors.response.use(undefined, (error: unknown) => {
    const status = (error as { response?: { status?: number } }).response?.status
    if (status === 401) source?.onUnauthorized()
    return Promise.reject(error)
  })
}
