import { dayNumber, dateOf } from './dates'
import { FESTIVAL_DATES, FESTIVAL_YEARS } from './festival-dates'

// ICU's Chinese calendar (built into Node) is an independent oracle for the lunar dates. It starts
// the lunar year a day late in 2027 and a day early in 2030, where the new moon falls minutes from
// midnight Beijing time; the published dates of 春节 (2027-02-06, 2030-02-03) are the table's.
const ICU_OFFSET: Record<number, number> = { 2027: 1, 2030: -1 }
const chinese = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { timeZone: 'UTC', month: 'long', day: 'numeric' })
const lunarOf = (date: string) => {
  const parts = chinese.formatToParts(new Date(`${date}T00:00:00Z`))
  return `${parts.find((p) => p.type === 'month')?.value}${parts.find((p) => p.type === 'day')?.value}`
}

describe('the festival table', () => {
  it('covers every year from 2000 to 2100', () => {
    for (let year = FESTIVAL_YEARS.first; year <= FESTIVAL_YEARS.last; year++) expect(FESTIVAL_DATES[year]).toHaveLength(4)
  })

  it('agrees with the official dates of 2024–2026 (除夕 is the day before 正月初一)', () => {
    expect(FESTIVAL_DATES[2024]).toEqual(['02-10', '04-04', '06-10', '09-17'])
    expect(FESTIVAL_DATES[2025]).toEqual(['01-29', '04-04', '05-31', '10-06'])
    expect(FESTIVAL_DATES[2026]).toEqual(['02-17', '04-05', '06-19', '09-25'])
  })

  it('puts 正月初一, 五月初五 and 八月十五 where ICU puts them in every other year', () => {
    for (let year = FESTIVAL_YEARS.first; year <= FESTIVAL_YEARS.last; year++) {
      const [newYear, , duanwu, midAutumn] = FESTIVAL_DATES[year].map((md) => `${year}-${md}`)
      const icuNewYear = dateOf(dayNumber(newYear) + (ICU_OFFSET[year] ?? 0))
      expect([year, lunarOf(icuNewYear), lunarOf(duanwu), lunarOf(midAutumn)]).toEqual([year, '正月1', '五月5', '八月15'])
    }
  })

  it('differs from ICU on 春节 2027 and 2030 only, as documented', () => {
    expect(lunarOf('2027-02-06')).toBe('腊月30')
    expect(lunarOf('2030-02-03')).toBe('正月2')
  })

  it('puts 清明 where the classic formula floor(Y·0.2422 + 4.81) − floor(Y/4) does for 2001–2099', () => {
    for (let year = 2001; year <= 2099; year++) {
      const y = year % 100
      const day = Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4)
      expect([year, FESTIVAL_DATES[year][1]]).toEqual([year, `04-0${day}`])
    }
  })
})
