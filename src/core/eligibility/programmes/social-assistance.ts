import {
  heavyMedicalCosts,
  illnessImpoverished,
  inAssistedGroup,
  inDibaoOrTekun,
  inSupportedGroup,
  incomeBelowStandard,
  lowIncomeHousehold,
  noAbilityToWork,
  noAbleSupporter,
  noLivingSource,
  propertyWithinLimits,
  registeredHereForAssistance,
  singlePersonDibao,
  someoneRegisteredHere,
  standardOf,
  standardUse,
  suddenHardship
} from '../criteria'
import { formatRate, formatYuan as y } from '../format'
import { all, any } from '../logic'
import { citation, parameterUse } from '../parameters'
import type { Programme } from '../programme'

const ID_CARD = '居民身份证'
const HOUSEHOLD_BOOK = '户口簿'

/**
 * 最低生活保障（社会救助暂行办法 第九条）: a household registered here (or, where the local standard
 * allows, living here with a residence permit: 最低生活保障审核确认办法 第四条、第五条) whose per-capita
 * income is below the local standard and whose property meets the local limits. The urban and the
 * rural standard are one programme with two parameters; the household's area chooses. A seriously ill
 * or severely disabled member of a household just above the line may apply alone (单人保, 第十条).
 */
export const dibao: Programme = {
  id: 'dibao',
  name: '最低生活保障（低保）',
  scope: 'household',
  departmentKey: 'social-affairs',
  guideName: '最低生活保障申请',
  legalBasis: ['《社会救助暂行办法》第二章', '《最低生活保障审核确认办法》（民发〔2021〕57号）'],
  materials: [ID_CARD, HOUSEHOLD_BOOK, '最低生活保障申请书（窗口免费提供）', '家庭成员收入证明', '残疾人证或病历（家里有残疾人或重病人的）'],
  rule: all(
    'dibao',
    '申请低保的条件',
    someoneRegisteredHere,
    any('dibaoIncome', '收入符合条件（整户或单人保）', incomeBelowStandard, singlePersonDibao),
    propertyWithinLimits
  ),
  amount(context) {
    const standard = standardOf(context)
    const income = context.household.perCapitaMonthlyIncome
    if (!standard || income === undefined) {
      return { kind: 'assessed', text: '按家庭人均收入与低保标准的差额按月补足，具体金额由入户核查后确定', parameters: [] }
    }
    const people = context.household.members.length
    const gap = Math.max(0, standard.value - income) * people
    return {
      kind: 'fixed',
      yuan: gap,
      period: 'month',
      text: `估算每月约 ${y(gap)} 元：（${standard.label} ${y(standard.value)} 元 − 家庭人均月收入 ${y(income)} 元）× ${people} 人${citation(context.params)}，实际金额以核查结果为准`,
      parameters: [standardUse(context, standard)]
    }
  }
}

/**
 * 特困人员救助供养（社会救助暂行办法 第十四条，特困人员认定办法 第四条至第八条）: an older person, a person
 * with a disability or a minor under 16 with no ability to work, no source of living (第八条: income below
 * the local 低保 standard, property within the limits) and no one able and obliged to support them.
 */
export const tekun: Programme = {
  id: 'tekun',
  name: '特困人员救助供养',
  scope: 'member',
  departmentKey: 'social-affairs',
  guideName: '特困人员救助供养申请',
  legalBasis: ['《社会救助暂行办法》第三章', '《特困人员认定办法》（民发〔2021〕43号）'],
  materials: [ID_CARD, HOUSEHOLD_BOOK, '特困人员救助供养申请书（窗口免费提供）', '残疾人证或诊断证明（因残疾或疾病申请的）'],
  rule: all('tekun', '特困供养的条件', registeredHereForAssistance, inSupportedGroup, noAbilityToWork, noLivingSource, noAbleSupporter),
  amount(context) {
    const v = context.params.values
    const multiplier = v.tekunSupportMultiplier
    const uses = [parameterUse(context.params, 'tekunSupportMultiplier', multiplier)]
    const standard = standardOf(context)
    const note = '另按生活自理能力发放照料护理补贴'
    if (standard) {
      const amount = standard.value * multiplier
      return {
        kind: 'fixed',
        yuan: amount,
        period: 'month',
        text: `基本生活标准每月约 ${y(amount)} 元（${standard.label} ${y(standard.value)} 元的 ${multiplier} 倍）${citation(context.params)}，${note}`,
        parameters: [standardUse(context, standard), ...uses]
      }
    }
    const low = Math.min(v.dibaoUrbanMonthly, v.dibaoRuralMonthly) * multiplier
    const high = Math.max(v.dibaoUrbanMonthly, v.dibaoRuralMonthly) * multiplier
    return {
      kind: 'band',
      minYuan: low,
      maxYuan: high,
      period: 'month',
      text: `基本生活标准每月约 ${y(low)}—${y(high)} 元（低保标准的 ${multiplier} 倍，城乡不同）${citation(context.params)}，${note}`,
      parameters: [parameterUse(context.params, 'dibaoUrbanMonthly', v.dibaoUrbanMonthly), parameterUse(context.params, 'dibaoRuralMonthly', v.dibaoRuralMonthly), ...uses]
    }
  }
}

