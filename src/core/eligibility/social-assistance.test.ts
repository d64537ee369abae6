import { DEMO_PARAMETERS, NoParametersInForceError, evaluateEligibility } from '.'
import { aHousehold, aMember, answerFor, AS_OF_2025, check, nodeOf, statusOf } from './test-households'

const DIBAO = 'dibao'

describe('最低生活保障: per-capita income against the local standard (2026 demo: urban 1,450, rural 1,200 yuan)', () => {
  it.each([
    [1449, 'eligible'],
    [1450, 'not_eligible'],
    [1451, 'not_eligible'],
    [0, 'eligible']
  ] as const)('an urban household with per-capita income %d yuan a month is %s', (income, status) => {
    expect(statusOf(aHousehold({ perCapitaMonthlyIncome: income }), DIBAO)).toBe(status)
  })

  it.each([
    [1199, 'eligible'],
    [1200, 'not_eligible'],
    [1201, 'not_eligible']
  ] as const)('a rural household with per-capita income %d yuan a month is %s', (income, status) => {
    expect(statusOf(aHousehold({ area: 'rural', perCapitaMonthlyIncome: income }), DIBAO)).toBe(status)
  })

  it('the standard in force on the day asked about decides: 1,420 yuan is below 2026’s 1,450 but not below 2025’s 1,400', () => {
    const household = aHousehold({ perCapitaMonthlyIncome: 1420 })
    expect(statusOf(household, DIBAO)).toBe('eligible')
    expect(statusOf(household, DIBAO, AS_OF_2025)).toBe('not_eligible')
  })

  it('says the income, the standard and its version in plain Chinese', () => {
    const answer = answerFor(aHousehold({ perCapitaMonthlyIncome: 1200 }), DIBAO)
    const income = nodeOf(answer.explanation, 'incomeBelowStandard')
    expect(income?.text).toBe('家庭人均月收入 1,200 元，低于本地城市低保标准 1,450 元（2026年1月1日起执行的示例本地标准）')
    expect(income?.parameters?.[0]).toMatchObject({ name: 'dibaoUrbanMonthly', value: 1450, version: 'canglan-2026', effectiveFrom: '2026-01-01', example: true })
  })

  it('an income below both standards qualifies before the resident says whether the household is urban or rural', () => {
    expect(statusOf(aHousehold({ area: undefined, perCapitaMonthlyIncome: 1100 }), DIBAO)).toBe('eligible')
  })

  it('an income between the rural and the urban standard needs the area', () => {
    const answer = answerFor(aHousehold({ area: undefined, perCapitaMonthlyIncome: 1300 }), DIBAO)
    expect(answer.status).toBe('unknown')
    expect(answer.needs).toEqual(['area'])
  })

  it('an income at or above both standards does not qualify whatever the area', () => {
    expect(statusOf(aHousehold({ area: undefined, perCapitaMonthlyIncome: 1450 }), DIBAO)).toBe('not_eligible')
  })

  it('an unknown income leaves the answer unknown and asks for it, with the amount left to the assessment', () => {
    const answer = answerFor(aHousehold({ perCapitaMonthlyIncome: undefined }), DIBAO)
    expect(answer.status).toBe('unknown')
    expect(answer.needs).toEqual(['perCapitaMonthlyIncome'])
    expect(answer.amount.kind).toBe('assessed')
    expect(answer.summary).toBe('可能符合，还需要了解：家庭人均月收入。')
  })

  it.each([
    [34800, 'eligible'],
    [34801, 'not_eligible']
  ] as const)('financial assets of %d yuan per person against a limit of 24 months of the standard (34,800) make it %s', (assets, status) => {
    expect(statusOf(aHousehold({ financialAssetsPerCapita: assets }), DIBAO)).toBe(status)
  })

  it('a household with a car does not qualify where the local standard says so, and the reason names that standard', () => {
    const answer = answerFor(aHousehold({ ownsVehicle: true }), DIBAO)
    expect(answer.status).toBe('not_eligible')
    expect(answer.summary).toBe('暂不符合：家里有机动车（残疾人代步车除外），按本地规定不能申请（2026年1月1日起执行的示例本地标准）。')
  })

  it('a household with a second property does not qualify where the local standard says so', () => {
    expect(statusOf(aHousehold({ ownsExtraHousing: true }), DIBAO)).toBe('not_eligible')
  })

  it('one member registered here is enough in a three-member household', () => {
    const members = [aMember({ localHukou: false }), aMember({ id: 'wife', relation: 'spouse', localHukou: true }), aMember({ id: 'kid', relation: 'child', age: 8, localHukou: false })]
    expect(statusOf(aHousehold({ members }), DIBAO)).toBe('eligible')
  })

  it('estimates the allowance as the gap to the standard times the household size', () => {
    const members = [aMember(), aMember({ id: 'wife', relation: 'spouse' }), aMember({ id: 'kid', relation: 'child', age: 10 })]
    const answer = answerFor(aHousehold({ members, perCapitaMonthlyIncome: 1200 }), DIBAO)
    expect(answer.amount).toMatchObject({ kind: 'fixed', yuan: 750, period: 'month' })
    expect(answer.amount.text).toContain('（城市低保标准 1,450 元 − 家庭人均月收入 1,200 元）× 3 人')
  })

  it('names the office, the guide, the legal basis and the materials', () => {
    const answer = answerFor(aHousehold(), DIBAO)
    expect(answer).toMatchObject({ departmentKey: 'social-affairs', guideName: '最低生活保障申请' })
    expect(answer.legalBasis[0]).toContain('社会救助暂行办法')
    expect(answer.materials).toContain('户口簿')
  })
})

