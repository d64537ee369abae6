import { chinaDateTime, defaultSchedule, publishAtOf, statusWords } from './schedule-model'

const NOW = new Date('2026-11-25T02:00:00Z') // 10:00 China time

describe('publishing at a set time', () => {
  it('reads an instant in China time', () => {
    expect(chinaDateTime('2026-12-01T01:00:00Z')).toBe('2026-12-01 09:00')
    expect(chinaDateTime('2026-11-30T16:30:00Z')).toBe('2026-12-01 00:30')
  })

  it('shows an approved item set for later as waiting to be published at that time', () => {
    expect(statusWords({ status: 'approved', statusLabel: '领导已审批', scheduledAt: '2026-12-01T01:00:00Z' })).toBe('待发布（定时 2026-12-01 09:00）')
    expect(statusWords({ status: 'approved', statusLabel: '领导已审批', scheduledAt: null })).toBe('领导已审批')
  })

  it('offers tomorrow at nine, China time, even late in the evening elsewhere', () => {
    expect(defaultSchedule(NOW)).toEqual({ date: '2026-11-26', time: '09:00' })
    expect(defaultSchedule(new Date('2026-11-25T17:00:00Z'))).toEqual({ date: '2026-11-27', time: '09:00' })
  })

  it('sends the date and time typed as China time', () => {
    expect(publishAtOf('2026-12-01', '9:00', NOW)).toEqual({ ok: true, publishAt: '2026-12-01T09:00:00+08:00' })
    expect(publishAtOf(' 2026-12-01 ', '14：30', NOW)).toEqual({ ok: true, publishAt: '2026-12-01T14:30:00+08:00' })
  })

  it('says what is wrong with a date or a time that does not exist', () => {
    expect(publishAtOf('2026-02-30', '25:00', NOW)).toEqual({ ok: false, errors: { date: '日期格式应为“年-月-日”，例如 2026-12-01', time: '时间格式应为“时:分”，例如 09:00' } })
  })

  it('refuses a time already past and points to 立即发布', () => {
    expect(publishAtOf('2026-11-25', '09:59', NOW)).toEqual({ ok: false, errors: { time: '定时发布的时间应晚于现在；要马上发布请选“立即发布”' } })
  })
})