/**
 * 临时救助（社会救助暂行办法 第四十七条）: sudden, urgent or temporary hardship that other assistance does
 * not cover. The amount is decided case by case within a local ceiling.
 */
export const temporaryAssistance: Programme = {
  id: 'temporary_assistance',
  name: '临时救助',
  scope: 'household',
  departmentKey: 'social-affairs',
  guideName: '临时救助申请',
  legalBasis: ['《社会救助暂行办法》第十章', '《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）'],
  materials: [ID_CARD, '临时救助申请书（窗口免费提供）', '遭遇困难的证明（例如医疗费发票、火灾或事故证明，一时拿不出的可以后补）'],
  rule: all('temporaryAssistance', '临时救助的条件', suddenHardship),
  amount(context) {
    const v = context.params.values
    const months = v.temporaryAssistanceMaxMonths
    const standard = standardOf(context)
    const value = standard ? standard.value : Math.max(v.dibaoUrbanMonthly, v.dibaoRuralMonthly)
    const label = standard ? standard.label : '低保标准'
    const cap = value * months
    return {
      kind: 'assessed',
      upToYuan: cap,
      text: `按困难程度一事一议，一般不超过 ${y(cap)} 元（${label}的 ${months} 个月）${citation(context.params)}；情况紧急的先行救助`,
      parameters: [parameterUse(context.params, 'temporaryAssistanceMaxMonths', months)]
    }
  }
}

/**
 * 医疗救助（社会救助暂行办法 第二十八条，国办发〔2021〕42号）: 低保 and 特困 members have their insurance
 * contribution paid (资助参保) without a current bill; low-income marginal households are assisted for
 * what basic medical insurance leaves them to pay; above that line, a 因病致贫重病患者 may apply and the
 * office assesses.
 */
export const medicalAssistance: Programme = {
  id: 'medical_assistance',
  name: '医疗救助',
  scope: 'household',
  departmentKey: 'social-affairs',
  guideName: '医疗救助申请',
  legalBasis: ['《社会救助暂行办法》第六章', '《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》（国办发〔2021〕42号）'],
  materials: [ID_CARD, '医疗费用发票和医保结算单（看病后一年内申请）', '出院小结或病历'],
  rule: any(
    'medicalAssistance',
    '医疗救助的条件（符合一项即可）',
    inDibaoOrTekun,
    all('medicalAssistanceCosts', '低保边缘家庭看病自付费用较重', any('medicalAssistanceGroup', '属于医疗救助对象', inAssistedGroup, lowIncomeHousehold), heavyMedicalCosts),
    illnessImpoverished
  ),
  amount(context) {
    const v = context.params.values
    return {
      kind: 'assessed',
      upToYuan: v.medicalAssistanceAnnualCap,
      text: `医保报销后政策范围内自付的费用，按 ${formatRate(v.medicalAssistanceRate)} 左右的比例救助，每年最多 ${y(v.medicalAssistanceAnnualCap)} 元${citation(context.params)}；低保、特困人员参加居民医保的个人缴费由政府资助，在定点医院出院时直接减免`,
      parameters: [
        parameterUse(context.params, 'medicalAssistanceRate', v.medicalAssistanceRate),
        parameterUse(context.params, 'medicalAssistanceAnnualCap', v.medicalAssistanceAnnualCap)
      ]
    }
  }
}
