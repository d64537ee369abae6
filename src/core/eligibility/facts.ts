/*
 * The order in which the questionnaire asks for facts, and what each fact is called where a sentence
 * lists what is still needed. First who lives here; then each member's age and registration (they
 * decide most programmes); then the household's situation; then each member's details.
 */

export const FIRST_MEMBER_FACTS: readonly string[] = ['age', 'localHukou']

export const HOUSEHOLD_FACT_ORDER: readonly string[] = [
  'existingStatus',
  'area',
  'perCapitaMonthlyIncome',
  'financialAssetsPerCapita',
  'ownsExtraHousing',
  'ownsVehicle',
  'suddenHardship',
  'heavyMedicalCosts'
]

export const MEMBER_DETAIL_ORDER: readonly string[] = [
  'hasDisability',
  'disabilityCertificate',
  'disabilityGrade',
  'disabilityCategory',
  'needsLongTermCare',
  'seriouslyIll',
  'canWork',
  'monthlyIncome',
  'hasAbleSupporter',
  'isFullTimeStudent',
  'inEmployeePension',
  'inEmployeeMedical',
  'hasResidencePermit'
]

function askingRank(key: string, memberIndex: ReadonlyMap<string, number>): number {
  const at = key.indexOf('@')
  if (at < 0) return key === 'members' ? -1 : 100_000 + HOUSEHOLD_FACT_ORDER.indexOf(key)
  const fact = key.slice(0, at)
  const member = memberIndex.get(key.slice(at + 1)) ?? 0
  const first = FIRST_MEMBER_FACTS.indexOf(fact)
  return first >= 0 ? member * 10 + first : 200_000 + member * 100 + MEMBER_DETAIL_ORDER.indexOf(fact)
}

/**
 * Answer keys in the order the questionnaire would ask for them.
 * @example inAskingOrder(['area', 'age@b', 'hasDisability@a', 'age@a'], new Map([['a', 0], ['b', 1]]))
 *   // ['age@a', 'age@b', 'area', 'hasDisability@a']
 */
export function inAskingOrder(keys: readonly string[], memberIndex: ReadonlyMap<string, number>): string[] {
  return [...keys].sort((a, b) => askingRank(a, memberIndex) - askingRank(b, memberIndex))
}

/** What each fact is called where a sentence lists what is still needed (「还需要了解：您的年龄」). */
const HOUSEHOLD_FACTS: Record<string, string> = {
  members: '家里有哪些人',
  area: '您家适用城镇还是农村标准',
  perCapitaMonthlyIncome: '家庭人均月收入',
  financialAssetsPerCapita: '家庭存款、理财等金融资产',
  ownsExtraHousing: '家里有没有其他房产',
  ownsVehicle: '家里有没有机动车',
  existingStatus: '您家是否已是低保、特困或低保边缘家庭',
  suddenHardship: '最近有没有遇到突发困难',
  heavyMedicalCosts: '看病自付的医药费多不多'
}

const MEMBER_FACTS: Record<string, string> = {
  age: '的年龄',
  localHukou: '的户口在不在本街道',
  hasResidencePermit: '有没有本地居住证',
  hasDisability: '有没有残疾',
  disabilityCertificate: '有没有第二代残疾人证',
  disabilityGrade: '的残疾等级',
  disabilityCategory: '的残疾类别',
  needsLongTermCare: '是否需要长期照料',
  canWork: '有没有劳动能力',
  monthlyIncome: '自己每月的收入',
  seriouslyIll: '有没有重特大疾病',
  hasAbleSupporter: '有没有能赡养、扶养的家人',
  isFullTimeStudent: '是不是在校学生',
  inEmployeePension: '有没有参加职工养老保险',
  inEmployeeMedical: '有没有参加职工医保'
}

/**
 * A fact's answer key in words.
 * @example factLabel('age@m2', new Map([['m2', '您的配偶']])) // '您的配偶的年龄'
 */
export function factLabel(key: string, whoById: ReadonlyMap<string, string>): string {
  const at = key.indexOf('@')
  if (at < 0) return HOUSEHOLD_FACTS[key] ?? key
  const fact = key.slice(0, at)
  const who = whoById.get(key.slice(at + 1)) ?? '家人'
  return `${who}${MEMBER_FACTS[fact] ?? fact}`
}
