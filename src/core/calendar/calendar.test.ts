import fc from 'fast-check'
import { ANNOUNCED_SCHEDULES } from './announced'
import {
  addCalendarDays,
  addWorkingDays,
  calendarYear,
  createCalendar,
  dayInfo,
  isWorkingDay,
  workingDaysBetween,
  yearSchedule
} from './calendar'
import { addDays, dateOf, dayNumber } from './dates'

const cal = createCalendar(ANNOUNCED_SCHEDULES)

/**
 * Sources of the tables below:
 * - 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023年10月25日）
 * - 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）
 * - 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025年11月4日）
 */
const notices: { year: number; holidays: [string, string, string, string[]][] }[] = [
  {
    year: 2024,
    holidays: [
      ['元旦', '2024-01-01', '2024-01-01', []],
      ['春节', '2024-02-10', '2024-02-17', ['2024-02-04', '2024-02-18']],
      ['清明节', '2024-04-04', '2024-04-06', ['2024-04-07']],
      ['劳动节', '2024-05-01', '2024-05-05', ['2024-04-28', '2024-05-11']],
      ['端午节', '2024-06-10', '2024-06-10', []],
      ['中秋节', '2024-09-15', '2024-09-17', ['2024-09-14']],
      ['国庆节', '2024-10-01', '2024-10-07', ['2024-09-29', '2024-10-12']]
    ]
  },
  {
    year: 2025,
    holidays: [
      ['元旦', '2025-01-01', '2025-01-01', []],
      ['春节', '2025-01-28', '2025-02-04', ['2025-01-26', '2025-02-08']],
      ['清明节', '2025-04-04', '2025-04-06', []],
      ['劳动节', '2025-05-01', '2025-05-05', ['2025-04-27']],
      ['端午节', '2025-05-31', '2025-06-02', []],
      ['国庆节、中秋节', '2025-10-01', '2025-10-08', ['2025-09-28', '2025-10-11']]
    ]
  },
  {
    year: 2026,
    holidays: [
      ['元旦', '2026-01-01', '2026-01-03', ['2026-01-04']],
      ['春节', '2026-02-15', '2026-02-23', ['2026-02-14', '2026-02-28']],
      ['清明节', '2026-04-04', '2026-04-06', []],
      ['劳动节', '2026-05-01', '2026-05-05', ['2026-05-09']],
      ['端午节', '2026-06-19', '2026-06-21', []],
      ['中秋节', '2026-09-25', '2026-09-27', []],
      ['国庆节', '2026-10-01', '2026-10-07', ['2026-09-20', '2026-10-10']]
    ]
  }
]

const datesFrom = (first: string, last: string) => {
  const out: string[] = []
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d)
  return out
}

describe('the announced schedules 2024–2026', () => {
  for (const notice of notices) {
    for (const [name, first, last, makeUp] of notice.holidays) {
      it(`${notice.year} ${name}: every day from ${first} to ${last} is a day off`, () => {
        for (const date of datesFrom(first, last)) {
          expect(dayInfo(cal, date)).toMatchObject({ kind: 'holiday', working: false, holiday: name, provisional: false })
        }
      })
      if (makeUp.length > 0) {
        it(`${notice.year} ${name}: ${makeUp.join('、')} are make-up working days although on a weekend`, () => {
          for (const date of makeUp) {
            expect(dayInfo(cal, date)).toMatchObject({ kind: 'makeup_workday', working: true, holiday: name })
          }
        })
      }
    }

    it(`${notice.year}: the bundled data holds exactly the notice's days off and make-up days`, () => {
      const year = calendarYear(cal, notice.year)
      expect(year.daysOff.map((d) => d.date)).toEqual(notice.holidays.flatMap(([, a, b]) => datesFrom(a, b)).sort())
      expect(year.makeUpWorkdays.map((d) => d.date)).toEqual(notice.holidays.flatMap(([, , , m]) => m).sort())
      expect(year.provisional).toBe(false)
      expect(year.source.title).toBe(`国务院办公厅关于${notice.year}年部分节假日安排的通知`)
    })
  }

  it('an ordinary Saturday is a day off and an ordinary Tuesday a working day', () => {
    expect(dayInfo(cal, '2025-03-08')).toMatchObject({ kind: 'weekend', working: false })
    expect(dayInfo(cal, '2025-03-11')).toMatchObject({ kind: 'workday', working: true })
  })
})

