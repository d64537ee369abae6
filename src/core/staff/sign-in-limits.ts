/**
 * How often the workbench's password may be tried. Each attempt is counted before its password is
 * checked, on three counters: the phone from one network address, the phone from anywhere, and the
 * network address over every phone. Past a counter's free attempts each further one must wait a delay
 * that doubles, up to an hour: guessing a password becomes hopeless, while nobody can shut an official
 * out for long, and an attacker elsewhere reaches the phone's own counter only after many more tries
 * than the official's own mistypes. A correct password clears the phone's counters; the address
 * counter only takes that one attempt back, so signing in to one's own account does not reset it.
 */

/** What one counter remembers. */
export interface SignInCounter {
  /** Attempts in a row not followed by a correct password (the one under way included). */
  failures: number
  lastAt: Date
  /** No attempt is checked before this instant. */
  blockedUntil: Date | null
}

export type SignInScope = 'address' | 'phone_address' | 'phone'

export interface SignInLimit {
  /** Attempts allowed before the first delay. */
  free: number
  /** A counter idle this long starts again from nothing. */
  memoryMs: number
}

/**
 * Five tries of one phone from one place (the official's own mistypes), twenty from anywhere (a
 * distributed guess), thirty failures from one address in an hour (one machine spraying many phones;
 * a whole office behind one address stays well below it).
 */
export const SIGN_IN_LIMITS: Record<SignInScope, SignInLimit> = {
  phone_address: { free: 5, memoryMs: 24 * 3_600_000 },
  phone: { free: 20, memoryMs: 24 * 3_600_000 },
  address: { free: 30, memoryMs: 3_600_000 }
}

/** The first delay, doubled with each further attempt, and its ceiling. */
export const FIRST_DELAY_MS = 60_000
export const MAX_DELAY_MS = 3_600_000

/**
 * The wait imposed after the `failures`-th attempt in a row: none within the free attempts, then one
 * minute, doubling, at most an hour.
 * @example signInDelayMs(5, 5) // 60000
 * @example signInDelayMs(7, 5) // 240000
 * @example signInDelayMs(4, 5) // 0
 */
export function signInDelayMs(failures: number, free: number): number {
  if (failures < free) return 0
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(failures - free, 20))
}

export type SignInClaim = { allowed: true; next: SignInCounter; delayedUntil: Date | null } | { allowed: false; until: Date }

/**
 * Counts one attempt on a counter before its password is checked: refused while the counter waits;
 * otherwise the counter after it, with the delay this attempt will impose if its password is wrong
 * (imposed at once, so parallel attempts cannot slip past it).
 * @example claimSignInAttempt(undefined, new Date('2026-11-25T02:00:00Z'), SIGN_IN_LIMITS.phone_address) // { allowed: true, next: { failures: 1, … }, delayedUntil: null }
 */
export function claimSignInAttempt(counter: SignInCounter | undefined, now: Date, limit: SignInLimit): SignInClaim {
  if (counter?.blockedUntil && counter.blockedUntil > now) return { allowed: false, until: counter.blockedUntil }
  const stale = !counter || now.getTime() - counter.lastAt.getTime() >= limit.memoryMs
  const failures = stale ? 1 : counter.failures + 1
  const delay = signInDelayMs(failures, limit.free)
  const delayedUntil = delay > 0 ? new Date(now.getTime() + delay) : null
  return { allowed: true, next: { failures, lastAt: now, blockedUntil: delayedUntil }, delayedUntil }
}

/**
 * The address counter after a correct password: the attempt is taken back, and a delay it imposed is
 * lifted when the count falls below the free attempts again.
 * @example refundSignInAttempt({ failures: 30, lastAt: new Date(0), blockedUntil: new Date(60000) }, SIGN_IN_LIMITS.address).blockedUntil // null
 */
export function refundSignInAttempt(counter: SignInCounter, limit: SignInLimit): SignInCounter {
  const failures = Math.max(0, counter.failures - 1)
  return { ...counter, failures, blockedUntil: failures < limit.free ? null : counter.blockedUntil }
}
