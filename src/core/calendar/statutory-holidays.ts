import type { Holiday, YearSchedule } from '../schemas/calendar'
import { addDays } from './dates'
import { FESTIVAL_DATES, FESTIVAL_YEARS } from './festival-dates'

/**
 * The statutory holidays every citizen has, 《全国年节及纪念日放假办法》 as amended on 2024-11-10
 * (in force 2025-01-01), 第二条: 元旦 1 day (1 January); 春节 4 days (除夕 to 正月初三); 清明节 1 day
 * (the Qingming solar term); 劳动节 2 days (1–2 May); 端午节 1 day (lunar 5/5); 中秋节 1 day (lunar
 * 8/15); 国庆节 3 days (1–3 October).
 */
export const STATUTORY_HOLIDAYS_CITATION = '《全国年节及纪念日放假办法》（2024年修订）第二条'

/**
 * A year the State Council has not announced yet, computed from the statute: the statutory holidays
 * only, weekends as usual, no make-up working days. Every answer that touches it is provisional.
 * @example provisionalSchedule(2027).holidays[1] // { name: '春节', daysOff: ['2027-02-05', … '2027-02-08'], makeUpWorkdays: [] }
 */
export function provisionalSchedule(year: number): YearSchedule {
  const festivals = FESTIVAL_DATES[year]
  if (!festivals) {
    throw new RangeError(`${year} 年超出日历支持的范围（${FESTIVAL_YEARS.first}—${FESTIVAL_YEARS.last} 年）`)
  }
  const [newYear, qingming, duanwu, midAutumn] = festivals.map((monthDay) => `${year}-${monthDay}`)
  const eve = addDays(newYear, -1)
  const nationalDay = [`${year}-10-01`, `${year}-10-02`, `${year}-10-03`]
  const holiday = (name: string, daysOff: string[]): Holiday => ({ name, daysOff, makeUpWorkdays: [] })
  // 中秋 falls on 1–3 October in some years (2028-10-03): one day off, both names.
  const midAutumnInNationalDay = nationalDay.includes(midAutumn)
  const holidays = [
    holiday('元旦', [`${year}-01-01`]),
    holiday('春节', [eve, newYear, addDays(newYear, 1), addDays(newYear, 2)]),
    holiday('清明节', [qingming]),
    holiday('劳动节', [`${year}-05-01`, `${year}-05-02`]),
    holiday('端午节', [duanwu]),
    ...(midAutumnInNationalDay ? [] : [holiday('中秋节', [midAutumn])]),
    holiday(midAutumnInNationalDay ? '国庆节、中秋节' : '国庆节', nationalDay)
  ]
  return {
    year,
    provisional: true,
    source: {
      title: `国务院尚未公布${year}年放假安排，暂按${STATUTORY_HOLIDAYS_CITATION}规定的法定节假日推算（不含调休）`
    },
    holidays
  }
}