describe('特困人员救助供养 (特困人员认定办法)', () => {
  const alone = (member: Parameters<typeof aMember>[0]) =>
    aHousehold({ members: [aMember({ canWork: undefined, monthlyIncome: 0, hasAbleSupporter: false, ...member })] })

  it('an older person of 70 with no income and no one to support them qualifies, at 1.3 times the standard', () => {
    const answer = answerFor(alone({ age: 70 }), 'tekun')
    expect(answer.status).toBe('eligible')
    expect(answer.amount).toMatchObject({ kind: 'fixed', yuan: 1885, period: 'month' })
  })

  it('a person of 59 without a disability who can work does not qualify', () => {
    expect(statusOf(alone({ age: 59, canWork: true }), 'tekun')).toBe('not_eligible')
  })

  it('grade 二级 physical disability counts as no ability to work (第六条)', () => {
    expect(statusOf(alone({ age: 45, hasDisability: true, disabilityGrade: 2, disabilityCategory: 'physical', canWork: true }), 'tekun')).toBe('eligible')
  })

  it('grade 三级 intellectual disability counts as no ability to work, grade 三级 physical disability does not', () => {
    expect(statusOf(alone({ age: 45, hasDisability: true, disabilityGrade: 3, disabilityCategory: 'intellectual', canWork: true }), 'tekun')).toBe('eligible')
    expect(statusOf(alone({ age: 45, hasDisability: true, disabilityGrade: 3, disabilityCategory: 'physical', canWork: true }), 'tekun')).toBe('not_eligible')
  })

  it('a person with a disability found unable to work qualifies whatever the grade', () => {
    expect(statusOf(alone({ age: 45, hasDisability: true, disabilityGrade: 4, disabilityCategory: 'hearing', canWork: false }), 'tekun')).toBe('eligible')
  })

  it('a child of 15 without supporters qualifies; a young person of 16 without a disability who can work does not', () => {
    expect(statusOf(alone({ age: 15, relation: 'self' }), 'tekun')).toBe('eligible')
    expect(statusOf(alone({ age: 16, canWork: true }), 'tekun')).toBe('not_eligible')
  })

  it('someone with a supporter able to support them does not qualify', () => {
    expect(statusOf(alone({ age: 75, hasAbleSupporter: true }), 'tekun')).toBe('not_eligible')
  })

  it('an unknown income leaves it unknown and names the facts needed: the household’s income, then the member’s own', () => {
    const answer = answerFor({ ...alone({ age: 75, monthlyIncome: undefined }), perCapitaMonthlyIncome: undefined }, 'tekun')
    expect(answer.status).toBe('unknown')
    expect(answer.needs).toEqual(['perCapitaMonthlyIncome', 'monthlyIncome@me'])
    expect(answer.summary).toBe('可能符合，还需要了解：家庭人均月收入、您自己每月的收入。')
  })

  it('answers member by member: the grandmother qualifies, her son does not', () => {
    const members = [aMember(), aMember({ id: 'gran', relation: 'parent', age: 88, monthlyIncome: 0, hasAbleSupporter: false })]
    const answer = answerFor(aHousehold({ members }), 'tekun')
    expect(answer.status).toBe('eligible')
    expect(answer.members?.map((m) => [m.memberId, m.status])).toEqual([
      ['me', 'not_eligible'],
      ['gran', 'eligible']
    ])
    expect(answer.summary).toBe('按您填写的情况，您的父亲或母亲符合特困人员救助供养的条件。')
  })
})

