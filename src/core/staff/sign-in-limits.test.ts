import { claimSignInAttempt, refundSignInAttempt, SIGN_IN_LIMITS, signInDelayMs, type SignInCounter } from './sign-in-limits'

const at = (iso: string) => new Date(iso)
const NOW = at('2026-11-25T02:00:00Z')
const limit = SIGN_IN_LIMITS.phone_address

describe('the delay after wrong passwords', () => {
  it('imposes none within the free attempts', () => {
    expect([1, 2, 3, 4].map((n) => signInDelayMs(n, 5))).toEqual([0, 0, 0, 0])
  })

  it('starts at one minute with the last free attempt and doubles with each further one', () => {
    expect([5, 6, 7, 8].map((n) => signInDelayMs(n, 5))).toEqual([60_000, 120_000, 240_000, 480_000])
  })

  it('never grows beyond an hour, so nobody can shut an official out for longer', () => {
    expect(signInDelayMs(12, 5)).toBe(3_600_000)
    expect(signInDelayMs(10_000, 5)).toBe(3_600_000)
  })
})

describe('counting an attempt before its password is checked', () => {
  it('lets the first attempt through and counts it', () => {
    expect(claimSignInAttempt(undefined, NOW, limit)).toEqual({ allowed: true, next: { failures: 1, lastAt: NOW, blockedUntil: null }, delayedUntil: null })
  })

  it('imposes the delay with the attempt that reaches it, before anyone knows whether its password was right', () => {
    const counter: SignInCounter = { failures: 4, lastAt: NOW, blockedUntil: null }
    const claim = claimSignInAttempt(counter, NOW, limit)
    expect(claim).toMatchObject({ allowed: true, delayedUntil: at('2026-11-25T02:01:00Z') })
  })

  it('refuses an attempt while the counter waits, saying until when', () => {
    const counter: SignInCounter = { failures: 5, lastAt: NOW, blockedUntil: at('2026-11-25T02:01:00Z') }
    expect(claimSignInAttempt(counter, at('2026-11-25T02:00:59Z'), limit)).toEqual({ allowed: false, until: at('2026-11-25T02:01:00Z') })
    expect(claimSignInAttempt(counter, at('2026-11-25T02:01:00Z'), limit)).toMatchObject({ allowed: true, next: { failures: 6 }, delayedUntil: at('2026-11-25T02:03:00Z') })
  })

  it('forgets a counter left idle longer than its memory', () => {
    const counter: SignInCounter = { failures: 9, lastAt: at('2026-11-24T01:00:00Z'), blockedUntil: null }
    expect(claimSignInAttempt(counter, NOW, limit)).toMatchObject({ allowed: true, next: { failures: 1 }, delayedUntil: null })
  })

  it('gives an address thirty attempts an hour before its first delay', () => {
    expect(claimSignInAttempt({ failures: 28, lastAt: NOW, blockedUntil: null }, NOW, SIGN_IN_LIMITS.address)).toMatchObject({ allowed: true, delayedUntil: null })
    expect(claimSignInAttempt({ failures: 29, lastAt: NOW, blockedUntil: null }, NOW, SIGN_IN_LIMITS.address)).toMatchObject({ allowed: true, delayedUntil: at('2026-11-25T02:01:00Z') })
  })
})

describe('taking back the address’s count after a correct password', () => {
  it('takes back only that attempt, so signing in to one’s own account does not reset the count', () => {
    expect(refundSignInAttempt({ failures: 12, lastAt: NOW, blockedUntil: null }, SIGN_IN_LIMITS.address).failures).toBe(11)
  })

  it('lifts the delay the correct attempt itself imposed', () => {
    const counter: SignInCounter = { failures: 30, lastAt: NOW, blockedUntil: at('2026-11-25T02:01:00Z') }
    expect(refundSignInAttempt(counter, SIGN_IN_LIMITS.address)).toEqual({ failures: 29, lastAt: NOW, blockedUntil: null })
  })
})
