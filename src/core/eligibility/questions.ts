import type { EligibilityResult, Household, Member, ParameterSet, Relation } from '../schemas/eligibility'
import { evaluateEligibility } from './evaluate'
import { FIRST_MEMBER_FACTS, HOUSEHOLD_FACT_ORDER, MEMBER_DETAIL_ORDER } from './facts'
import { factKey, whoOf } from './logic'
import { parametersInForce } from './parameters'

/*
 * The self-check's questionnaire as data: the app renders any question from its kind, one per screen,
 * always with a 「不清楚」 button. `nextQuestion` picks the first question, in the asking order, whose
 * answer is still needed by some programme; what cannot change an answer is never asked.
 */

export type QuestionKind = 'yes_no' | 'number' | 'choice' | 'member_list'

export interface QuestionOption {
  value: string | number
  label: string
}

export interface Question {
  /** The fact the question asks for; with a member id, the answer key (`age@m2`). */
  id: string
  scope: 'household' | 'member'
  kind: QuestionKind
  /** For member questions, `{who}` stands for the member (「您」「您的配偶」). */
  text: string
  help?: string
  unit?: string
  min?: number
  max?: number
  options?: readonly QuestionOption[]
}

/** A member as the member-list question collects it: the relation, and a word the resident may give. */
export interface MemberEntry {
  id: string
  relation: Relation
  label?: string
}

/** `null` is 「不清楚」: asked and not known, so never asked again. */
export type AnswerValue = boolean | number | string | readonly MemberEntry[] | null
export type Answers = Readonly<Record<string, AnswerValue>>

export const DONT_KNOW_LABEL = '不清楚'

export const RELATION_OPTIONS: readonly QuestionOption[] = [
  { value: 'self', label: '本人' },
  { value: 'spouse', label: '配偶' },
  { value: 'child', label: '子女' },
  { value: 'parent', label: '父母' },
  { value: 'grandparent', label: '祖父母、外祖父母' },
  { value: 'grandchild', label: '孙子女、外孙子女' },
  { value: 'sibling', label: '兄弟姐妹' },
  { value: 'other', label: '其他同住家人' }
]

const MEMBERS: Question = {
  id: 'members',
  scope: 'household',
  kind: 'member_list',
  text: '家里一起生活的有哪些人？',
  help: '包括您自己。只选关系，不用填姓名。您填写的内容只保存在您的手机上。',
  options: RELATION_OPTIONS
}

const yesNo = (id: string, scope: Question['scope'], text: string, help?: string): Question => ({ id, scope, kind: 'yes_no', text, help })

const HOUSEHOLD_QUESTIONS: readonly Question[] = [
  {
    id: 'existingStatus',
    scope: 'household',
    kind: 'choice',
    text: '您家现在享受哪种救助？',
    options: [
      { value: 'dibao', label: '低保' },
      { value: 'tekun', label: '特困供养' },
      { value: 'low_income', label: '低保边缘家庭（低收入家庭）' },
      { value: 'none', label: '都没有' }
    ]
  },
  {
    id: 'area',
    scope: 'household',
    kind: 'choice',
    text: '您家按城镇还是农村算？',
    help: '住在社区的一般选城镇，住在村里的选农村。',
    options: [
      { value: 'urban', label: '城镇' },
      { value: 'rural', label: '农村' }
    ]
  },
  {
    id: 'perCapitaMonthlyIncome',
    scope: 'household',
    kind: 'number',
    text: '全家平均每人每月收入大约多少元？',
    help: '把全家一年的工资、养老金、租金等收入加起来，除以 12 个月，再除以家里的人数。',
    unit: '元',
    min: 0,
    max: 1_000_000
  },
  {
    id: 'financialAssetsPerCapita',
    scope: 'household',
    kind: 'number',
    text: '全家的存款、理财等，平均每人大约多少元？',
    help: '把全家的存款、理财、股票等加起来，再除以家里的人数。',
    unit: '元',
    min: 0,
    max: 100_000_000
  },
  yesNo('ownsExtraHousing', 'household', '除了自己住的房子，家里还有其他房产吗？'),
  yesNo('ownsVehicle', 'household', '家里有小汽车等机动车吗？', '残疾人的代步车不算。'),
  yesNo('suddenHardship', 'household', '最近家里有没有遇到火灾、交通事故、突发重病等突然的困难？'),
  yesNo('heavyMedicalCosts', 'household', '家里有人看病，医保报销后自己还要付很多医药费吗？')
]

const AGE: Question = { id: 'age', scope: 'member', kind: 'number', text: '{who}今年多大年纪？', unit: '岁', min: 0, max: 130 }
const LOCAL_HUKOU = yesNo('localHukou', 'member', '{who}的户口在本街道吗？')