describe('addWorkingDays', () => {
  it('does not count the starting day', () => {
    expect(addWorkingDays(cal, '2025-03-10', 1)).toEqual({ date: '2025-03-11', provisional: false })
  })

  it('skips the National Day week and counts the make-up Saturday 2025-10-11', () => {
    expect(addWorkingDays(cal, '2025-09-30', 1).date).toBe('2025-10-09')
    expect(addWorkingDays(cal, '2025-10-10', 1).date).toBe('2025-10-11')
  })

  it('counts the make-up Sunday 2025-09-28 before the holiday', () => {
    expect(addWorkingDays(cal, '2025-09-26', 1).date).toBe('2025-09-28')
  })

  it('20 working days from a receipt on 2025-09-26 end on 2025-10-30', () => {
    expect(addWorkingDays(cal, '2025-09-26', 20)).toEqual({ date: '2025-10-30', provisional: false })
  })

  it('a count that reaches into 2027, whose schedule is not announced, is provisional', () => {
    expect(addWorkingDays(cal, '2026-12-20', 20)).toEqual({ date: '2027-01-18', provisional: true })
  })

  it('adding zero working days gives the starting day', () => {
    expect(addWorkingDays(cal, '2025-10-01', 0).date).toBe('2025-10-01')
  })

  it('refuses a negative or fractional count and a date outside 2000–2100', () => {
    expect(() => addWorkingDays(cal, '2025-01-01', -1)).toThrow(RangeError)
    expect(() => addWorkingDays(cal, '2025-01-01', 1.5)).toThrow(RangeError)
    expect(() => addWorkingDays(cal, '2100-12-31', 1)).toThrow(RangeError)
  })
})

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to and including the second', () => {
    expect(workingDaysBetween(cal, '2025-09-26', '2025-10-30')).toBe(20)
  })

  it('is negative when the second date is earlier', () => {
    expect(workingDaysBetween(cal, '2025-10-30', '2025-09-26')).toBe(-20)
  })

  it('is zero for the same day', () => {
    expect(workingDaysBetween(cal, '2025-10-30', '2025-10-30')).toBe(0)
  })
})

describe('addCalendarDays with 民法典 第二百零三条', () => {
  it('a period of 15 days ending on a working day ends on that day', () => {
    expect(addCalendarDays(cal, '2025-03-03', 15)).toEqual({ date: '2025-03-18', provisional: false })
  })

  it('a period whose last day is in the National Day holiday ends on the first working day after it', () => {
    expect(addCalendarDays(cal, '2025-09-16', 15)).toEqual({ date: '2025-10-09', movedFrom: '2025-10-01', provisional: false })
  })

  it('a period whose last day is a Sunday ends on the Monday', () => {
    expect(addCalendarDays(cal, '2025-03-01', 15)).toEqual({ date: '2025-03-17', movedFrom: '2025-03-16', provisional: false })
  })

  it('an office that switches the rule off keeps the plain last day', () => {
    expect(addCalendarDays(cal, '2025-09-16', 15, 'none')).toEqual({ date: '2025-10-01', provisional: false })
  })
})

