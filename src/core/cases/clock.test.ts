import fc from 'fast-check'
import { ANNOUNCED_SCHEDULES, createCalendar } from '../calendar'
import { addDays, dateOf, dayNumber } from '../calendar/dates'
import { ClockSchema, type CaseEvent } from '../schemas/clock'
import { clockOf, extensionRefusalOf, extensionRoomOf } from './clock'
import { DEFAULT_OFFICE_PROMISES, DISCLOSURE_2019, PETITION_2022, PETITION_2022_PROPOSALS, officePromiseFor, policyFor } from './policies'

const cal = createCalendar(ANNOUNCED_SCHEDULES)
const received = (on: string): CaseEvent => ({ type: 'received', on })
const extended = (on: string, days: number, approved = true): CaseEvent => ({
  type: 'extended',
  on,
  days,
  reason: '需要调取历史档案',
  approved,
  approvedBy: '政务公开办主任'
})
const disclosure = (events: CaseEvent[], asOf: string) => clockOf(events, DISCLOSURE_2019, cal, asOf)
const petition = (events: CaseEvent[], asOf: string) => clockOf(events, PETITION_2022, cal, asOf)

describe('政府信息公开申请 (政府信息公开条例 第三十三条: 20 working days)', () => {
  it('the reply is due on the 20th working day after receipt, the day of receipt not counted', () => {
    const clock = disclosure([received('2025-03-10')], '2025-03-10')
    expect(clock).toMatchObject({ step: 'reply', dueDate: '2025-04-08', unit: 'working_days', remaining: 20, status: 'on_track', provisional: false })
    expect(clock.explanation.join('')).toContain('收到申请之日为2025年3月10日（星期一），当日不计入')
  })

  it('a deadline that would fall in the National Day week moves past it and counts the make-up days', () => {
    const clock = disclosure([received('2025-09-05')], '2025-09-05')
    expect(clock.dueDate).toBe('2025-10-10')
    const text = clock.explanation.join('')
    expect(text).toContain('国庆节、中秋节假期8天（2025年10月1日至2025年10月8日）')
    expect(text).toContain('2025年9月28日（星期日）为调休上班日，按工作日计算')
  })

  it('a reply due on a make-up Sunday is due on that Sunday', () => {
    expect(disclosure([received('2025-09-01')], '2025-09-01').dueDate).toBe('2025-09-28')
  })

  it('three working days before the deadline the clock is due soon', () => {
    // 2025-04-04 is 清明: from 2 April the days left are 3, 7 and 8 April.
    expect(disclosure([received('2025-03-10')], '2025-04-02')).toMatchObject({ remaining: 3, status: 'due_soon' })
    expect(disclosure([received('2025-03-10')], '2025-04-01')).toMatchObject({ remaining: 4, status: 'on_track' })
  })

  it('a reply due the day before 清明 is overdue by at least one day during the holiday', () => {
    expect(disclosure([received('2025-03-06')], '2025-04-03')).toMatchObject({ dueDate: '2025-04-03', status: 'due_soon', remaining: 0 })
    expect(disclosure([received('2025-03-06')], '2025-04-05')).toMatchObject({ status: 'overdue', remaining: -1 })
    expect(disclosure([received('2025-03-10')], '2025-04-12')).toMatchObject({ dueDate: '2025-04-08', status: 'overdue', remaining: -3 })
  })

  it('on the deadline nothing is left and the day after it is overdue by one working day', () => {
    expect(disclosure([received('2025-03-10')], '2025-04-08')).toMatchObject({ remaining: 0, status: 'due_soon' })
    expect(disclosure([received('2025-03-10')], '2025-04-09')).toMatchObject({ remaining: -1, status: 'overdue' })
  })

  it('a reply on or before the deadline is answered in time, after it answered late', () => {
    expect(disclosure([received('2025-03-10'), { type: 'replied', on: '2025-04-08' }], '2025-05-01')).toMatchObject({
      step: 'done',
      dueDate: '2025-04-08',
      remaining: 0,
      status: 'answered_in_time'
    })
    expect(disclosure([received('2025-03-10'), { type: 'replied', on: '2025-04-10' }], '2025-05-01')).toMatchObject({
      status: 'answered_late',
      remaining: -2
    })
  })

  it('a correction notice (补正) stops the clock while the applicant owes the completed application', () => {
    const events: CaseEvent[] = [received('2025-03-03'), { type: 'correction_requested', on: '2025-03-05', correctionDueOn: '2025-03-20' }]
    const clock = disclosure(events, '2025-03-10')
    expect(clock).toMatchObject({ step: 'awaiting_correction', dueDate: null, remaining: null, status: 'on_track' })
    expect(clock.explanation.join('')).toContain('第三十条')
  })

  it('a correction notice restarts the 20 working days from the completed application', () => {
    const events: CaseEvent[] = [
      received('2025-03-03'),
      { type: 'correction_requested', on: '2025-03-05', correctionDueOn: '2025-03-20' },
      { type: 'correction_received', on: '2025-03-14' }
    ]
    const clock = disclosure(events, '2025-03-14')
    expect(clock).toMatchObject({ step: 'reply', dueDate: '2025-04-14', remaining: 20 })
    expect(clock.explanation.join('')).toContain('2025年3月14日（星期五）收到补正后的申请，当日不计入，自次日起重新计算')
  })

  it('an applicant who does not complete the application in the period given is taken to have withdrawn it', () => {
    const events: CaseEvent[] = [received('2025-03-03'), { type: 'correction_requested', on: '2025-03-05', correctionDueOn: '2025-03-20' }]
    const clock = disclosure(events, '2025-03-21')
    expect(clock).toMatchObject({ step: 'done', dueDate: null, status: 'closed' })
    expect(clock.explanation.join('')).toContain('视为放弃申请')
  })

  it('says 视为放弃申请 once, quoting 条例 第三十条, and gives the last day as 最迟于…', () => {
    const events: CaseEvent[] = [received('2025-03-03'), { type: 'correction_requested', on: '2025-03-05', correctionDueOn: '2025-03-20' }]
    const text = disclosure(events, '2025-03-21').explanation.join('')
    expect(text.match(/视为放弃申请/g)).toHaveLength(1)
    expect(text).toContain('补正期限最迟于2025年3月20日（星期四）。')
    expect(text).toContain('《中华人民共和国政府信息公开条例》第三十条')
  })

  it('a second correction notice is recorded and flagged, since a correction is asked for once', () => {
    const events: CaseEvent[] = [
      received('2025-03-03'),
      { type: 'correction_requested', on: '2025-03-05' },
      { type: 'correction_received', on: '2025-03-10' },
      { type: 'correction_requested', on: '2025-03-11' }
    ]
    const clock = disclosure(events, '2025-03-12')
    expect(clock.step).toBe('awaiting_correction')
    expect(clock.explanation.join('')).toContain('补正应当一次性告知')
  })

  it('an extension granted before a correction does not carry over: the 20 working days restart from the completed application (条例 第三十条)', () => {
    const events: CaseEvent[] = [
      received('2025-03-03'),
      { type: 'correction_requested', on: '2025-03-05', correctionDueOn: '2025-03-20' },
      { type: 'correction_received', on: '2025-03-14' }
    ]
    const withEarlierExtension: CaseEvent[] = [received('2025-03-03'), extended('2025-03-04', 10), ...events.slice(1)]
    const clock = disclosure(withEarlierExtension, '2025-03-14')
    expect(clock.dueDate).toBe(disclosure(events, '2025-03-14').dueDate)
    expect(clock.explanation.join('')).toContain('补正前批准的延长')
  })

  it('a correction notice after the 7th working day is flagged, and once an extension was granted it does not stop the clock (条例 第三十条)', () => {
    // Received 2025-09-26: the 7th working day is 2025-10-13 (National Day week and make-up days counted).
    const late = disclosure([received('2025-09-26'), { type: 'correction_requested', on: '2025-10-14' }], '2025-10-14')
    expect(late.step).toBe('awaiting_correction')
    expect(late.explanation.join('')).toContain('已超过期限')
    const afterExtension = disclosure([received('2025-09-26'), extended('2025-10-09', 10), { type: 'correction_requested', on: '2025-10-14' }], '2025-10-14')
    expect(afterExtension).toMatchObject({ step: 'reply', dueDate: '2025-11-13' })
    expect(afterExtension.explanation.join('')).toContain('此次补正不影响期限')
  })

  it('a completed correction received within the period keeps its effect when recorded later: the 20 working days run from its day', () => {
    const events: CaseEvent[] = [
      received('2025-01-06'),
      { type: 'correction_requested', on: '2025-01-08', correctionDueOn: '2025-01-24' },
      { type: 'correction_received', on: '2025-01-20', recordedOn: '2025-03-03' }
    ]
    expect(disclosure(events, '2025-03-03')).toMatchObject({ step: 'reply', dueDate: '2025-02-21', status: 'overdue' })
  })

  it('a correction notice sent later than 7 working days after receipt is flagged', () => {
    const events: CaseEvent[] = [received('2025-03-03'), { type: 'correction_requested', on: '2025-03-13' }]
    expect(disclosure(events, '2025-03-13').explanation.join('')).toContain('已超过期限')
  })

  it('the time spent consulting a third party is not counted', () => {
    const events: CaseEvent[] = [
      received('2025-03-10'),
      { type: 'consultation_started', on: '2025-03-17' },
      { type: 'consultation_ended', on: '2025-03-24' }
    ]
    const clock = disclosure(events, '2025-03-24')
    // Without the pause the reply was due 2025-04-08; 5 working days (18–24 March) were paused.
    expect(clock.dueDate).toBe('2025-04-15')
    expect(clock.explanation.join('')).toContain('共暂停5个工作日')
  })

  it('while a consultation runs the clock is paused, counts the paused days to today and gives the latest due date (条例 第三十二条: 15 working days)', () => {
    const events: CaseEvent[] = [received('2025-03-10'), { type: 'consultation_started', on: '2025-03-17' }]
    const clock = disclosure(events, '2025-03-28')
    // 5 working days counted before the letter; the third party's 15 working days end on 8 April.
    expect(clock).toMatchObject({ step: 'reply', dueDate: '2025-04-28', paused: true, status: 'on_track' })
    const text = clock.explanation.join('')
    expect(text).toContain('至今共暂停9个工作日')
    expect(text).toContain('第三十二条')
    expect(text).toContain('第15个工作日为2025年4月8日（星期二）')
    expect(text).toContain('答复期限最迟为2025年4月28日（星期一）')
  })

  it('a consultation cannot hold the clock for ever: after the third party’s 15 working days the count resumes and the case falls due (条例 第三十二条)', () => {
    const events: CaseEvent[] = [received('2025-03-10'), { type: 'consultation_started', on: '2025-03-17' }]
    const resumed = disclosure(events, '2025-04-09')
    expect(resumed).toMatchObject({ dueDate: '2025-04-28', paused: false, status: 'on_track', remaining: 14 })
    expect(resumed.explanation.join('')).toContain('第三方未在15个工作日内（至2025年4月8日（星期二））提出意见')
    expect(disclosure(events, '2025-04-29')).toMatchObject({ status: 'overdue', remaining: -1, paused: false })
  })

  it('the third party’s 15 working days run from the day it received the letter when that is recorded (条例 第三十二条)', () => {
    const events: CaseEvent[] = [received('2025-03-10'), { type: 'consultation_started', on: '2025-03-17', letterReceivedOn: '2025-03-19' }]
    const clock = disclosure(events, '2025-03-20')
    expect(clock).toMatchObject({ dueDate: '2025-04-30', paused: true })
    expect(clock.explanation.join('')).toContain('征求意见书于2025年3月19日送达，第15个工作日为2025年4月10日（星期四）')
  })

  it('a view that comes after the third party’s 15 working days does not pause the days beyond them', () => {
    const events: CaseEvent[] = [received('2025-03-10'), { type: 'consultation_started', on: '2025-03-17' }, { type: 'consultation_ended', on: '2025-04-15' }]
    const clock = disclosure(events, '2025-04-15')
    expect(clock).toMatchObject({ dueDate: '2025-04-28', paused: false })
    expect(clock.explanation.join('')).toContain('超出的时间依据《中华人民共和国政府信息公开条例》第三十二条计入期限')
  })

  it('an approved extension of at most 20 working days comes on top of a pause', () => {
    const events: CaseEvent[] = [
      received('2025-09-26'),
      { type: 'consultation_started', on: '2025-10-13' },
      { type: 'consultation_ended', on: '2025-10-20' },
      extended('2025-10-28', 20)
    ]
    const clock = disclosure(events, '2025-11-20')
    expect(clock).toMatchObject({ dueDate: '2025-12-04', remaining: 10, status: 'on_track' })
    expect(clock.explanation.join('')).toContain('经政务公开办主任批准延长20个工作日（理由：需要调取历史档案）')
  })

  it('an extension beyond 20 working days counts only up to 20', () => {
    const clock = disclosure([received('2025-09-26'), extended('2025-10-28', 25)], '2025-10-28')
    expect(clock.dueDate).toBe('2025-11-27')
    expect(clock.explanation.join('')).toContain('超过法定最长20个工作日')
  })

  it('an extension decided after the period ran out does not count and the case is late: 条例 第三十三条 lets the period be extended, not revived', () => {
    const clock = disclosure([received('2025-09-26'), extended('2025-11-03', 10)], '2025-11-03')
    expect(clock).toMatchObject({ dueDate: '2025-10-30', status: 'overdue' })
    expect(clock.explanation.join('')).toContain('期限已于2025年10月30日（星期四）届满')
    expect(clock.explanation.join('')).toContain('此次延长不计，本件已超期')
  })

  it('a second extension decided within the extended period counts, up to 20 working days in all', () => {
    const clock = disclosure([received('2025-09-26'), extended('2025-10-28', 10), extended('2025-11-12', 10)], '2025-11-12')
    expect(clock.dueDate).toBe('2025-11-27')
    expect(clock.explanation.join('')).toContain('延长20个工作日，共40个工作日')
  })

  it('an extension without approval does not move the deadline', () => {
    const clock = disclosure([received('2025-09-26'), extended('2025-10-28', 10, false)], '2025-10-28')
    expect(clock.dueDate).toBe('2025-10-30')
    expect(clock.explanation.join('')).toContain('期限不延长')
  })

  it('an application registered days after it arrived by post keeps its receipt date, whatever the order of records', () => {
    const events: CaseEvent[] = [
      { type: 'consultation_ended', on: '2025-03-24', recordedOn: '2025-03-25' },
      { type: 'received', on: '2025-03-10', recordedOn: '2025-03-13' },
      { type: 'consultation_started', on: '2025-03-17' }
    ]
    const clock = disclosure(events, '2025-03-25')
    expect(clock.dueDate).toBe('2025-04-15')
    expect(clock.explanation.join('')).toContain('本件于2025年3月13日登记，期限仍自2025年3月10日收到之日起算')
  })

  it('events after the day asked about have not happened yet', () => {
    expect(disclosure([received('2025-03-10'), { type: 'replied', on: '2025-03-20' }], '2025-03-15')).toMatchObject({ step: 'reply', status: 'on_track' })
  })

  it('a case received on 2026-12-20 runs into 2027, which is not announced, and says so', () => {
    const clock = disclosure([received('2026-12-20')], '2026-12-21')
    expect(clock).toMatchObject({ dueDate: '2027-01-18', provisional: true })
    expect(clock.explanation.join('')).toContain('2027年的放假安排国务院尚未公布')
  })

  it('a withdrawn application is closed', () => {
    expect(disclosure([received('2025-03-10'), { type: 'withdrawn', on: '2025-03-12' }], '2025-03-20')).toMatchObject({ step: 'done', status: 'closed', remaining: null })
  })

  it('a case without a receipt cannot have a clock', () => {
    expect(() => disclosure([{ type: 'replied', on: '2025-03-12' }], '2025-03-20')).toThrow(RangeError)
  })
})

