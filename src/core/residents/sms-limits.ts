import { SMS_DAILY_LIMIT, SMS_RESEND_SECONDS } from '../schemas/auth'

/** Codes already sent, as the server counted them just before sending another. */
export interface SmsCodeHistory {
  /** When the latest code went to this phone, if any. */
  lastToPhone: Date | null
  /** Codes sent to this phone since the start of today, China time. */
  todayToPhone: number
  /** Codes requested from this network address in the last hour, and when the earliest of them was. */
  fromAddressLastHour: { count: number; earliest: Date | null }
}

export interface SmsCodeRefusal {
  code: 'RATE_LIMITED' | 'IP_RATE_LIMITED'
  message: string
  /** Seconds until asking again can succeed; absent when only tomorrow helps. */
  retryAfterSeconds?: number
}

const HOUR_MS = 3_600_000

/**
 * Why another sign-in code must not be sent now, or undefined when it may. The phone's own limits
 * (one a minute, ten a day) come first: they tell a resident what to do about their own number. The
 * network's limit (`perAddressPerHour` codes an hour from one address) stops one machine from
 * spraying codes over many numbers, which costs the office money and annoys their owners.
 * @example smsCodeRefusal({ lastToPhone: null, todayToPhone: 0, fromAddressLastHour: { count: 0, earliest: null } }, new Date(), 20) // undefined
 * @example smsCodeRefusal({ lastToPhone: null, todayToPhone: 0, fromAddressLastHour: { count: 20, earliest: new Date('2026-11-25T02:00:00Z') } }, new Date('2026-11-25T02:30:00Z'), 20)?.code // 'IP_RATE_LIMITED'
 */
export function smsCodeRefusal(history: SmsCodeHistory, now: Date, perAddressPerHour: number): SmsCodeRefusal | undefined {
  const { lastToPhone, todayToPhone, fromAddressLastHour } = history
  if (lastToPhone && now.getTime() - lastToPhone.getTime() < SMS_RESEND_SECONDS * 1000) {
    const wait = Math.max(1, Math.ceil((lastToPhone.getTime() + SMS_RESEND_SECONDS * 1000 - now.getTime()) / 1000))
    return { code: 'RATE_LIMITED', message: `验证码刚刚发送过，请在 ${wait} 秒后再获取`, retryAfterSeconds: wait }
  }
  if (todayToPhone >= SMS_DAILY_LIMIT) {
    return { code: 'RATE_LIMITED', message: `这个号码今天已获取 ${SMS_DAILY_LIMIT} 次验证码，已达上限，请明天再试` }
  }
  if (fromAddressLastHour.count >= perAddressPerHour) {
    const earliest = fromAddressLastHour.earliest ?? now
    const wait = Math.max(1, Math.ceil((earliest.getTime() + HOUR_MS - now.getTime()) / 1000))
    const minutes = Math.ceil(wait / 60)
    return {
      code: 'IP_RATE_LIMITED',
      message: `这个网络一小时内获取验证码已达 ${perAddressPerHour} 次，请 ${minutes} 分钟后再试，或换用手机自己的网络`,
      retryAfterSeconds: wait
    }
  }
  return undefined
}
