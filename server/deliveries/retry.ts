import { isTransientFailure, type DeliveryFailure } from '../adapters/delivery'

/**
 * When a message that did not go out is tried again. Server-only (the app never decides this), so it
 * lives here rather than in src/core; like core it is pure and takes the time as an argument.
 */

/** Attempts of one delivery before a transient failure is given up: with the delays below, about 3 hours of trying. */
export const MAX_DELIVERY_ATTEMPTS = 10

/** The first retry's delay; each later one doubles it, up to RETRY_DELAY_MAX_MS. */
export const RETRY_DELAY_FIRST_MS = 30_000
/** An hour: Alibaba Cloud's per-number limits (1 a minute, 5 an hour) have lifted by then. */
export const RETRY_DELAY_MAX_MS = 3_600_000

/**
 * How long after its `attempts`-th failed attempt a delivery is tried again: 30 s, doubling, at most an hour.
 * @example retryDelayMs(1) // 30_000
 * @example retryDelayMs(3) // 120_000
 * @example retryDelayMs(9) // 3_600_000
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(RETRY_DELAY_FIRST_MS * 2 ** Math.max(0, attempts - 1), RETRY_DELAY_MAX_MS)
}

/**
 * When a delivery whose `attempts`-th attempt failed at `failedAt` is tried next, or null to give it
 * up: a permanent failure is never retried, a transient one until MAX_DELIVERY_ATTEMPTS.
 * @example nextAttemptAfter('unavailable', 1, new Date('2026-11-25T02:00:00Z')) // 2026-11-25T02:00:30Z
 * @example nextAttemptAfter('refused', 1, new Date('2026-11-25T02:00:00Z')) // null
 * @example nextAttemptAfter('unavailable', 10, new Date('2026-11-25T02:00:00Z')) // null
 */
export function nextAttemptAfter(failure: DeliveryFailure, attempts: number, failedAt: Date): Date | null {
  if (!isTransientFailure(failure) || attempts >= MAX_DELIVERY_ATTEMPTS) return null
  return new Date(failedAt.getTime() + retryDelayMs(attempts))
}