const MEMBER_DETAILS: readonly Question[] = [
  yesNo('hasDisability', 'member', '{who}有残疾吗？'),
  yesNo('disabilityCertificate', 'member', '{who}有第二代残疾人证吗？', '第二代残疾人证是 2008 年以后换发的新版残疾人证，上面写着残疾类别和等级。'),
  {
    id: 'disabilityGrade',
    scope: 'member',
    kind: 'choice',
    text: '{who}的残疾等级是几级？',
    help: '残疾人证上写着，一级最重。',
    options: [
      { value: 1, label: '一级' },
      { value: 2, label: '二级' },
      { value: 3, label: '三级' },
      { value: 4, label: '四级' }
    ]
  },
  {
    id: 'disabilityCategory',
    scope: 'member',
    kind: 'choice',
    text: '{who}是哪一类残疾？',
    help: '残疾人证上写着。',
    options: [
      { value: 'visual', label: '视力残疾' },
      { value: 'hearing', label: '听力残疾' },
      { value: 'speech', label: '言语残疾' },
      { value: 'physical', label: '肢体残疾' },
      { value: 'intellectual', label: '智力残疾' },
      { value: 'mental', label: '精神残疾' },
      { value: 'multiple', label: '多重残疾' }
    ]
  },
  yesNo('seriouslyIll', 'member', '{who}患有癌症、尿毒症等重特大疾病吗？', '以医院的诊断为准。'),
  yesNo('needsLongTermCare', 'member', '{who}平时需要别人长期照料吗？', '比如吃饭、穿衣、起床、上厕所需要别人帮忙。'),
  yesNo('canWork', 'member', '{who}能干活挣钱吗？', '指有没有劳动能力。'),
  {
    id: 'monthlyIncome',
    scope: 'member',
    kind: 'number',
    text: '{who}自己每月大约有多少收入？',
    help: '工资、养老金、租金等加在一起。没有收入的填 0。',
    unit: '元',
    min: 0,
    max: 1_000_000
  },
  yesNo('hasAbleSupporter', 'member', '{who}有没有能赡养、抚养或扶养的家人？', '指配偶、成年子女、父母等依法有义务、并且有能力照顾的人。'),
  yesNo('isFullTimeStudent', 'member', '{who}是在校全日制学生吗？'),
  yesNo('inEmployeePension', 'member', '{who}参加了单位的职工养老保险吗？', '已经在领退休金的，也选“是”。'),
  yesNo('inEmployeeMedical', 'member', '{who}参加了单位的职工医疗保险吗？', '退休后继续享受职工医保的，也选“是”。'),
  yesNo('hasResidencePermit', 'member', '{who}有本地居住证吗？')
]

/** Every question, for an app that wants to show them all (the asking order is `nextQuestion`'s). */
export const QUESTIONS: readonly Question[] = [MEMBERS, AGE, LOCAL_HUKOU, ...HOUSEHOLD_QUESTIONS, ...MEMBER_DETAILS]

const BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]))

export function questionById(id: string): Question | undefined {
  return BY_ID.get(id)
}

/** A question put to the resident: its answer key and the text with the member filled in. */
export interface AskedQuestion {
  key: string
  question: Question
  memberId?: string
  text: string
}

function asked(question: Question, member?: Member, who?: string): AskedQuestion {
  if (!member) return { key: question.id, question, text: question.text }
  return { key: factKey(question.id, member.id), question, memberId: member.id, text: question.text.replace('{who}', who ?? '') }
}

/** The asking order of facts.ts, each member's details one member at a time. */
function askingOrder(members: readonly Member[], whoById: Map<string, string>): AskedQuestion[] {
  const order: AskedQuestion[] = []
  const question = (id: string) => BY_ID.get(id) as Question
  for (const member of members) for (const id of FIRST_MEMBER_FACTS) order.push(asked(question(id), member, whoById.get(member.id)))
  for (const id of HOUSEHOLD_FACT_ORDER) order.push(asked(question(id)))
  for (const member of members) for (const id of MEMBER_DETAIL_ORDER) order.push(asked(question(id), member, whoById.get(member.id)))
  return order
}

const RELATIONS = new Set(RELATION_OPTIONS.map((o) => o.value))
const SELF_ONLY: readonly Member[] = [{ id: 'self', relation: 'self' }]

function membersFrom(value: AnswerValue | undefined): Member[] {
  if (!Array.isArray(value) || value.length === 0) return [...SELF_ONLY]
  const seen = new Set<string>()
  const members: Member[] = []
  for (const entry of value as readonly MemberEntry[]) {
    if (!entry || typeof entry.id !== 'string' || !RELATIONS.has(entry.relation) || seen.has(entry.id)) continue
    seen.add(entry.id)
    members.push(entry.label ? { id: entry.id, relation: entry.relation, label: entry.label } : { id: entry.id, relation: entry.relation })
  }
  return members.length > 0 ? members : [...SELF_ONLY]
}

