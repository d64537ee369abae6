import { smsCodeRefusal, type SmsCodeHistory } from './sms-limits'

const NOW = new Date('2026-11-25T02:30:00Z')
const none: SmsCodeHistory = { lastToPhone: null, todayToPhone: 0, fromAddressLastHour: { count: 0, earliest: null } }

describe('smsCodeRefusal', () => {
  it('lets a first code go', () => {
    expect(smsCodeRefusal(none, NOW, 20)).toBeUndefined()
  })

  it('asks the resident to wait out the minute since the last code to the same phone', () => {
    const refusal = smsCodeRefusal({ ...none, lastToPhone: new Date('2026-11-25T02:29:30Z') }, NOW, 20)
    expect(refusal).toEqual({ code: 'RATE_LIMITED', message: '验证码刚刚发送过，请在 30 秒后再获取', retryAfterSeconds: 30 })
  })

  it('lets a code go once the minute has passed', () => {
    expect(smsCodeRefusal({ ...none, lastToPhone: new Date('2026-11-25T02:29:00Z'), todayToPhone: 1 }, NOW, 20)).toBeUndefined()
  })

  it('refuses an eleventh code to one phone in a day, without a time to retry', () => {
    const refusal = smsCodeRefusal({ ...none, todayToPhone: 10 }, NOW, 20)
    expect(refusal).toEqual({ code: 'RATE_LIMITED', message: '这个号码今天已获取 10 次验证码，已达上限，请明天再试' })
  })

  it('refuses the code after the limit from one network address in an hour, and says when to retry', () => {
    const refusal = smsCodeRefusal({ ...none, fromAddressLastHour: { count: 20, earliest: new Date('2026-11-25T01:45:00Z') } }, NOW, 20)
    expect(refusal).toEqual({
      code: 'IP_RATE_LIMITED',
      message: '这个网络一小时内获取验证码已达 20 次，请 15 分钟后再试，或换用手机自己的网络',
      retryAfterSeconds: 900
    })
  })

  it('lets the last code within the network limit go', () => {
    expect(smsCodeRefusal({ ...none, fromAddressLastHour: { count: 19, earliest: new Date('2026-11-25T01:45:00Z') } }, NOW, 20)).toBeUndefined()
  })

  it('names the phone’s own limit first when both apply', () => {
    const refusal = smsCodeRefusal({ lastToPhone: new Date('2026-11-25T02:29:50Z'), todayToPhone: 3, fromAddressLastHour: { count: 50, earliest: NOW } }, NOW, 20)
    expect(refusal?.code).toBe('RATE_LIMITED')
  })
})