describe('what is left to extend (条例 第三十三条, 信访工作条例 第三十四条)', () => {
  it('an information request may be extended until its due date by what remains of 20 working days', () => {
    const events = [received('2025-09-26'), extended('2025-10-20', 15)]
    const room = extensionRoomOf(events, DISCLOSURE_2019, cal, '2025-10-28')
    expect(room).toEqual({ dueDate: '2025-11-20', usedDays: 15, daysLeft: 5 })
    expect(extensionRefusalOf(room, DISCLOSURE_2019, '2025-10-28', 5)).toBeNull()
    expect(extensionRefusalOf(room, DISCLOSURE_2019, '2025-10-28', 6)?.message).toContain('最多还能延长5个工作日')
    expect(extensionRefusalOf(room, DISCLOSURE_2019, '2025-11-21', 5)?.code).toBe('EXTENSION_TOO_LATE')
  })

  it('a 信访 matter may be extended by at most 30 days after acceptance', () => {
    const events: CaseEvent[] = [received('2025-03-03'), { type: 'accepted', on: '2025-03-10' }]
    const room = extensionRoomOf(events, PETITION_2022, cal, '2025-04-01')
    expect(room).toEqual({ dueDate: '2025-05-09', usedDays: 0, daysLeft: 30 })
    expect(extensionRefusalOf(room, PETITION_2022, '2025-04-01', 31)?.message).toContain('最多还能延长30日')
  })
})

