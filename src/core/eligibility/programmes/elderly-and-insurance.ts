import { localHukou, notFullTimeStudent, notInEmployeeMedical, notInEmployeePension, oldAgeAllowanceAge, pensionAge, registeredOrResident } from '../criteria'
import { formatYuan as y } from '../format'
import { all } from '../logic'
import { citation, parameterUse } from '../parameters'
import type { Programme } from '../programme'

/** 高龄津贴: a local benefit for registered residents from the first band's age, rising with age. */
export const oldAgeAllowance: Programme = {
  id: 'old_age_allowance',
  name: '高龄津贴',
  scope: 'member',
  departmentKey: 'social-affairs',
  guideName: '高龄津贴申领',
  legalBasis: ['《中华人民共和国老年人权益保障法》', '《沧澜市高龄津贴发放办法》（虚构的本地规定）'],
  materials: ['居民身份证', '户口簿', '老人本人的社保卡（用于发放津贴）'],
  rule: all('oldAgeAllowance', '高龄津贴的条件', localHukou, oldAgeAllowanceAge),
  amount(context) {
    const bands = context.params.values.oldAgeBands
    const age = context.member?.age
    const band = age === undefined ? undefined : [...bands].reverse().find((b) => age >= b.fromAge)
    if (!band) {
      const list = bands.map((b) => `${b.fromAge} 岁起每月 ${y(b.monthly)} 元`).join('，')
      return { kind: 'assessed', text: `按年龄分档：${list}${citation(context.params)}`, parameters: [] }
    }
    return {
      kind: 'fixed',
      yuan: band.monthly,
      period: 'month',
      text: `${band.fromAge} 周岁以上每人每月 ${y(band.monthly)} 元${citation(context.params)}`,
      parameters: [parameterUse(context.params, 'oldAgeBands', band.monthly, `${band.fromAge} 周岁起的高龄津贴（每人每月）`)]
    }
  }
}

/**
 * 城乡居民基本养老保险（国发〔2014〕8号）: registered residents from 16, not full-time students, outside the
 * employees' scheme. A pension from 60 after 15 years of contributions.
 */
export const residentPension: Programme = {
  id: 'resident_pension',
  name: '城乡居民基本养老保险',
  scope: 'member',
  departmentKey: 'labour',
  guideName: '城乡居民基本养老保险参保登记',
  legalBasis: ['《中华人民共和国社会保险法》', '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）'],
  materials: ['居民身份证', '户口簿', '城乡居民基本养老保险参保登记表（窗口免费提供）'],
  rule: all('residentPension', '参加城乡居民养老保险的条件', localHukou, pensionAge, notFullTimeStudent, notInEmployeePension),
  amount(context) {
    const v = context.params.values
    const uses = [
      parameterUse(context.params, 'pensionPayoutAge', v.pensionPayoutAge),
      parameterUse(context.params, 'pensionMinContributionYears', v.pensionMinContributionYears),
      parameterUse(context.params, 'pensionBasicMonthly', v.pensionBasicMonthly)
    ]
    const text = `参保后按年缴费；年满 ${v.pensionPayoutAge} 周岁、累计缴费满 ${v.pensionMinContributionYears} 年的，按月领取养老金：基础养老金每月 ${y(v.pensionBasicMonthly)} 元${citation(context.params)}，另加个人账户养老金`
    const age = context.member?.age
    if (age !== undefined && age >= v.pensionPayoutAge) return { kind: 'assessed', text, parameters: uses }
    return { kind: 'none', text, parameters: uses }
  }
}

/** 城乡居民基本医疗保险（国发〔2016〕3号）: residents not covered by the employees' medical insurance. */
export const residentMedicalInsurance: Programme = {
  id: 'resident_medical_insurance',
  name: '城乡居民基本医疗保险',
  scope: 'member',
  departmentKey: 'labour',
  guideName: '城乡居民基本医疗保险参保登记',
  legalBasis: ['《中华人民共和国社会保险法》', '《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）'],
  materials: ['居民身份证', '户口簿', '居住证（非本地户籍居民）'],
  rule: all('residentMedicalInsurance', '参加城乡居民医保的条件', registeredOrResident, notInEmployeeMedical),
  amount(context) {
    const contribution = context.params.values.medicalInsuranceAnnualContribution
    return {
      kind: 'none',
      text: `个人每年缴费 ${y(contribution)} 元${citation(context.params)}，看病按规定报销；低保、特困人员的个人缴费由政府资助`,
      parameters: [parameterUse(context.params, 'medicalInsuranceAnnualContribution', contribution)]
    }
  }
}
