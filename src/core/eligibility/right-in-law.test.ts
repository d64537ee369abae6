import fc from 'fast-check'
import { DEMO_PARAMETERS, evaluateEligibility } from '.'
import type { Household, ParameterSet } from '../schemas/eligibility'
import { aHousehold, aMember, answerFor, AS_OF_2025, AS_OF_2026, nodeOf, statusOf } from './test-households'

/*
 * No false 「不符合」: where national rules do not decide, the self-check answers 「还需确认」 with what to
 * ask at the window, and a household registered elsewhere is sent there, not turned away.
 */

const [DEMO_2025, DEMO_2026] = DEMO_PARAMETERS

/** The 2026 demo version without the local rules the national ones leave to the provinces. */
const WITHOUT_LOCAL_RULES: readonly ParameterSet[] = [
  {
    ...DEMO_2026,
    version: 'no-local-rules',
    values: { ...DEMO_2026.values, vehicleDisqualifies: undefined, extraHousingDisqualifies: undefined, applyAtResidenceWithPermit: undefined }
  }
]

describe('特困 无生活来源 (特困人员认定办法 第八条)', () => {
  const livingAlone = (overrides: Parameters<typeof aMember>[0]) =>
    aHousehold({ perCapitaMonthlyIncome: 300, members: [aMember({ age: 70, canWork: undefined, monthlyIncome: 300, hasAbleSupporter: false, ...overrides })] })

  it('a 70-year-old living alone on a 300-yuan pension may be eligible: 第八条 counts income below the local 低保 standard as 无生活来源', () => {
    const answer = answerFor(livingAlone({}), 'tekun')
    expect(answer.status).toBe('eligible')
    const noLivingSource = nodeOf(answer.explanation, 'noLivingSource')
    expect(noLivingSource?.result).toBe('pass')
    expect(noLivingSource?.children?.[0].text).toBe('您自己每月收入 300 元，低于本地城市低保标准 1,450 元（2026年1月1日起执行的示例本地标准）')
  })

  it('two members with the same small pension are each named in their own finding', () => {
    const members = [aMember({ age: 72, monthlyIncome: 300, hasAbleSupporter: false }), aMember({ id: 'sp', relation: 'spouse', age: 70, monthlyIncome: 300, hasAbleSupporter: false })]
    const answer = answerFor(aHousehold({ perCapitaMonthlyIncome: 300, members }), 'tekun')
    expect(answer.members?.map((m) => m.status)).toEqual(['eligible', 'eligible'])
    expect(nodeOf(answer.explanation, 'ownIncomeBelowStandard@sp')).toBeUndefined()
    const texts = answer.explanation.children?.map((tree) => nodeOf(tree, 'ownIncomeBelowStandard')?.text)
    expect(texts).toEqual([
      '您自己每月收入 300 元，低于本地城市低保标准 1,450 元（2026年1月1日起执行的示例本地标准）',
      '您的配偶自己每月收入 300 元，低于本地城市低保标准 1,450 元（2026年1月1日起执行的示例本地标准）'
    ])
  })

  it('living alone, the household’s income is the member’s own when the member’s own is not given', () => {
    expect(statusOf(livingAlone({ monthlyIncome: undefined }), 'tekun')).toBe('eligible')
  })

  it('an own income at the local 低保 standard is a source of living (第八条)', () => {
    expect(statusOf(livingAlone({ monthlyIncome: 1450 }), 'tekun')).toBe('not_eligible')
  })

  it('property over the limits is not 无生活来源, even on a small pension (第八条)', () => {
    expect(statusOf({ ...livingAlone({}), financialAssetsPerCapita: 40000 }, 'tekun')).toBe('not_eligible')
  })
})

describe('医疗救助 beyond the assisted groups (国办发〔2021〕42号)', () => {
  it('a 因病致贫重病患者 above the low-income line may apply: unknown, with what to ask at the window', () => {
    const answer = answerFor(aHousehold({ existingStatus: 'none', perCapitaMonthlyIncome: 3000, heavyMedicalCosts: true }), 'medical_assistance')
    expect(answer.status).toBe('unknown')
    expect(answer.needs).toEqual([])
    expect(answer.askAtWindow).toEqual(['看病自付费用超过家里的承受能力，能不能按因病致贫重病患者申请医疗救助'])
    expect(answer.summary).toBe('可能符合，请到窗口问清楚：看病自付费用超过家里的承受能力，能不能按因病致贫重病患者申请医疗救助。')
  })

  it.each(['dibao', 'tekun'] as const)('a %s household gets its insurance contribution paid (资助参保) without a current bill', (existingStatus) => {
    const answer = answerFor(aHousehold({ existingStatus, heavyMedicalCosts: false }), 'medical_assistance')
    expect(answer.status).toBe('eligible')
    expect(answer.summary).toBe('按您填写的情况，您家符合医疗救助的申请条件。')
    expect(answer.explanation.text).toContain('参加城乡居民医保的个人缴费由医疗救助资助，不用等有看病账单')
  })
})