describe('临时救助', () => {
  it('sudden hardship qualifies, the amount is assessed up to six months of the standard', () => {
    const answer = answerFor(aHousehold({ suddenHardship: true }), 'temporary_assistance')
    expect(answer.status).toBe('eligible')
    expect(answer.amount).toMatchObject({ kind: 'assessed', upToYuan: 8700 })
  })

  it('no sudden hardship does not qualify', () => {
    expect(statusOf(aHousehold({ suddenHardship: false }), 'temporary_assistance')).toBe('not_eligible')
  })

  it('not knowing about a hardship leaves it unknown', () => {
    expect(statusOf(aHousehold({ suddenHardship: undefined }), 'temporary_assistance')).toBe('unknown')
  })
})

describe('医疗救助 (社会救助暂行办法 第六章, 国办发〔2021〕42号)', () => {
  it('a 低保 household with heavy medical costs qualifies, the amount being assessed', () => {
    const answer = answerFor(aHousehold({ existingStatus: 'dibao', perCapitaMonthlyIncome: undefined, heavyMedicalCosts: true }), 'medical_assistance')
    expect(answer.status).toBe('eligible')
    expect(answer.amount).toMatchObject({ kind: 'assessed', upToYuan: 60000 })
  })

  it.each([
    [2174, 'eligible'],
    [2175, 'unknown']
  ] as const)('a household not yet recognised, with heavy costs and per-capita income %d against the low-income line of 2,175 (1.5 × 1,450), is %s', (income, status) => {
    expect(statusOf(aHousehold({ existingStatus: 'none', perCapitaMonthlyIncome: income, heavyMedicalCosts: true }), 'medical_assistance')).toBe(status)
  })

  it('a household neither recognised nor in difficulty with medical costs is told each reason once', () => {
    const answer = answerFor(aHousehold({ existingStatus: 'none', perCapitaMonthlyIncome: 3000, heavyMedicalCosts: false }), 'medical_assistance')
    expect(answer.status).toBe('not_eligible')
    expect(answer.summary).toBe('暂不符合：您家目前不是低保或特困家庭；家里没有医保报销后还要自己负担很多的医药费。')
  })
})

describe('the parameters in force', () => {
  it('a day before the first version took effect has no parameters, and says so', () => {
    expect(() => evaluateEligibility(aHousehold(), DEMO_PARAMETERS, '2024-12-31')).toThrow(NoParametersInForceError)
  })

  it('every answer names the version used and says that the office decides', () => {
    const result = check(aHousehold(), AS_OF_2025)
    expect(result.parameters).toMatchObject({ version: 'canglan-2025', effectiveFrom: '2025-01-01', example: true })
    expect(result.disclaimer).toContain('以街道和有关部门审核确认为准')
    expect(result.programmes).toHaveLength(9)
  })
})
