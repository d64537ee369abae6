import fc from 'fast-check'
import { DEMO_PARAMETERS, evaluateEligibility, householdFromAnswers, nextQuestion, NoParametersInForceError, type Answers, type AnswerValue, type AskedQuestion } from '.'
import type { Household, Member, ParameterSet } from '../schemas/eligibility'
import { aHousehold, AS_OF_2026, nodeOf, truthfulAnswer, walk } from './test-households'

const RELATIONS = ['self', 'spouse', 'child', 'parent', 'grandparent', 'grandchild', 'sibling', 'other'] as const
const CATEGORIES = ['visual', 'hearing', 'speech', 'physical', 'intellectual', 'mental', 'multiple'] as const
const MEMBER_FACTS = [
  'age',
  'localHukou',
  'hasResidencePermit',
  'hasDisability',
  'disabilityCertificate',
  'disabilityCategory',
  'disabilityGrade',
  'needsLongTermCare',
  'canWork',
  'monthlyIncome',
  'seriouslyIll',
  'hasAbleSupporter',
  'isFullTimeStudent',
  'inEmployeePension',
  'inEmployeeMedical'
] as const
const HOUSEHOLD_FACTS = ['area', 'perCapitaMonthlyIncome', 'financialAssetsPerCapita', 'ownsExtraHousing', 'ownsVehicle', 'existingStatus', 'suddenHardship', 'heavyMedicalCosts'] as const

/** A member with every fact known; ages and amounts cluster around the thresholds. */
const aKnownMember: fc.Arbitrary<Omit<Member, 'id'>> = fc.record({
  relation: fc.constantFrom(...RELATIONS),
  age: fc.oneof(fc.integer({ min: 0, max: 110 }), fc.constantFrom(15, 16, 59, 60, 79, 80, 89, 90, 100)),
  localHukou: fc.boolean(),
  hasResidencePermit: fc.boolean(),
  hasDisability: fc.boolean(),
  disabilityCertificate: fc.boolean(),
  disabilityCategory: fc.constantFrom(...CATEGORIES),
  disabilityGrade: fc.integer({ min: 1, max: 4 }),
  needsLongTermCare: fc.boolean(),
  canWork: fc.boolean(),
  monthlyIncome: fc.oneof(fc.integer({ min: 0, max: 4000 }), fc.constantFrom(0, 300, 1449, 1450)),
  seriouslyIll: fc.boolean(),
  hasAbleSupporter: fc.boolean(),
  isFullTimeStudent: fc.boolean(),
  inEmployeePension: fc.boolean(),
  inEmployeeMedical: fc.boolean()
})

const anyKnownHousehold: fc.Arbitrary<Household> = fc.record({
  members: fc.array(aKnownMember, { minLength: 1, maxLength: 4 }).map((ms) => ms.map((m, i) => ({ ...m, id: `m${i}` }))),
  area: fc.constantFrom('urban' as const, 'rural' as const),
  perCapitaMonthlyIncome: fc.oneof(fc.integer({ min: 0, max: 4000 }), fc.constantFrom(1199, 1200, 1449, 1450, 2174, 2175)),
  financialAssetsPerCapita: fc.oneof(fc.integer({ min: 0, max: 60000 }), fc.constantFrom(28800, 34800, 34801)),
  ownsExtraHousing: fc.boolean(),
  ownsVehicle: fc.boolean(),
  existingStatus: fc.constantFrom('dibao' as const, 'tekun' as const, 'low_income' as const, 'none' as const),
  suddenHardship: fc.boolean(),
  heavyMedicalCosts: fc.boolean()
})

/** Living alone, a member's own income is the household's per-capita income (特困人员认定办法 第八条 reads either). */
const aKnownHousehold: fc.Arbitrary<Household> = anyKnownHousehold.map((household) =>
  household.members.length === 1 ? { ...household, members: [{ ...household.members[0], monthlyIncome: household.perCapitaMonthlyIncome }] } : household
)