describe('vehicles and a second home are local rules (最低生活保障审核确认办法 leaves property to the provinces)', () => {
  it('without a local rule, a car makes 低保 unknown with what to ask, never 不符合', () => {
    const answer = answerFor(aHousehold({ ownsVehicle: true }), 'dibao', AS_OF_2026, WITHOUT_LOCAL_RULES)
    expect(answer.status).toBe('unknown')
    expect(answer.askAtWindow).toEqual(['家里有机动车，本地规定还能不能申请'])
  })

  it('without a local rule, a second home makes 低保 unknown with what to ask', () => {
    const answer = answerFor(aHousehold({ ownsExtraHousing: true }), 'dibao', AS_OF_2026, WITHOUT_LOCAL_RULES)
    expect(answer.status).toBe('unknown')
    expect(answer.askAtWindow).toEqual(['家里除自住房外还有房产，本地规定还能不能申请'])
  })

  it('a local rule that a car does not rule out 低保 lets the household qualify, citing the version', () => {
    const allowing: ParameterSet[] = [{ ...DEMO_2026, version: 'cars-allowed', values: { ...DEMO_2026.values, vehicleDisqualifies: false } }]
    const answer = answerFor(aHousehold({ ownsVehicle: true }), 'dibao', AS_OF_2026, allowing)
    expect(answer.status).toBe('eligible')
    expect(nodeOf(answer.explanation, 'noVehicle')?.parameters?.[0]).toMatchObject({ name: 'vehicleDisqualifies', version: 'cars-allowed' })
  })
})

describe('registration in another 街道 (最低生活保障审核确认办法 第四条、第五条)', () => {
  const registeredElsewhere = (member: Parameters<typeof aMember>[0] = {}) =>
    aHousehold({ members: [aMember({ localHukou: false, hasResidencePermit: false, ...member }), aMember({ id: 'wife', relation: 'spouse', localHukou: false, hasResidencePermit: false })] })

  it('a household registered elsewhere is told to apply where it is registered (第四条), not 不符合', () => {
    const answer = answerFor(registeredElsewhere(), 'dibao', AS_OF_2025)
    expect(answer.status).toBe('apply_elsewhere')
    expect(answer.summary).toBe(
      '请到户口所在地申请：您的户口不在本街道；您的配偶的户口不在本街道，最低生活保障（低保）由户口所在地的街道办事处（乡镇人民政府）受理，按当地标准审核。'
    )
    expect(answer.amount.text).toBe('按户口所在地的标准确定')
  })

  it('an income above the local standard does not outweigh registration elsewhere: the other place’s standard decides', () => {
    expect(statusOf({ ...registeredElsewhere(), perCapitaMonthlyIncome: 1500 }, 'dibao', AS_OF_2025)).toBe('apply_elsewhere')
  })

  it('a national condition that fails still decides: a 19-year-old full-time student registered elsewhere cannot join the residents’ pension anywhere', () => {
    expect(statusOf(aHousehold({ members: [aMember({ age: 19, localHukou: false, isFullTimeStudent: true })] }), 'resident_pension')).toBe('not_eligible')
  })

  it('where the local standard allows applying at the place of residence (第五条), the residence permit decides', () => {
    expect(statusOf(registeredElsewhere({ hasResidencePermit: true }), 'dibao', AS_OF_2026)).toBe('eligible')
    expect(statusOf(registeredElsewhere(), 'dibao', AS_OF_2026)).toBe('apply_elsewhere')
    const unknownPermit = answerFor(registeredElsewhere({ hasResidencePermit: undefined }), 'dibao', AS_OF_2026)
    expect(unknownPermit.status).toBe('unknown')
    expect(unknownPermit.needs).toEqual(['hasResidencePermit@me'])
  })

  it('a residence permit does not count where the local standard does not allow it', () => {
    expect(DEMO_2025.values.applyAtResidenceWithPermit).toBeUndefined()
    expect(statusOf(registeredElsewhere({ hasResidencePermit: true }), 'dibao', AS_OF_2025)).toBe('apply_elsewhere')
  })

  it('an 82-year-old registered elsewhere is sent there for the 高龄津贴', () => {
    const answer = answerFor(aHousehold({ members: [aMember({ age: 82, localHukou: false })] }), 'old_age_allowance')
    expect(answer.status).toBe('apply_elsewhere')
    expect(answer.members?.[0].status).toBe('apply_elsewhere')
  })
})