describe('投诉、举报、求助 (信访工作条例: 15 days to accept, 60 days to conclude, calendar days)', () => {
  it('the acceptance decision is due 15 days after receipt', () => {
    expect(petition([received('2025-03-03')], '2025-03-03')).toMatchObject({ step: 'accept', dueDate: '2025-03-18', unit: 'days', remaining: 15, status: 'on_track' })
  })

  it('an acceptance period ending in the National Day holiday ends on the first working day after it (民法典 第二百零三条)', () => {
    const clock = petition([received('2025-09-16')], '2025-09-16')
    expect(clock.dueDate).toBe('2025-10-09')
    expect(clock.explanation.join('')).toContain('《中华人民共和国民法典》第二百零三条')
  })

  it('an accepted matter is due for conclusion 60 days after acceptance', () => {
    expect(petition([received('2025-03-03'), { type: 'accepted', on: '2025-03-10' }], '2025-03-10')).toMatchObject({ step: 'reply', dueDate: '2025-05-09', remaining: 60 })
  })

  it('an approved extension of 30 days that ends on a Sunday ends on the Monday', () => {
    const events: CaseEvent[] = [received('2025-03-03'), { type: 'accepted', on: '2025-03-10' }, extended('2025-05-01', 30)]
    expect(petition(events, '2025-05-01').dueDate).toBe('2025-06-09')
  })

  it('a 信访 extension decided after the 60 days does not count (信访工作条例 第三十四条)', () => {
    const events: CaseEvent[] = [received('2025-03-03'), { type: 'accepted', on: '2025-03-10' }, extended('2025-05-12', 10)]
    const clock = petition(events, '2025-05-12')
    expect(clock).toMatchObject({ dueDate: '2025-05-09', status: 'overdue' })
    expect(clock.explanation.join('')).toContain('期限已于2025年5月9日（星期五）届满')
  })

  it('an extension beyond 30 days counts only up to 30', () => {
    const events: CaseEvent[] = [received('2025-03-03'), { type: 'accepted', on: '2025-03-10' }, extended('2025-05-01', 45)]
    expect(petition(events, '2025-05-01').dueDate).toBe('2025-06-09')
  })

  it('a decision not to accept within 15 days is answered in time', () => {
    expect(petition([received('2025-03-03'), { type: 'not_accepted', on: '2025-03-12' }], '2025-03-20')).toMatchObject({ step: 'done', status: 'answered_in_time', dueDate: '2025-03-18' })
  })

  it('a matter neither accepted nor refused after 15 days is overdue', () => {
    expect(petition([received('2025-03-03')], '2025-03-20')).toMatchObject({ step: 'accept', status: 'overdue', remaining: -2 })
  })

  it('a consultation does not pause a 信访 matter', () => {
    const events: CaseEvent[] = [received('2025-03-03'), { type: 'accepted', on: '2025-03-10' }, { type: 'consultation_started', on: '2025-03-12' }]
    const clock = petition(events, '2025-03-20')
    expect(clock).toMatchObject({ dueDate: '2025-05-09', paused: false })
    expect(clock.explanation.join('')).toContain('不影响期限')
  })

  it('a matter accepted in December 2026 and concluded in 2027 rests on a provisional year', () => {
    const clock = petition([received('2026-11-30'), { type: 'accepted', on: '2026-12-10' }], '2026-12-10')
    // The 60th day, 8 February 2027, is 正月初三 under the statute alone: the period ends on the 9th.
    expect(clock).toMatchObject({ dueDate: '2027-02-09', provisional: true })
    expect(clock.explanation.join('')).toContain('是春节假期')
    expect(clock.explanation.join('')).toContain('2027年的放假安排国务院尚未公布')
  })

  it('a conclusion after the deadline is answered late', () => {
    const events: CaseEvent[] = [received('2025-03-03'), { type: 'accepted', on: '2025-03-10' }, { type: 'replied', on: '2025-05-12' }]
    expect(petition(events, '2025-06-01')).toMatchObject({ step: 'done', status: 'answered_late', remaining: -3 })
  })
})

