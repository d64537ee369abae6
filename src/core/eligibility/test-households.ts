import type { Explanation, Household, Member, ParameterSet } from '../schemas/eligibility'
import { evaluateEligibility } from './evaluate'
import { DEMO_PARAMETERS } from './parameters'
import { nextQuestion, type Answers, type AnswerValue, type AskedQuestion } from './questions'

/*
 * Small factories of the eligibility tests: a household whose every fact is known and which meets
 * the 低保 conditions under the 2026 demo standard (urban 1,450 yuan), changed per test.
 */

export const AS_OF_2026 = '2026-03-01'
export const AS_OF_2025 = '2025-06-01'

export function aMember(overrides: Partial<Member> = {}): Member {
  return {
    id: 'me',
    relation: 'self',
    age: 50,
    localHukou: true,
    hasResidencePermit: false,
    hasDisability: false,
    disabilityCertificate: false,
    needsLongTermCare: false,
    canWork: true,
    monthlyIncome: 3000,
    seriouslyIll: false,
    hasAbleSupporter: true,
    isFullTimeStudent: false,
    inEmployeePension: false,
    inEmployeeMedical: false,
    ...overrides
  }
}

export function aHousehold(overrides: Partial<Household> = {}): Household {
  return {
    area: 'urban',
    perCapitaMonthlyIncome: 1000,
    financialAssetsPerCapita: 5000,
    ownsExtraHousing: false,
    ownsVehicle: false,
    existingStatus: 'none',
    suddenHardship: false,
    heavyMedicalCosts: false,
    members: [aMember()],
    ...overrides
  }
}

export function check(household: Household, asOf = AS_OF_2026, history: readonly ParameterSet[] = DEMO_PARAMETERS) {
  return evaluateEligibility(household, history, asOf)
}

export function answerFor(household: Household, programme: string, asOf = AS_OF_2026, history: readonly ParameterSet[] = DEMO_PARAMETERS) {
  const found = check(household, asOf, history).programmes.find((p) => p.id === programme)
  if (!found) throw new Error(`no programme ${programme}`)
  return found
}

export function statusOf(household: Household, programme: string, asOf = AS_OF_2026, history: readonly ParameterSet[] = DEMO_PARAMETERS) {
  return answerFor(household, programme, asOf, history).status
}

/** The value the household's own facts give to a question, 「不清楚」 (null) where a fact is not known. */
export function truthfulAnswer(truth: Household, question: AskedQuestion): AnswerValue {
  if (question.key === 'members') return truth.members.map(({ id, relation }) => ({ id, relation }))
  const source = question.memberId === undefined ? truth : truth.members.find((m) => m.id === question.memberId)
  const value = (source as Record<string, unknown> | undefined)?.[question.question.id]
  return value === undefined ? null : (value as AnswerValue)
}

/** Answers the questionnaire from `truth` until it has nothing more to ask. */
export function walk(truth: Household, asOf = AS_OF_2026): { asked: string[]; answers: Answers } {
  let answers: Answers = {}
  const asked: string[] = []
  for (let q = nextQuestion(answers, DEMO_PARAMETERS, asOf); q; q = nextQuestion(answers, DEMO_PARAMETERS, asOf)) {
    if (asked.includes(q.key)) throw new Error(`asked ${q.key} twice`)
    asked.push(q.key)
    answers = { ...answers, [q.key]: truthfulAnswer(truth, q) }
  }
  return { asked, answers }
}


/** The node of an explanation tree with this id, however deep. */
export function nodeOf(tree: Explanation, id: string): Explanation | undefined {
  if (tree.id === id) return tree
  for (const child of tree.children ?? []) {
    const found = nodeOf(child, id)
    if (found) return found
  }
  return undefined
}
