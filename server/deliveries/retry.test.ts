import { isTransientFailure } from '../adapters/delivery'
import { MAX_DELIVERY_ATTEMPTS, nextAttemptAfter, retryDelayMs } from './retry'

const failedAt = new Date('2026-11-25T02:00:00Z')

describe('retrying a message that did not go out', () => {
  it('tries again when the provider was down, slow or throttling', () => {
    expect(isTransientFailure('unavailable')).toBe(true)
    expect(isTransientFailure('rate_limited')).toBe(true)
  })

  it('does not try again what was refused, sent to a bad number or rejected for the settings', () => {
    expect(isTransientFailure('refused')).toBe(false)
    expect(isTransientFailure('bad_recipient')).toBe(false)
    expect(isTransientFailure('misconfigured')).toBe(false)
  })

  it('waits 30 seconds after the first failure and twice as long after each further one', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000])
  })

  it('never waits more than an hour between attempts', () => {
    expect(retryDelayMs(8)).toBe(3_600_000)
    expect(retryDelayMs(40)).toBe(3_600_000)
  })

  it('schedules the next attempt of a transient failure from the time it failed', () => {
    expect(nextAttemptAfter('rate_limited', 2, failedAt)).toEqual(new Date('2026-11-25T02:01:00Z'))
  })

  it('gives up a permanent failure at once', () => {
    expect(nextAttemptAfter('bad_recipient', 1, failedAt)).toBeNull()
  })

  it('gives up a transient failure once the attempts are spent, after about three hours of trying', () => {
    expect(nextAttemptAfter('unavailable', MAX_DELIVERY_ATTEMPTS - 1, failedAt)).not.toBeNull()
    expect(nextAttemptAfter('unavailable', MAX_DELIVERY_ATTEMPTS, failedAt)).toBeNull()
    const waited = Array.from({ length: MAX_DELIVERY_ATTEMPTS - 1 }, (_, i) => retryDelayMs(i + 1)).reduce((a, b) => a + b, 0)
    expect(waited / 3_600_000).toBeCloseTo(3.06, 1)
  })
})
