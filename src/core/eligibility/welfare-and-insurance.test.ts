import { DEMO_PARAMETERS } from '.'
import type { ParameterSet } from '../schemas/eligibility'
import { aHousehold, aMember, answerFor, AS_OF_2025, statusOf } from './test-households'

const disabled = (overrides: Parameters<typeof aMember>[0] = {}) =>
  aMember({ hasDisability: true, disabilityCertificate: true, disabilityGrade: 2, disabilityCategory: 'physical', needsLongTermCare: true, ...overrides })

describe('困难残疾人生活补贴 (国发〔2015〕52号)', () => {
  const LIVING = 'disability_living_subsidy'

  it('a certificate holder in a 低保 household qualifies for 110 yuan a month (2026 demo)', () => {
    const answer = answerFor(aHousehold({ existingStatus: 'dibao', members: [disabled()] }), LIVING)
    expect(answer.status).toBe('eligible')
    expect(answer.amount).toMatchObject({ kind: 'fixed', yuan: 110, period: 'month' })
  })

  it('the amount follows the version in force: 100 yuan in 2025', () => {
    expect(answerFor(aHousehold({ existingStatus: 'dibao', members: [disabled()] }), LIVING, AS_OF_2025).amount).toMatchObject({ yuan: 100 })
  })

  it('a low-income marginal household qualifies where the local rule extends the subsidy to it, not elsewhere', () => {
    const household = aHousehold({ existingStatus: 'low_income', members: [disabled()] })
    expect(statusOf(household, LIVING)).toBe('eligible')
    const narrower: ParameterSet[] = DEMO_PARAMETERS.map((set) => ({ ...set, values: { ...set.values, livingSubsidyCoversLowIncome: false } }))
    expect(statusOf(household, LIVING, undefined, narrower)).toBe('not_eligible')
  })

  it('without the second-generation certificate the answer is no, and says where to get one', () => {
    const answer = answerFor(aHousehold({ existingStatus: 'dibao', members: [disabled({ disabilityCertificate: false })] }), LIVING)
    expect(answer.status).toBe('not_eligible')
    expect(answer.summary).toContain('第二代残疾人证')
  })

  it('a household that receives nothing yet is pointed to 低保 first', () => {
    expect(answerFor(aHousehold({ existingStatus: 'none', members: [disabled()] }), LIVING).summary).toContain('可以先申请低保')
  })
})

describe('重度残疾人护理补贴 (国发〔2015〕52号)', () => {
  const CARE = 'disability_care_subsidy'

  it.each([
    [1, 'physical', 'eligible', 200],
    [2, 'visual', 'eligible', 150],
    [3, 'intellectual', 'eligible', 100],
    [4, 'mental', 'eligible', 100]
  ] as const)('grade %d %s disability needing long-term care is %s, %d yuan a month', (grade, category, status, yuan) => {
    const answer = answerFor(aHousehold({ members: [disabled({ disabilityGrade: grade, disabilityCategory: category })] }), CARE)
    expect(answer.status).toBe(status)
    expect(answer.amount).toMatchObject({ kind: 'fixed', yuan })
  })

  it('grade 三级 physical disability is outside the care subsidy', () => {
    expect(statusOf(aHousehold({ members: [disabled({ disabilityGrade: 3, disabilityCategory: 'physical' })] }), CARE)).toBe('not_eligible')
  })

  it('grade 三级 of an unknown category needs the category, and only the category', () => {
    const answer = answerFor(aHousehold({ members: [disabled({ disabilityGrade: 3, disabilityCategory: undefined })] }), CARE)
    expect(answer.status).toBe('unknown')
    expect(answer.needs).toEqual(['disabilityCategory@me'])
  })

  it('grade 一级 without a need for long-term care does not qualify', () => {
    expect(statusOf(aHousehold({ members: [disabled({ disabilityGrade: 1, needsLongTermCare: false })] }), CARE)).toBe('not_eligible')
  })

  it('does not depend on the household’s income: a well-off household qualifies too', () => {
    expect(statusOf(aHousehold({ perCapitaMonthlyIncome: 20000, members: [disabled({ disabilityGrade: 1 })] }), CARE)).toBe('eligible')
  })
})

