import { ANNOUNCED_SCHEDULES, createCalendar } from '../calendar'
import { clockOfCase } from './case-clock'
import { DEFAULT_OFFICE_PROMISES, isPromisedPeriod, periodName, policyFor, policyOfCase, promisesInWords } from './policies'

const cal = createCalendar(ANNOUNCED_SCHEDULES)
const received = { type: 'received' as const, on: '2026-11-02' }
const accepted = { type: 'accepted' as const, on: '2026-11-04' }

describe('信访 periods and their citations', () => {
  it('the 15-day notice cites 信访工作条例 第二十三条 in its own words: 书面告知接收情况以及处理途径和程序', () => {
    for (const kind of ['complaint', 'help', 'suggestion', 'report'] as const) {
      const citation = policyFor(kind, '2026-11-02').acceptance?.citation ?? ''
      expect(citation).toMatch(/^《信访工作条例》第二十三条：/)
      expect(citation).toContain('15日内书面告知信访人接收情况以及处理途径和程序')
      expect(citation).not.toContain('决定是否受理')
    }
    expect(clockOfCase('complaint', [received], cal, '2026-11-03').explanation.join('')).toContain('书面告知接收情况和处理途径的期限')
  })

  it('complaints and requests for help are 申诉求决类: 60 days from acceptance (信访工作条例 第三十四条, 第三十一条第六项)', () => {
    for (const kind of ['complaint', 'help'] as const) {
      expect(policyOfCase(kind, '2026-11-02').reply).toEqual({ days: 60, citation: '《信访工作条例》第三十四条：对本条例第三十一条第六项规定的信访事项应当自受理之日起60日内办结' })
    }
    expect(clockOfCase('complaint', [received, accepted], cal, '2026-11-05')).toMatchObject({ dueDate: '2027-01-04', policy: { id: 'petition-2022' } })
  })

  it('a suggestion (第二十九条) is answered within the office’s promise, which says it is the office’s, not the statute’s', () => {
    const clock = clockOfCase('suggestion', [received, accepted], cal, '2026-11-05')
    expect(clock.dueDate).toBe('2026-11-11')
    expect(clock.policy.citation).toBe('本办事处服务承诺：意见建议自受理之日起7日内答复（《信访工作条例》第二十九条（建议意见类）、第三十条（检举控告类）没有规定办结期限；这是街道自己的承诺，不是法律规定的期限）')
    expect(clock.officePromise).toBeUndefined()
    expect(periodName(clock.policy)).toBe('承诺期限')
  })

  it('a report (检举控告, 第三十条) likewise follows the office’s promise', () => {
    expect(policyOfCase('report', '2026-11-02').reply.citation).toMatch(/^本办事处服务承诺：检举控告自受理之日起60日内办结（.*不是法律规定的期限）$/)
    expect(isPromisedPeriod(policyOfCase('report', '2026-11-02'))).toBe(true)
  })

  it('a complaint carries no promise by default: its period is the statute’s', () => {
    const clock = clockOfCase('complaint', [received, accepted], cal, '2026-11-05')
    expect(periodName(clock.policy)).toBe('法定期限')
    expect(clock.officePromise).toBeUndefined()
  })

  it('the service guide states each promise in the words and unit the case shows (one source)', () => {
    expect(promisesInWords(['suggestion', 'report', 'complaint', 'help'])).toBe('意见建议自受理之日起7日内答复；检举控告自受理之日起60日内办结')
    expect(DEFAULT_OFFICE_PROMISES.every((p) => p.unit === 'days')).toBe(true)
  })
})