describe('意见建议: the legal limit and the office promise side by side', () => {
  const promise = officePromiseFor('suggestion', '2025-03-03')

  it('a suggestion follows the 信访 policy without a statutory period, and a promise beside a legal limit never replaces it', () => {
    expect(policyFor('suggestion', '2025-03-03')).toBe(PETITION_2022_PROPOSALS)
    const clock = clockOf([received('2025-03-03')], PETITION_2022, cal, '2025-03-04', promise)
    expect(clock.dueDate).toBe('2025-03-18')
    expect(clock.officePromise).toMatchObject({ label: '意见建议自受理之日起7日内答复', dueDate: '2025-03-10', remaining: 6, status: 'on_track' })
    expect(clock.explanation.join('')).toContain('不替代法定期限')
  })

  it('a public answer after the promised day misses the promise though within the legal limit', () => {
    const clock = clockOf([received('2025-03-03'), { type: 'not_accepted', on: '2025-03-12' }], PETITION_2022, cal, '2025-03-20', promise)
    expect(clock.status).toBe('answered_in_time')
    expect(clock.officePromise?.status).toBe('answered_late')
  })

  it('other kinds carry no office promise by default, and no promise applies before its effective date', () => {
    expect(officePromiseFor('complaint', '2025-03-03')).toBeUndefined()
    expect(officePromiseFor('suggestion', '2023-12-31', DEFAULT_OFFICE_PROMISES)).toBeUndefined()
  })

  it('an information request follows the 2019 disclosure regulations', () => {
    expect(policyFor('info_request', '2025-03-03')).toBe(DISCLOSURE_2019)
    expect(() => policyFor('info_request', '2019-01-01')).toThrow(RangeError)
  })
})

