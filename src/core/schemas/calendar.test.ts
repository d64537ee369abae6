import { WorkingDaysQuerySchema, YearScheduleFileSchema } from './calendar'

const schedule = (holidays: { name: string; daysOff: string[]; makeUpWorkdays?: string[] }[]) => ({
  year: 2027,
  source: { title: '国务院办公厅关于2027年部分节假日安排的通知' },
  holidays
})
const messages = (value: unknown) => YearScheduleFileSchema.safeParse(value).error?.issues.map((i) => i.message) ?? []

describe('YearScheduleFileSchema', () => {
  it('accepts a notice that reaches back into the December before', () => {
    expect(YearScheduleFileSchema.safeParse(schedule([{ name: '元旦', daysOff: ['2026-12-31', '2027-01-01'], makeUpWorkdays: ['2026-12-27'] }])).success).toBe(true)
  })

  it('refuses a date outside the year and its December before', () => {
    expect(messages(schedule([{ name: '国庆节', daysOff: ['2028-10-01'] }]))).toEqual(['2028-10-01 不在 2027 年的放假安排范围内'])
  })

  it('refuses a date given twice', () => {
    expect(messages(schedule([{ name: '元旦', daysOff: ['2027-01-01', '2027-01-01'] }]))).toEqual(['2027-01-01 出现了不止一次'])
  })

  it('refuses a make-up working day that is not on a weekend', () => {
    expect(messages(schedule([{ name: '春节', daysOff: ['2027-02-06'], makeUpWorkdays: ['2027-02-10'] }]))).toEqual(['2027-02-10 不是周末，不能作为调休上班日'])
  })

  it('refuses a schedule without a source title', () => {
    expect(YearScheduleFileSchema.safeParse({ ...schedule([{ name: '元旦', daysOff: ['2027-01-01'] }]), source: {} }).success).toBe(false)
  })
})

describe('WorkingDaysQuerySchema', () => {
  it('reads the count from the query string', () => {
    expect(WorkingDaysQuerySchema.parse({ from: '2025-03-03', add: '20' })).toEqual({ from: '2025-03-03', add: 20 })
  })

  it.each([
    [{ from: '2025-03-03' }, '请填写要推算的工作日天数'],
    [{ from: '2025-03-03', add: 'x' }, '工作日天数必须是数字'],
    [{ from: '2025-03-03', add: '0' }, '工作日天数至少为 1'],
    [{ from: '2025-03-03', add: '367' }, '工作日天数最多为 366'],
    [{ from: '2025-03-03', add: '2.5' }, '工作日天数必须是整数']
  ])('answers %j with “%s”', (query, message) => {
    expect(WorkingDaysQuerySchema.safeParse(query).error?.issues[0].message).toBe(message)
  })
})
