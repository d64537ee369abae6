import { LeaderEditBodySchema } from '@/core/schemas/publishing'
import type { CalendarYear, YearScheduleFile } from '@/core/schemas/calendar'
import { calendarYearsToShow, canImportCalendar, checkForm, describeDates, holidayLines, readScheduleFile, scheduleChanges, yearStanding } from './office-model'

const announced2027: YearScheduleFile = {
  year: 2027,
  source: { title: '国务院办公厅关于2027年部分节假日安排的通知' },
  holidays: [
    { name: '元旦', daysOff: ['2027-01-01', '2027-01-02', '2027-01-03'], makeUpWorkdays: [] },
    { name: '春节', daysOff: ['2027-02-06', '2027-02-07', '2027-02-08'], makeUpWorkdays: ['2027-02-20'] }
  ]
}

const provisional2027: CalendarYear = {
  year: 2027,
  provisional: true,
  source: { title: '按《全国年节及纪念日放假办法》推算' },
  daysOff: [
    { date: '2027-01-01', holiday: '元旦' },
    { date: '2027-02-05', holiday: '春节' }
  ],
  makeUpWorkdays: []
}

describe('who may import the holiday calendar', () => {
  it('lets only administrators import a holiday schedule', () => {
    expect(canImportCalendar(['admin'])).toBe(true)
    expect(canImportCalendar(['disclosure', 'leader'])).toBe(false)
  })
})

describe('checking a contact form with the server’s schema', () => {
  it('gives the first message of each field in the schema’s words', () => {
    const checked = checkForm(LeaderEditBodySchema, { name: ' ', post: '主任', duties: '全面工作', phone: '电话' })
    expect(checked).toEqual({ ok: false, errors: { name: '请填写姓名', phone: '电话只能包含数字、空格和 + - ( )，例如 021-12345678' } })
  })

  it('gives the body to send, trimmed as the server keeps it', () => {
    expect(checkForm(LeaderEditBodySchema, { name: '周敏 ', post: '主任', duties: '全面工作', phone: '021-1234' })).toEqual({
      ok: true,
      body: { name: '周敏', post: '主任', duties: '全面工作', phone: '021-1234' }
    })
  })
})

describe('the holiday calendar', () => {
  it('shows last year, this year and next year', () => {
    expect(calendarYearsToShow('2026-11-25')).toEqual([2025, 2026, 2027])
  })

  it('says whether a year is announced, and by which notice, or computed', () => {
    expect(yearStanding(provisional2027)).toBe('计算推定（国务院尚未公布，按法定节日推算）')
    expect(yearStanding({ provisional: false, source: announced2027.source })).toBe('已公布：国务院办公厅关于2027年部分节假日安排的通知')
  })
})

describe('a year’s holidays in words', () => {
  it('writes consecutive days as one span and the others one by one', () => {
    expect(describeDates(['2026-10-03', '2026-10-01', '2026-10-02', '2026-09-20'], 2026)).toBe('9月20日、10月1日至10月3日')
  })

  it('names the year of a date outside the schedule’s year', () => {
    expect(describeDates(['2018-12-30', '2018-12-31', '2019-01-01'], 2019)).toBe('2018年12月30日至1月1日')
  })

  it('gives one line per holiday with its days off and make-up working days', () => {
    const year: CalendarYear = {
      year: 2026,
      provisional: false,
      source: { title: '通知' },
      daysOff: [
        { date: '2026-01-01', holiday: '元旦' },
        { date: '2026-01-02', holiday: '元旦' },
        { date: '2026-01-03', holiday: '元旦' },
        { date: '2026-04-05', holiday: '清明节' }
      ],
      makeUpWorkdays: [{ date: '2026-01-04', holiday: '元旦' }]
    }
    expect(holidayLines(year)).toEqual([
      { name: '元旦', daysOff: '1月1日至1月3日', daysOffCount: 3, makeUpWorkdays: '1月4日' },
      { name: '清明节', daysOff: '4月5日', daysOffCount: 1, makeUpWorkdays: '' }
    ])
  })
})

describe('reading a pasted schedule file', () => {
  it('reads a valid file', () => {
    expect(readScheduleFile(JSON.stringify(announced2027))).toEqual({ ok: true, schedule: announced2027 })
  })

  it('asks for the content when nothing was pasted', () => {
    expect(readScheduleFile('  ')).toEqual({ ok: false, problems: ['请粘贴放假安排文件的内容'] })
  })

  it('says in plain words when the text is not a whole file', () => {
    expect(readScheduleFile('{"year": 2027,')).toEqual({ ok: false, problems: ['这不是一个完整的放假安排文件（JSON 格式有误）。请把文件的全部内容原样粘贴进来。'] })
  })

  it('names the holiday and the date that break the rules', () => {
    const weekdayMakeUp = { ...announced2027, holidays: [announced2027.holidays[0], { ...announced2027.holidays[1], makeUpWorkdays: ['2027-02-22'] }] }
    expect(readScheduleFile(JSON.stringify(weekdayMakeUp))).toEqual({
      ok: false,
      problems: ['第 2 个节日（春节）的调休上班日期第 1 项：2027-02-22 不是周末，不能作为调休上班日']
    })
  })

  it('says a missing part is missing, in Chinese, where zod’s own words would be English', () => {
    const reading = readScheduleFile(JSON.stringify({ year: 2027, holidays: announced2027.holidays }))
    expect(reading).toEqual({ ok: false, problems: ['来源：缺少或格式不对'] })
  })

  it('keeps the schema’s own message for a year out of range', () => {
    expect(readScheduleFile(JSON.stringify({ ...announced2027, year: 1999 }))).toMatchObject({ ok: false, problems: expect.arrayContaining(['年份：年份不能早于 2000']) })
  })
})

describe('what an import replaces', () => {
  it('counts the days before and after and lists the dates that change', () => {
    expect(scheduleChanges(provisional2027, announced2027)).toEqual({
      replaces: '计算推定（国务院尚未公布，按法定节日推算）',
      daysOffBefore: 2,
      daysOffAfter: 6,
      makeUpBefore: 0,
      makeUpAfter: 1,
      newDaysOff: ['2027-01-02', '2027-01-03', '2027-02-06', '2027-02-07', '2027-02-08'],
      droppedDaysOff: ['2027-02-05'],
      newMakeUpWorkdays: ['2027-02-20'],
      droppedMakeUpWorkdays: []
    })
  })
})
