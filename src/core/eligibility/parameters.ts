import { formatChineseDate } from '../notices/dates'
import type { ParameterSet, ParameterUse, ParameterValues, ParameterVersion } from '../schemas/eligibility'

/**
 * The version of the local parameters in force on `asOf`: the one with the latest `effectiveFrom`
 * on or before that day. Undefined when none had taken effect yet.
 * @example parametersInForce(DEMO_PARAMETERS, '2026-03-01')?.version // 'canglan-2026'
 */
export function parametersInForce(history: readonly ParameterSet[], asOf: string): ParameterSet | undefined {
  let best: ParameterSet | undefined
  for (const set of history) {
    if (set.effectiveFrom <= asOf && (!best || set.effectiveFrom > best.effectiveFrom)) best = set
  }
  return best
}

export function versionOf(set: ParameterSet): ParameterVersion {
  return { version: set.version, effectiveFrom: set.effectiveFrom, source: set.source, example: set.example }
}

/** What each parameter is called on screen. */
export const PARAMETER_LABELS: Record<keyof ParameterValues, string> = {
  dibaoUrbanMonthly: '城市低保标准（每人每月）',
  dibaoRuralMonthly: '农村低保标准（每人每月）',
  financialAssetsLimitMonths: '人均金融资产限额（低保标准的月数）',
  lowIncomeMultiplier: '低保边缘家庭收入标准（低保标准的倍数）',
  tekunElderlyAge: '特困供养的老年人年龄',
  minorAgeBelow: '未成年人年龄（不满）',
  tekunIncapacityGrades: '视为无劳动能力的残疾等级',
  tekunSupportMultiplier: '特困人员基本生活标准（低保标准的倍数）',
  temporaryAssistanceMaxMonths: '临时救助一般上限（低保标准的月数）',
  medicalAssistanceRate: '医疗救助比例',
  medicalAssistanceAnnualCap: '医疗救助年度最高额',
  livingSubsidyCoversLowIncome: '生活补贴覆盖低保边缘家庭',
  disabilityLivingMonthly: '困难残疾人生活补贴（每人每月）',
  careGradesAnyCategory: '可领护理补贴的残疾等级',
  careGradesIntellectualMental: '可领护理补贴的智力、精神残疾等级',
  careMonthlyByGrade: '重度残疾人护理补贴（每人每月）',
  oldAgeBands: '高龄津贴档次',
  pensionMinAge: '城乡居民养老保险参保年龄',
  pensionPayoutAge: '城乡居民养老保险领取年龄',
  pensionMinContributionYears: '领取养老金的最低累计缴费年限',
  pensionBasicMonthly: '基础养老金（每人每月）',
  medicalInsuranceAnnualContribution: '城乡居民医保个人缴费（每人每年）',
  vehicleDisqualifies: '有机动车（残疾人代步车除外）不能申请低保、特困',
  extraHousingDisqualifies: '除自住房外有其他房产不能申请低保、特困',
  applyAtResidenceWithPermit: '持本地居住证可在居住地申请低保、特困'
}

// Per parameter set, label and value, the record of a parameter: a check cites the same parameters
// many times, and building a record each time was a large part of a check's garbage.
const usesBySet = new WeakMap<ParameterSet, Map<string, Map<number | string, ParameterUse>>>()

/** The record of one parameter a criterion used: its value and the version it came from. */
export function parameterUse(set: ParameterSet, name: keyof ParameterValues, value: number | string, label = PARAMETER_LABELS[name]): ParameterUse {
  let byLabel = usesBySet.get(set)
  if (!byLabel) {
    byLabel = new Map()
    usesBySet.set(set, byLabel)
  }
  let byValue = byLabel.get(label)
  if (!byValue) {
    byValue = new Map()
    byLabel.set(label, byValue)
  }
  let use = byValue.get(value)
  if (!use) {
    use = { name, label, value, version: set.version, effectiveFrom: set.effectiveFrom, source: set.source, example: set.example }
    byValue.set(value, use)
  }
  return use
}

/**
 * How a sentence cites the parameters' version, e.g. 「（2026年1月1日起执行的示例本地标准）」: the date
 * as residents write it, and no 「，」 inside, so that a clause stays one clause.
 */
export function citation(set: ParameterSet): string {
  let text = citations.get(set)
  if (text === undefined) {
    const from = formatChineseDate(set.effectiveFrom)
    text = set.example ? `（${from}起执行的示例本地标准）` : `（${from}起执行的本地标准）`
    citations.set(set, text)
  }
  return text
}

const citations = new WeakMap<ParameterSet, string>()

const DEMO_SOURCE_2025 = '沧澜市民政局 沧澜市财政局关于公布2025年城乡社会救助和社会福利标准的通知（虚构的示例本地标准）'
const DEMO_SOURCE_2026 = '沧澜市民政局 沧澜市财政局关于提高2026年城乡社会救助和社会福利标准的通知（虚构的示例本地标准）'

const DEMO_VALUES_2025: ParameterValues = {
  dibaoUrbanMonthly: 1400,
  dibaoRuralMonthly: 1150,
  financialAssetsLimitMonths: 24,
  lowIncomeMultiplier: 1.5,
  tekunElderlyAge: 60,
  minorAgeBelow: 16,
  tekunIncapacityGrades: { intellectualMental: [1, 2, 3], physical: [1, 2], visual: [1] },
  tekunSupportMultiplier: 1.3,
  temporaryAssistanceMaxMonths: 6,
  medicalAssistanceRate: 0.7,
  medicalAssistanceAnnualCap: 60000,
  livingSubsidyCoversLowIncome: true,
  disabilityLivingMonthly: 100,
  careGradesAnyCategory: [1, 2],
  careGradesIntellectualMental: [3, 4],
  careMonthlyByGrade: { grade1: 200, grade2: 150, grade3: 100, grade4: 100 },
  oldAgeBands: [
    { fromAge: 80, monthly: 100 },
    { fromAge: 90, monthly: 300 },
    { fromAge: 100, monthly: 1000 }
  ],
  pensionMinAge: 16,
  pensionPayoutAge: 60,
  pensionMinContributionYears: 15,
  pensionBasicMonthly: 230,
  medicalInsuranceAnnualContribution: 400,
  vehicleDisqualifies: true,
  extraHousingDisqualifies: true
}

/**
 * The demo office's parameters: invented values of a plausible order (a large city's urban 低保
 * standard is of the order of 1,400–1,500 yuan), every version marked `example`. An office replaces
 * them by importing its own (`npm run eligibility:import -- FILE`).
 */
export const DEMO_PARAMETERS: readonly ParameterSet[] = [
  { version: 'canglan-2025', effectiveFrom: '2025-01-01', source: DEMO_SOURCE_2025, example: true, values: DEMO_VALUES_2025 },
  {
    version: 'canglan-2026',
    effectiveFrom: '2026-01-01',
    source: DEMO_SOURCE_2026,
    example: true,
    values: {
      ...DEMO_VALUES_2025,
      dibaoUrbanMonthly: 1450,
      dibaoRuralMonthly: 1200,
      disabilityLivingMonthly: 110,
      pensionBasicMonthly: 250,
      medicalInsuranceAnnualContribution: 420,
      applyAtResidenceWithPermit: true
    }
  }
]