describe('高龄津贴 (demo bands: 80 → 100, 90 → 300, 100 → 1,000 yuan a month)', () => {
  const OLD_AGE = 'old_age_allowance'

  it.each([
    [79, 'not_eligible', undefined],
    [80, 'eligible', 100],
    [89, 'eligible', 100],
    [90, 'eligible', 300],
    [99, 'eligible', 300],
    [100, 'eligible', 1000]
  ] as const)('a registered resident aged %d is %s (%s yuan a month)', (age, status, yuan) => {
    const answer = answerFor(aHousehold({ members: [aMember({ age })] }), OLD_AGE)
    expect(answer.status).toBe(status)
    if (yuan !== undefined) expect(answer.amount).toMatchObject({ kind: 'fixed', yuan, period: 'month' })
  })

  it('an 80-year-old registered elsewhere is sent to apply there (the place of registration pays the 高龄津贴)', () => {
    expect(statusOf(aHousehold({ members: [aMember({ age: 80, localHukou: false })] }), OLD_AGE)).toBe('apply_elsewhere')
  })

  it('two grandparents of 85 and 92 both qualify, 400 yuan a month together', () => {
    const members = [aMember({ age: 50 }), aMember({ id: 'gp1', relation: 'grandparent', age: 85 }), aMember({ id: 'gp2', relation: 'grandparent', age: 92 })]
    const answer = answerFor(aHousehold({ members }), OLD_AGE)
    expect(answer.members?.filter((m) => m.status === 'eligible').map((m) => m.who)).toEqual(['您的祖父母或外祖父母（第1位）', '您的祖父母或外祖父母（第2位）'])
    expect(answer.amount).toMatchObject({ kind: 'fixed', yuan: 400 })
  })

  it('an unknown age of a registered member leaves it unknown', () => {
    expect(answerFor(aHousehold({ members: [aMember({ age: undefined })] }), OLD_AGE).needs).toEqual(['age@me'])
  })
})

describe('城乡居民基本养老保险 (国发〔2014〕8号)', () => {
  const PENSION = 'resident_pension'

  it.each([
    [15, 'not_eligible'],
    [16, 'eligible'],
    [59, 'eligible'],
    [65, 'eligible']
  ] as const)('a registered resident aged %d outside the employees’ scheme is %s', (age, status) => {
    expect(statusOf(aHousehold({ members: [aMember({ age })] }), PENSION)).toBe(status)
  })

  it('a full-time student does not enrol', () => {
    expect(statusOf(aHousehold({ members: [aMember({ age: 19, isFullTimeStudent: true })] }), PENSION)).toBe('not_eligible')
  })

  it('someone in the employees’ pension scheme does not enrol twice', () => {
    expect(statusOf(aHousehold({ members: [aMember({ inEmployeePension: true })] }), PENSION)).toBe('not_eligible')
  })

  it('from 60 the pension is described with the basic pension of the version in force, the amount being assessed', () => {
    const answer = answerFor(aHousehold({ members: [aMember({ age: 65 })] }), PENSION)
    expect(answer.amount.kind).toBe('assessed')
    expect(answer.amount.text).toContain('基础养老金每月 250 元')
  })
})

describe('城乡居民基本医疗保险 (国发〔2016〕3号)', () => {
  const MEDICAL = 'resident_medical_insurance'

  it('a registered resident without employees’ insurance can enrol', () => {
    expect(statusOf(aHousehold(), MEDICAL)).toBe('eligible')
  })

  it('a resident registered elsewhere with a local residence permit can enrol', () => {
    expect(statusOf(aHousehold({ members: [aMember({ localHukou: false, hasResidencePermit: true })] }), MEDICAL)).toBe('eligible')
  })

  it('a resident registered elsewhere without a residence permit is sent to enrol where registered', () => {
    expect(statusOf(aHousehold({ members: [aMember({ localHukou: false, hasResidencePermit: false })] }), MEDICAL)).toBe('apply_elsewhere')
  })

  it('someone in the employees’ medical insurance does not enrol twice', () => {
    expect(statusOf(aHousehold({ members: [aMember({ inEmployeeMedical: true })] }), MEDICAL)).toBe('not_eligible')
  })
})