describe('properties of the clock', () => {
  const aReceipt = fc.integer({ min: dayNumber('2024-01-02'), max: dayNumber('2027-06-30') }).map(dateOf)

  it('an extension decided within the period moves the deadline later, one decided after it changes nothing', () => {
    fc.assert(
      fc.property(aReceipt, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 25 }), (on, after, days) => {
        const base = [received(on)]
        const asOf = addDays(on, after)
        const before = disclosure(base, asOf).dueDate as string
        const later = disclosure([...base, extended(asOf, days)], asOf).dueDate as string
        const accepted: CaseEvent[] = [...base, { type: 'accepted', on: addDays(on, 1) }]
        const petitionBefore = petition(accepted, asOf).dueDate as string
        const petitionLater = petition([...accepted, extended(asOf, days)], asOf).dueDate as string
        return (asOf <= before ? later > before : later === before) && (asOf <= petitionBefore ? petitionLater >= petitionBefore : petitionLater === petitionBefore)
      })
    )
  })

  it('a pause never shortens a deadline', () => {
    fc.assert(
      fc.property(aReceipt, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (on, start, length) => {
        const from = addDays(on, start)
        const to = addDays(from, length)
        const asOf = addDays(to, 1)
        const without = disclosure([received(on)], asOf).dueDate as string
        const withPause = disclosure(
          [received(on), { type: 'consultation_started', on: from }, { type: 'consultation_ended', on: to }],
          asOf
        ).dueDate as string
        return withPause >= without
      })
    )
  })

  it('every clock has the shape the API promises', () => {
    const anEvent = fc.constantFrom<CaseEvent['type']>('accepted', 'consultation_started', 'consultation_ended', 'correction_requested', 'correction_received', 'replied', 'withdrawn', 'not_accepted')
    fc.assert(
      fc.property(aReceipt, fc.array(fc.tuple(anEvent, fc.integer({ min: 0, max: 60 })), { maxLength: 6 }), fc.integer({ min: 0, max: 90 }), (on, later, after) => {
        const events: CaseEvent[] = [received(on), ...later.map(([type, days]) => ({ type, on: addDays(on, days) }) as CaseEvent)]
        for (const policy of [DISCLOSURE_2019, PETITION_2022]) {
          ClockSchema.parse(clockOf(events, policy, cal, addDays(on, after), DEFAULT_OFFICE_PROMISES[0]))
        }
      })
    )
  })

  it('due soon means at most 3 working days are left and overdue means the deadline has passed', () => {
    fc.assert(
      fc.property(aReceipt, fc.integer({ min: 0, max: 40 }), (on, after) => {
        const clock = disclosure([received(on)], addDays(on, after))
        const remaining = clock.remaining as number
        if (clock.status === 'due_soon') return remaining >= 0 && remaining <= 3
        if (clock.status === 'overdue') return remaining < 0
        return clock.status === 'on_track' && remaining > 3
      })
    )
  })
})