describe('单人保 (最低生活保障审核确认办法 第十条)', () => {
  const justAboveTheLine = (member: Parameters<typeof aMember>[0]) =>
    aHousehold({ perCapitaMonthlyIncome: 1600, members: [aMember(), aMember({ id: 'son', relation: 'child', age: 30, ...member })] })

  it.each([
    ['a seriously ill member', { seriouslyIll: true }],
    ['a member with 一级 disability', { hasDisability: true, disabilityGrade: 1, disabilityCategory: 'physical' as const }],
    ['a member with 三级 intellectual disability', { hasDisability: true, disabilityGrade: 3, disabilityCategory: 'intellectual' as const }]
  ])('%s of a household just above the line gets the hint that they may apply alone', (_, member) => {
    const answer = answerFor(justAboveTheLine(member), 'dibao')
    expect(answer.status).toBe('unknown')
    expect(answer.askAtWindow).toEqual(['家里的重病、重度残疾成员能不能按“单人保”单独申请低保'])
  })

  it('without a seriously ill or severely disabled member, a household above the line is not eligible', () => {
    expect(statusOf(justAboveTheLine({ hasDisability: true, disabilityGrade: 3, disabilityCategory: 'physical' }), 'dibao')).toBe('not_eligible')
  })

  it('above the low-income line (1.5 × 1,450 = 2,175) 单人保 does not apply', () => {
    expect(statusOf({ ...justAboveTheLine({ seriouslyIll: true }), perCapitaMonthlyIncome: 2175 }, 'dibao')).toBe('not_eligible')
  })
})

describe('wording', () => {
  it('an 「任一」 failure says who and how old once (「您今年 45 岁」 not twice)', () => {
    const answer = answerFor(aHousehold({ members: [aMember({ age: 45, canWork: true, hasAbleSupporter: false })] }), 'tekun')
    const noAbility = nodeOf(answer.explanation, 'noAbilityToWork')
    expect(noAbility?.text.match(/您今年 45 岁/g)).toHaveLength(1)
  })

  it('keeps what each member lacks: 「也没有本地居住证」 is said of each, not dropped as a repeat', () => {
    const members = [aMember({ localHukou: false, hasResidencePermit: false }), aMember({ id: 'wife', relation: 'spouse', localHukou: false, hasResidencePermit: false })]
    const answer = answerFor(aHousehold({ members }), 'dibao')
    expect(answer.summary).toBe(
      '请到户口所在地申请：您的户口不在本街道，也没有本地居住证；您的配偶的户口不在本街道，也没有本地居住证，最低生活保障（低保）由户口所在地的街道办事处（乡镇人民政府）受理，按当地标准审核。'
    )
  })

  it('cites the version’s date as residents write it, never 2026-01-01', () => {
    const texts = JSON.stringify(evaluateEligibility(aHousehold({ ownsVehicle: true }), DEMO_PARAMETERS, AS_OF_2026).programmes.map((p) => [p.summary, p.amount.text]))
    expect(texts).toContain('2026年1月1日起执行')
    expect(texts).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  })
})

