import { springFestivalWarningOf } from './provisional'

describe('a provisional due date near 春节', () => {
  it('is warned of within 10 days of 春节, on either side, while the year is not announced', () => {
    // 春节 2027 falls on 6 February.
    expect(springFestivalWarningOf({ dueDate: '2027-02-09', provisional: true })).toBe(
      '截止日期2027年2月9日距2027年春节（2027年2月6日）不到10天，而2027年的放假安排尚未公布：春节放假和调休上班可能使截止日期变动，请在国务院公布、导入节假日日历后核对。'
    )
    expect(springFestivalWarningOf({ dueDate: '2027-01-27', provisional: true })).not.toBeNull()
    expect(springFestivalWarningOf({ dueDate: '2027-02-16', provisional: true })).not.toBeNull()
  })

  it('is not warned of further away, or once the year is announced', () => {
    expect(springFestivalWarningOf({ dueDate: '2027-01-26', provisional: true })).toBeNull()
    expect(springFestivalWarningOf({ dueDate: '2027-02-17', provisional: true })).toBeNull()
    expect(springFestivalWarningOf({ dueDate: '2026-02-20', provisional: false })).toBeNull()
    expect(springFestivalWarningOf({ dueDate: null, provisional: true })).toBeNull()
  })
})
