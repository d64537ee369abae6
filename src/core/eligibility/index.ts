/**
 * The benefit self-check (惠民政策自测): programmes as rules over a household, versioned local
 * parameters, three-valued answers that explain themselves, and the questionnaire that asks only what
 * can still change an answer. Runs the same in the app (offline) and on the server.
 */
export { evaluateEligibility, NoParametersInForceError, DISCLAIMER } from './evaluate'
export { nextQuestion, householdFromAnswers, questionById, QUESTIONS, RELATION_OPTIONS, DONT_KNOW_LABEL } from './questions'
export type { Answers, AnswerValue, AskedQuestion, MemberEntry, Question, QuestionKind, QuestionOption } from './questions'
export { parametersInForce, versionOf, citation, DEMO_PARAMETERS, PARAMETER_LABELS } from './parameters'
export { PROGRAMMES, programmeInfo } from './programmes'
export type { Programme } from './programme'
export { factKey, whoOf } from './logic'
export type { Rule, RuleContext, Finding } from './logic'
export { factLabel } from './facts'
export { formatYuan } from './format'
export type {
  Amount,
  EligibilityResult,
  EligibilityStatus,
  Explanation,
  Household,
  Member,
  MemberResult,
  ParameterSet,
  ParameterUse,
  ParameterValues,
  ProgrammeId,
  ProgrammeInfo,
  ProgrammeResult
} from '../schemas/eligibility'