describe('a year without an announced schedule', () => {
  it('2027 is provisional and computed from the statutory holidays only, without make-up days', () => {
    const schedule = yearSchedule(cal, 2027)
    expect(schedule.provisional).toBe(true)
    expect(schedule.source.title).toContain('全国年节及纪念日放假办法')
    expect(Object.fromEntries(schedule.holidays.map((h) => [h.name, h.daysOff]))).toEqual({
      元旦: ['2027-01-01'],
      春节: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'],
      清明节: ['2027-04-05'],
      劳动节: ['2027-05-01', '2027-05-02'],
      端午节: ['2027-06-09'],
      中秋节: ['2027-09-15'],
      国庆节: ['2027-10-01', '2027-10-02', '2027-10-03']
    })
    expect(schedule.holidays.every((h) => h.makeUpWorkdays.length === 0)).toBe(true)
    expect(dayInfo(cal, '2027-02-05')).toMatchObject({ kind: 'holiday', holiday: '春节', provisional: true })
  })

  it('the statute would give 2025 the same festival days the notice kept (除夕 01-28, 清明 04-04, 端午 05-31, 中秋 10-06)', () => {
    const fromStatute = createCalendar([])
    const days = (name: string) => yearSchedule(fromStatute, 2025).holidays.find((h) => h.name.includes(name))?.daysOff
    expect(days('春节')).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'])
    expect(days('清明')).toEqual(['2025-04-04'])
    expect(days('端午')).toEqual(['2025-05-31'])
    expect(days('中秋')).toEqual(['2025-10-06'])
  })

  it('in 2028 中秋 falls on 3 October and is one day off together with 国庆', () => {
    const holidays = yearSchedule(cal, 2028).holidays
    expect(holidays.find((h) => h.name === '国庆节、中秋节')?.daysOff).toEqual(['2028-10-01', '2028-10-02', '2028-10-03'])
    expect(holidays.some((h) => h.name === '中秋节')).toBe(false)
  })

  it('an imported schedule replaces the provisional year and the bundled one', () => {
    const imported = { ...ANNOUNCED_SCHEDULES[2], holidays: [{ name: '元旦', daysOff: ['2026-01-02'], makeUpWorkdays: [] }] }
    const replaced = createCalendar([...ANNOUNCED_SCHEDULES, imported])
    expect(isWorkingDay(replaced, '2026-10-01')).toBe(true)
    expect(isWorkingDay(replaced, '2026-01-02')).toBe(false)
  })

  it('a notice reaching back into December of the year before marks those days too', () => {
    const withNext = createCalendar([
      { year: 2027, source: { title: '测试通知' }, holidays: [{ name: '元旦', daysOff: ['2026-12-31', '2027-01-01'], makeUpWorkdays: ['2026-12-27'] }] }
    ])
    expect(dayInfo(withNext, '2026-12-31')).toMatchObject({ kind: 'holiday', holiday: '元旦' })
    expect(dayInfo(withNext, '2026-12-27')).toMatchObject({ kind: 'makeup_workday', working: true })
  })
})

describe('properties of working-day arithmetic', () => {
  const aDate = fc.integer({ min: dayNumber('2023-06-01'), max: dayNumber('2028-06-30') }).map(dateOf)
  const aCount = fc.integer({ min: 1, max: 120 })

  it('the result is always a working day', () => {
    fc.assert(fc.property(aDate, aCount, (from, n) => isWorkingDay(cal, addWorkingDays(cal, from, n).date)))
  })

  it('adding n then m working days equals adding n + m', () => {
    fc.assert(
      fc.property(aDate, aCount, aCount, (from, n, m) => {
        const stepwise = addWorkingDays(cal, addWorkingDays(cal, from, n).date, m).date
        return stepwise === addWorkingDays(cal, from, n + m).date
      })
    )
  })

  it('counting the working days from the start to the result gives n', () => {
    fc.assert(fc.property(aDate, aCount, (from, n) => workingDaysBetween(cal, from, addWorkingDays(cal, from, n).date) === n))
  })

  it('a period in calendar days never ends on a rest day under 第二百零三条', () => {
    fc.assert(fc.property(aDate, fc.integer({ min: 1, max: 90 }), (from, n) => isWorkingDay(cal, addCalendarDays(cal, from, n).date)))
  })

  it('day numbers and dates convert back and forth', () => {
    fc.assert(fc.property(fc.integer({ min: -100000, max: 100000 }), (day) => dayNumber(dateOf(day)) === day))
  })
})