/** The value as the question's kind allows it, or undefined (不清楚, or an answer of the wrong shape). */
function factValue(question: Question, value: AnswerValue | undefined): boolean | number | string | undefined {
  if (value === null || value === undefined) return undefined
  switch (question.kind) {
    case 'yes_no':
      return typeof value === 'boolean' ? value : undefined
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= (question.min ?? -Infinity) && value <= (question.max ?? Infinity) ? value : undefined
    case 'choice':
      return question.options?.some((o) => o.value === value) ? (value as string | number) : undefined
    default:
      return undefined
  }
}

/**
 * The household the answers describe; a question answered 「不清楚」 (null) leaves its fact unknown.
 * Without a member list the household is the resident alone.
 * @example householdFromAnswers({ members: [{ id: 'me', relation: 'self' }], 'age@me': 81, area: null })
 *   // { members: [{ id: 'me', relation: 'self', age: 81 }] }
 */
export function householdFromAnswers(answers: Answers): Household {
  const members = membersFrom(answers.members).map((member) => {
    const filled: Record<string, unknown> = { ...member }
    for (const q of [AGE, LOCAL_HUKOU, ...MEMBER_DETAILS]) {
      const value = factValue(q, answers[factKey(q.id, member.id)])
      if (value !== undefined) filled[q.id] = value
    }
    return filled as Member
  })
  const household: Record<string, unknown> = { members }
  for (const q of HOUSEHOLD_QUESTIONS) {
    const value = factValue(q, answers[q.id])
    if (value !== undefined) household[q.id] = value
  }
  return household as Household
}

/**
 * Numbers worth trying for a number question: zero, a very large value, and each threshold of the
 * parameters in force with the values just below and above it (rules compare with < or ≤).
 */
function numberProbes(question: Question, params: ParameterSet): number[] {
  const v = params.values
  const standards = [v.dibaoUrbanMonthly, v.dibaoRuralMonthly]
  const thresholds =
    question.id === 'age'
      ? [v.tekunElderlyAge, v.minorAgeBelow, v.pensionMinAge, v.pensionPayoutAge, ...v.oldAgeBands.map((b) => b.fromAge)]
      : question.id === 'financialAssetsPerCapita'
        ? standards.map((s) => s * v.financialAssetsLimitMonths)
        : question.id === 'monthlyIncome'
          ? standards
          : standards.flatMap((s) => [s, s * v.lowIncomeMultiplier])
  const step = question.id === 'age' ? 1 : 0.01
  const probes = new Set([question.min ?? 0, question.max ?? 1_000_000])
  for (const t of thresholds) probes.add(t - step).add(t).add(t + step)
  return [...probes]
}

function probes(question: Question, params: ParameterSet): AnswerValue[] {
  if (question.kind === 'yes_no') return [true, false]
  if (question.kind === 'choice') return (question.options ?? []).map((o) => o.value)
  return numberProbes(question, params)
}

/** What the resident would see: every programme's and member's status, and what else is still needed. */
function outlook(result: EligibilityResult, key: string): string {
  let seen = ''
  for (const p of result.programmes) {
    seen += `${p.status}|`
    if (p.members) for (const m of p.members) seen += `${m.status},`
    for (const k of p.needs) if (k !== key) seen += `${k},`
    seen += ';'
  }
  return seen
}

/**
 * Whether some answer to the question changes what the resident would see. A fact a criterion still
 * needs may be settled by another one already left unknown (whether someone of unknown age can work
 * decides nothing about 特困 that the age would not), and is then not worth a screen.
 */
function canChangeAnything(step: AskedQuestion, answers: Answers, now: EligibilityResult, history: readonly ParameterSet[], asOf: string, params: ParameterSet): boolean {
  const unanswered = outlook(now, step.key)
  return probes(step.question, params).some(
    (value) => outlook(evaluateEligibility(householdFromAnswers({ ...answers, [step.key]: value }), history, asOf), step.key) !== unanswered
  )
}

/**
 * The next question that can still change some programme's answer, or null when none can: first who
 * lives in the household, then, in the asking order, the first fact some programme still needs, not
 * yet answered (「不清楚」 counts as answered), one of whose answers would change a status or what else
 * is needed. Pure: the same answers, parameters and day give the same question.
 * Throws NoParametersInForceError when no parameters were in force on `asOf`.
 * @example nextQuestion({}, DEMO_PARAMETERS, '2026-03-01')?.key // 'members'
 */
export function nextQuestion(answers: Answers, history: readonly ParameterSet[], asOf: string): AskedQuestion | null {
  if (!('members' in answers)) return asked(MEMBERS)
  const household = householdFromAnswers(answers)
  const result = evaluateEligibility(household, history, asOf)
  const params = parametersInForce(history, asOf) as ParameterSet
  const needed = new Set<string>()
  for (const programme of result.programmes) for (const key of programme.needs) needed.add(key)
  for (const step of askingOrder(household.members, whoOf(household.members))) {
    if (needed.has(step.key) && !(step.key in answers) && canChangeAnything(step, answers, result, history, asOf, params)) return step
  }
  return null
}
