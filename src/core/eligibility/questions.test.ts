import { DEMO_PARAMETERS, evaluateEligibility, householdFromAnswers, nextQuestion, QUESTIONS, type Answers } from '.'
import { inAskingOrder } from './facts'
import { aHousehold, aMember, AS_OF_2026, walk } from './test-households'

const DISABILITY_FACTS = /^(disabilityCertificate|disabilityGrade|disabilityCategory|needsLongTermCare)@/
const PENSION_FACTS = /^(isFullTimeStudent|inEmployeePension)@/

describe('the questionnaire', () => {
  it('asks first who lives in the household, whatever else is known', () => {
    expect(nextQuestion({}, DEMO_PARAMETERS, AS_OF_2026)?.key).toBe('members')
    expect(nextQuestion({ perCapitaMonthlyIncome: 1000 }, DEMO_PARAMETERS, AS_OF_2026)?.key).toBe('members')
  })

  it('then asks each member’s age, naming the member', () => {
    const q = nextQuestion({ members: [{ id: 'me', relation: 'self' }, { id: 'ma', relation: 'parent' }] }, DEMO_PARAMETERS, AS_OF_2026)
    expect(q).toMatchObject({ key: 'age@me', memberId: 'me', text: '您今年多大年纪？' })
    const next = nextQuestion({ members: [{ id: 'me', relation: 'self' }, { id: 'ma', relation: 'parent', label: '老母亲' }], 'age@me': 50, 'localHukou@me': true }, DEMO_PARAMETERS, AS_OF_2026)
    expect(next).toMatchObject({ key: 'age@ma', text: '老母亲今年多大年纪？' })
  })

  it('asks nothing about disability grades or care when nobody in the household has a disability', () => {
    const truth = aHousehold({ members: [aMember(), aMember({ id: 'w', relation: 'spouse', age: 48 })] })
    const { asked } = walk(truth)
    expect(asked).toContain('hasDisability@me')
    expect(asked.filter((k) => DISABILITY_FACTS.test(k))).toEqual([])
  })

  it('asks an older member with a disability for the grade and care, and not the category when grade 一级 decides', () => {
    const truth = aHousehold({ members: [aMember({ age: 70, hasDisability: true, disabilityCertificate: true, disabilityGrade: 1, disabilityCategory: 'physical', needsLongTermCare: true })] })
    const { asked } = walk(truth)
    expect(asked).toEqual(expect.arrayContaining(['disabilityCertificate@me', 'disabilityGrade@me', 'needsLongTermCare@me']))
    expect(asked).not.toContain('disabilityCategory@me')
  })

  it('asks the category only when the grade alone does not decide (grade 三级)', () => {
    const truth = aHousehold({ members: [aMember({ hasDisability: true, disabilityCertificate: true, disabilityGrade: 3, disabilityCategory: 'mental', needsLongTermCare: true })] })
    expect(walk(truth).asked).toContain('disabilityCategory@me')
  })

  it('asks a household registered elsewhere the national pension conditions, which decide between 「到户口所在地申请」 and 「不符合」', () => {
    const truth = aHousehold({ members: [aMember({ localHukou: false, hasResidencePermit: true }), aMember({ id: 'w', relation: 'spouse', localHukou: false, hasResidencePermit: true })] })
    const { asked, answers } = walk(truth)
    expect(asked).toEqual(expect.arrayContaining(['isFullTimeStudent@me', 'inEmployeePension@me', 'inEmployeeMedical@me']))
    const pension = evaluateEligibility(householdFromAnswers(answers), DEMO_PARAMETERS, AS_OF_2026).programmes.find((p) => p.id === 'resident_pension')
    expect(pension?.status).toBe('apply_elsewhere')
  })

  it('asks no pension questions of a child under 16', () => {
    const truth = aHousehold({ members: [aMember({ age: 12 })] })
    expect(walk(truth).asked.filter((k) => PENSION_FACTS.test(k))).toEqual([])
  })

  it('asks whether the household is urban or rural only when the answer depends on it', () => {
    expect(walk(aHousehold({ perCapitaMonthlyIncome: 800 })).asked).not.toContain('area')
    expect(walk(aHousehold({ perCapitaMonthlyIncome: 1300 })).asked).toContain('area')
  })

  it.each([
    [80, 'eligible'],
    [79, 'not_eligible']
  ] as const)('decides the old-age allowance of a registered %d-year-old from the first three answers: %s', (age, status) => {
    const answers: Answers = { members: [{ id: 'me', relation: 'self' }], 'age@me': age, 'localHukou@me': true }
    const result = evaluateEligibility(householdFromAnswers(answers), DEMO_PARAMETERS, AS_OF_2026)
    expect(result.programmes.find((p) => p.id === 'old_age_allowance')?.status).toBe(status)
  })

  it('never asks a question again once answered 「不清楚」, and comes to an end', () => {
    let answers: Answers = {}
    const asked: string[] = []
    for (let q = nextQuestion(answers, DEMO_PARAMETERS, AS_OF_2026); q; q = nextQuestion(answers, DEMO_PARAMETERS, AS_OF_2026)) {
      expect(asked).not.toContain(q.key)
      asked.push(q.key)
      answers = { ...answers, [q.key]: null }
    }
    expect(asked.length).toBeGreaterThan(10)
    expect(asked.length).toBeLessThan(40)
  })

  it('lists what a programme still needs in the order the questions come', () => {
    const members = [
      aMember({ age: undefined, monthlyIncome: undefined, hasAbleSupporter: false, canWork: false }),
      aMember({ id: 'ma', relation: 'parent', age: undefined, localHukou: undefined, monthlyIncome: 0, hasAbleSupporter: false })
    ]
    const answer = evaluateEligibility(aHousehold({ members, perCapitaMonthlyIncome: undefined }), DEMO_PARAMETERS, AS_OF_2026).programmes.find((p) => p.id === 'tekun')
    expect(answer?.needs).toEqual(['age@me', 'age@ma', 'localHukou@ma', 'monthlyIncome@me'])
  })

  it('asks in that same order when everything is answered 「不清楚」', () => {
    const { asked } = walk({ members: [{ id: 'me', relation: 'self' }, { id: 'ma', relation: 'parent' }] })
    const afterMembers = asked.slice(1)
    expect(afterMembers).toEqual(inAskingOrder(afterMembers, new Map([['me', 0], ['ma', 1]])))
  })

  it('gives the same question for the same answers, parameters and day', () => {
    const answers: Answers = { members: [{ id: 'me', relation: 'self' }], 'age@me': 70 }
    expect(nextQuestion(answers, DEMO_PARAMETERS, AS_OF_2026)).toEqual(nextQuestion(answers, DEMO_PARAMETERS, AS_OF_2026))
  })

  it('every question is one the app can render: a kind, a text, and options for choices', () => {
    for (const q of QUESTIONS) {
      expect(q.text.length).toBeGreaterThan(0)
      if (q.kind === 'choice' || q.kind === 'member_list') expect(q.options?.length).toBeGreaterThan(1)
      if (q.scope === 'member') expect(q.text).toContain('{who}')
    }
  })
})

describe('the household the answers describe', () => {
  it('leaves a fact answered 「不清楚」 unknown', () => {
    expect(householdFromAnswers({ members: [{ id: 'me', relation: 'self' }], 'age@me': 81, area: null })).toEqual({ members: [{ id: 'me', relation: 'self', age: 81 }] })
  })

  it('is the resident alone when the member list is unknown', () => {
    expect(householdFromAnswers({ members: null }).members).toEqual([{ id: 'self', relation: 'self' }])
  })

  it('ignores answers of the wrong shape rather than guessing', () => {
    const household = householdFromAnswers({ members: [{ id: 'me', relation: 'self' }], 'age@me': 'eighty', 'disabilityGrade@me': 7, ownsVehicle: 'no', perCapitaMonthlyIncome: -5 })
    expect(household).toEqual({ members: [{ id: 'me', relation: 'self' }] })
  })

  it('keeps a grade chosen from the options as a number', () => {
    expect(householdFromAnswers({ members: [{ id: 'me', relation: 'self' }], 'disabilityGrade@me': 2 }).members[0].disabilityGrade).toBe(2)
  })
})