/** Every sentence a resident reads in an answer, for the properties below. */
function sentences(household: Household, history: readonly ParameterSet[] = DEMO_PARAMETERS): string[] {
  const out: string[] = []
  const walk = (node: { text: string; children?: { text: string }[] }) => {
    out.push(node.text)
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  for (const p of evaluateEligibility(household, history, AS_OF_2026).programmes) {
    out.push(p.summary, p.amount.text)
    walk(p.explanation)
  }
  return out
}

const aHouseholdOfFacts: fc.Arbitrary<Household> = fc.record({
  members: fc
    .array(
      fc.record(
        {
          relation: fc.constantFrom('self' as const, 'spouse' as const, 'child' as const, 'parent' as const),
          age: fc.constantFrom(8, 15, 16, 45, 59, 60, 70, 80, 90),
          localHukou: fc.boolean(),
          hasResidencePermit: fc.boolean(),
          hasDisability: fc.boolean(),
          disabilityCertificate: fc.boolean(),
          disabilityGrade: fc.integer({ min: 1, max: 4 }),
          disabilityCategory: fc.constantFrom('physical' as const, 'intellectual' as const, 'visual' as const),
          needsLongTermCare: fc.boolean(),
          canWork: fc.boolean(),
          monthlyIncome: fc.constantFrom(0, 300, 1449, 1450, 3000),
          seriouslyIll: fc.boolean(),
          hasAbleSupporter: fc.boolean(),
          isFullTimeStudent: fc.boolean(),
          inEmployeePension: fc.boolean(),
          inEmployeeMedical: fc.boolean()
        },
        { requiredKeys: ['relation'] }
      ),
      { minLength: 1, maxLength: 3 }
    )
    .map((ms) => ms.map((m, i) => ({ ...m, id: `m${i}` }))),
  area: fc.constantFrom('urban' as const, 'rural' as const),
  perCapitaMonthlyIncome: fc.constantFrom(300, 1199, 1449, 1600, 2174, 2175, 3000),
  financialAssetsPerCapita: fc.constantFrom(0, 34800, 34801),
  ownsExtraHousing: fc.boolean(),
  ownsVehicle: fc.boolean(),
  existingStatus: fc.constantFrom('dibao' as const, 'tekun' as const, 'low_income' as const, 'none' as const),
  suddenHardship: fc.boolean(),
  heavyMedicalCosts: fc.boolean()
}, { requiredKeys: ['members'] })

describe('properties: no false 「不符合」', () => {
  it('without a local rule, owning a car or a second home never turns an answer into 不符合', () => {
    fc.assert(
      fc.property(aHouseholdOfFacts, (household) => {
        const without = evaluateEligibility({ ...household, ownsVehicle: false, ownsExtraHousing: false }, WITHOUT_LOCAL_RULES, AS_OF_2026).programmes
        const withProperty = evaluateEligibility({ ...household, ownsVehicle: true, ownsExtraHousing: true }, WITHOUT_LOCAL_RULES, AS_OF_2026).programmes
        without.forEach((answer, i) => {
          if (answer.status !== 'not_eligible') expect([answer.id, withProperty[i].status]).not.toEqual([answer.id, 'not_eligible'])
        })
      }),
      { numRuns: 200 }
    )
  })

  it('registration elsewhere never turns an answer into 不符合: it sends the resident where they are registered', () => {
    fc.assert(
      fc.property(aHouseholdOfFacts, (household) => {
        const here = evaluateEligibility({ ...household, members: household.members.map((m) => ({ ...m, localHukou: true })) }, DEMO_PARAMETERS, AS_OF_2026).programmes
        const away = evaluateEligibility({ ...household, members: household.members.map((m) => ({ ...m, localHukou: false, hasResidencePermit: false })) }, DEMO_PARAMETERS, AS_OF_2026).programmes
        here.forEach((answer, i) => {
          if (answer.status !== 'not_eligible') expect([answer.id, away[i].status]).not.toEqual([answer.id, 'not_eligible'])
        })
      }),
      { numRuns: 200 }
    )
  })

  it('an unknown answer always says what is still needed or what to ask at the window', () => {
    fc.assert(
      fc.property(aHouseholdOfFacts, (household) => {
        for (const answer of evaluateEligibility(household, WITHOUT_LOCAL_RULES, AS_OF_2026).programmes) {
          if (answer.status === 'unknown') expect(answer.needs.length + answer.askAtWindow.length).toBeGreaterThan(0)
          else expect(answer.askAtWindow).toEqual([])
        }
      }),
      { numRuns: 200 }
    )
  })

  it('no sentence repeats itself: no clause twice in a row, no part twice, no two parts opening alike', () => {
    fc.assert(
      fc.property(aHouseholdOfFacts, (household) => {
        for (const sentence of sentences(household)) {
          const clauses = sentence.split(/[，；。：]/)
          clauses.forEach((clause, i) => expect([sentence, clause]).not.toEqual([sentence, clauses[i - 1]]))
          const parts = sentence.split('；')
          expect([sentence, new Set(parts).size]).toEqual([sentence, parts.length])
          const openings = parts.map((part) => part.split('，')[0]).filter((opening) => opening.length > 3)
          expect([sentence, new Set(openings).size]).toEqual([sentence, openings.length])
        }
      }),
      { numRuns: 60 }
    )
  })
})