/** The same household with some facts forgotten (「不清楚」). */
function forget(household: Household, dropped: readonly boolean[]): Household {
  let i = 0
  const drop = () => dropped[i++ % dropped.length]
  const partial: Record<string, unknown> = { ...household }
  for (const fact of HOUSEHOLD_FACTS) if (drop()) delete partial[fact]
  partial.members = household.members.map((member) => {
    const m: Record<string, unknown> = { ...member }
    for (const fact of MEMBER_FACTS) if (drop()) delete m[fact]
    return m
  })
  return partial as Household
}

const aKnownAndPartialHousehold = fc
  .tuple(aKnownHousehold, fc.array(fc.boolean(), { minLength: 70, maxLength: 70 }))
  .map(([known, dropped]) => ({ known, partial: forget(known, dropped) }))

const check = (household: Household) => evaluateEligibility(household, DEMO_PARAMETERS, AS_OF_2026)

describe('properties of the engine', () => {
  it('lowering a household’s income never turns 低保 from eligible to not eligible', () => {
    fc.assert(
      fc.property(aKnownAndPartialHousehold, fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 4000 }), ({ partial }, a, b) => {
        const [lower, higher] = a <= b ? [a, b] : [b, a]
        const dibao = (income: number) => check({ ...partial, perCapitaMonthlyIncome: income }).programmes[0].status
        if (dibao(higher) === 'eligible') expect(dibao(lower)).toBe('eligible')
      }),
      { numRuns: 300 }
    )
  })

  it('an answer is never “eligible” while a fact it requires is unknown: knowing more never changes a decided answer', () => {
    fc.assert(
      fc.property(aKnownAndPartialHousehold, ({ known, partial }) => {
        const before = check(partial).programmes
        const after = check(known).programmes
        before.forEach((answer, i) => {
          if (answer.status !== 'unknown') expect([answer.id, after[i].status]).toEqual([answer.id, answer.status])
          answer.members?.forEach((m, j) => {
            if (m.status !== 'unknown') expect([answer.id, m.memberId, after[i].members?.[j].status]).toEqual([answer.id, m.memberId, m.status])
          })
        })
      }),
      { numRuns: 300 }
    )
  })

  it('低保 is eligible only when income, property and some member’s registration are all known', () => {
    fc.assert(
      fc.property(aKnownAndPartialHousehold, ({ partial }) => {
        if (check(partial).programmes[0].status !== 'eligible') return
        expect(partial.perCapitaMonthlyIncome).toBeDefined()
        expect(partial.financialAssetsPerCapita).toBeDefined()
        expect(partial.ownsVehicle).toBe(false)
        expect(partial.ownsExtraHousing).toBe(false)
        expect(partial.members.some((m) => m.localHukou === true)).toBe(true)
      }),
      { numRuns: 300 }
    )
  })

  it('an answer that is known is complete: unknown answers, and only they, list facts still needed or what to ask at the window', () => {
    fc.assert(
      fc.property(aKnownAndPartialHousehold, ({ partial }) => {
        for (const answer of check(partial).programmes) {
          if (answer.status === 'unknown') expect(answer.needs.length + answer.askAtWindow.length).toBeGreaterThan(0)
          if (answer.scope === 'household' && answer.status !== 'unknown') expect(answer.needs).toEqual([])
        }
      }),
      { numRuns: 200 }
    )
  })
})

