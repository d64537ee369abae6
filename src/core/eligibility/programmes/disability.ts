import { hasDisability, holdsCertificate, inLivingSubsidyHousehold, localHukou, needsLongTermCare, severeForCare } from '../criteria'
import { formatYuan as y, gradeName } from '../format'
import { all } from '../logic'
import { citation, parameterUse } from '../parameters'
import type { Programme } from '../programme'

const BASIS = ['《中华人民共和国残疾人保障法》', '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）']

/** 困难残疾人生活补贴（国发〔2015〕52号）: people with disabilities in 低保 households, locally wider. */
export const disabilityLivingSubsidy: Programme = {
  id: 'disability_living_subsidy',
  name: '困难残疾人生活补贴',
  scope: 'member',
  departmentKey: 'disabled',
  guideName: '困难残疾人生活补贴申请',
  legalBasis: BASIS,
  materials: ['居民身份证', '第二代残疾人证', '户口簿', '低保证或低保边缘家庭证明（窗口可以帮您查询）'],
  rule: all('disabilityLivingSubsidy', '困难残疾人生活补贴的条件', hasDisability, holdsCertificate, localHukou, inLivingSubsidyHousehold),
  amount(context) {
    const monthly = context.params.values.disabilityLivingMonthly
    return {
      kind: 'fixed',
      yuan: monthly,
      period: 'month',
      text: `每人每月 ${y(monthly)} 元${citation(context.params)}`,
      parameters: [parameterUse(context.params, 'disabilityLivingMonthly', monthly)]
    }
  }
}

/**
 * 重度残疾人护理补贴（国发〔2015〕52号）: grade 一级 or 二级 of any category, and the locally listed grades of
 * intellectual and mental disability, for people who need long-term care.
 */
export const disabilityCareSubsidy: Programme = {
  id: 'disability_care_subsidy',
  name: '重度残疾人护理补贴',
  scope: 'member',
  departmentKey: 'disabled',
  guideName: '重度残疾人护理补贴申请',
  legalBasis: BASIS,
  materials: ['居民身份证', '第二代残疾人证', '代办人身份证（家属代办的）'],
  rule: all('disabilityCareSubsidy', '重度残疾人护理补贴的条件', hasDisability, holdsCertificate, localHukou, severeForCare, needsLongTermCare),
  amount(context) {
    const grade = context.member?.disabilityGrade
    const byGrade = context.params.values.careMonthlyByGrade
    if (grade === undefined) {
      return { kind: 'assessed', text: `按残疾等级每人每月 ${y(Math.min(...Object.values(byGrade)))}—${y(Math.max(...Object.values(byGrade)))} 元${citation(context.params)}`, parameters: [] }
    }
    const name = `grade${grade}` as keyof typeof byGrade
    const monthly = byGrade[name]
    return {
      kind: 'fixed',
      yuan: monthly,
      period: 'month',
      text: `${gradeName(grade)}残疾每人每月 ${y(monthly)} 元${citation(context.params)}`,
      parameters: [parameterUse(context.params, 'careMonthlyByGrade', monthly, `${gradeName(grade)}残疾护理补贴（每人每月）`)]
    }
  }
}