describe('versions of the parameters', () => {
  const dayAfter = (start: string, days: number) => {
    const [y, m, d] = start.split('-').map(Number)
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
  }
  const [base] = DEMO_PARAMETERS

  it('changing the parameters’ effective date switches the version used, and the answer with it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: -30, max: 3000 }), (start, gap, offset) => {
        const first = dayAfter('2020-01-01', start)
        const second = dayAfter(first, gap)
        const asOf = dayAfter(first, offset)
        const history: ParameterSet[] = [
          { ...base, version: 'low', effectiveFrom: first, values: { ...base.values, dibaoUrbanMonthly: 1000 } },
          { ...base, version: 'high', effectiveFrom: second, values: { ...base.values, dibaoUrbanMonthly: 2000 } }
        ]
        const household = aHousehold({ perCapitaMonthlyIncome: 1500 })
        if (asOf < first) {
          expect(() => evaluateEligibility(household, history, asOf)).toThrow(NoParametersInForceError)
          return
        }
        const result = evaluateEligibility(household, history, asOf)
        const expected = asOf >= second ? 'high' : 'low'
        expect(result.parameters.version).toBe(expected)
        expect(result.programmes[0].status).toBe(expected === 'high' ? 'eligible' : 'not_eligible')
        const income = nodeOf(result.programmes[0].explanation, 'incomeBelowStandard')
        expect(income?.parameters?.[0]).toMatchObject({ version: expected, effectiveFrom: expected === 'high' ? second : first })
      }),
      { numRuns: 300 }
    )
  })

  it('the order in which versions are listed does not matter', () => {
    const reversed = [...DEMO_PARAMETERS].reverse()
    expect(evaluateEligibility(aHousehold(), reversed, AS_OF_2026)).toEqual(evaluateEligibility(aHousehold(), DEMO_PARAMETERS, AS_OF_2026))
  })
})


/** Values to try for a question: every option, or numbers on both sides of each threshold. */
function candidates(question: AskedQuestion): AnswerValue[] {
  const q = question.question
  if (q.kind === 'yes_no') return [null, true, false]
  if (q.kind === 'choice') return [null, ...(q.options ?? []).map((o) => o.value)]
  if (q.id === 'age') return [null, 0, 15, 16, 59, 60, 79, 80, 90, 100, 130]
  return [null, 0, 1100, 1199, 1200, 1300, 1449, 1450, 2174, 2175, 28800, 28801, 34800, 34801, 1_000_000]
}

/** What the resident sees: each programme's and member's status and what is still needed besides `key`. */
function seen(answers: Answers, key: string): string {
  const result = evaluateEligibility(householdFromAnswers(answers), DEMO_PARAMETERS, AS_OF_2026)
  return JSON.stringify(result.programmes.map((p) => [p.status, p.members?.map((m) => m.status), p.needs.filter((k) => k !== key)]))
}

describe('properties of the questionnaire', () => {
  it('answering truthfully until nothing is asked decides every programme as the whole truth does', () => {
    fc.assert(
      fc.property(aKnownHousehold, (known) => {
        const { answers } = walk(known)
        const asked = evaluateEligibility(householdFromAnswers(answers), DEMO_PARAMETERS, AS_OF_2026).programmes
        const truth = check(known).programmes
        expect(asked.map((p) => [p.id, p.status, p.members?.map((m) => m.status)])).toEqual(truth.map((p) => [p.id, p.status, p.members?.map((m) => m.status)]))
        // What stays unknown is only what the window must answer (a local assessment), nothing to ask here.
        expect(asked.filter((p) => p.status === 'unknown' && (p.needs.length > 0 || p.askAtWindow.length === 0))).toEqual([])
      }),
      { numRuns: 150 }
    )
  })

  it('never asks a question whose answer cannot change any result', () => {
    fc.assert(
      fc.property(aKnownAndPartialHousehold, ({ partial }) => {
        let answers: Answers = {}
        for (let q = nextQuestion(answers, DEMO_PARAMETERS, AS_OF_2026); q; q = nextQuestion(answers, DEMO_PARAMETERS, AS_OF_2026)) {
          if (q.key !== 'members') {
            const key = q.key
            const outcomes = new Set(candidates(q).map((value) => seen({ ...answers, [key]: value }, key)))
            expect([key, outcomes.size > 1]).toEqual([key, true])
          }
          answers = { ...answers, [q.key]: truthfulAnswer(partial, q) }
        }
      }),
      { numRuns: 60 }
    )
  })
})
