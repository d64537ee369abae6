import type { Member, ParameterUse } from '../schemas/eligibility'
import { formatYuan as y, gradeList, gradeName } from './format'
import { all, any, criterion, factKey, fail, pass, someMember, unknown, type Criterion, type Finding, type RuleContext } from './logic'
import { citation, parameterUse } from './parameters'

/*
 * The named criteria the programmes are built from. Each reads facts of the household or of one
 * member and parameters of the version in force, and says in one sentence what it found. A fact the
 * resident has not given makes the criterion unknown, never failed.
 */

interface Standard {
  name: 'dibaoUrbanMonthly' | 'dibaoRuralMonthly'
  label: string
  value: number
}

/** The 低保 standard that applies: the area's, or both while the area is not known. */
function standards(context: RuleContext): Standard[] {
  const v = context.params.values
  const urban: Standard = { name: 'dibaoUrbanMonthly', label: '城市低保标准', value: v.dibaoUrbanMonthly }
  const rural: Standard = { name: 'dibaoRuralMonthly', label: '农村低保标准', value: v.dibaoRuralMonthly }
  if (context.household.area === 'urban') return [urban]
  if (context.household.area === 'rural') return [rural]
  return [urban, rural]
}

/** The standard of a known area, for amounts; undefined while the area is not known. */
export function standardOf(context: RuleContext): Standard | undefined {
  const found = standards(context)
  return found.length === 1 ? found[0] : undefined
}

export function standardUse(context: RuleContext, standard: Standard): ParameterUse {
  return parameterUse(context.params, standard.name, standard.value)
}

/**
 * Compares a household figure with a limit derived from the 低保 standard (scale × standard) under
 * each standard that may apply; where the urban and rural standards disagree, the area is needed.
 */
function againstStandard(
  context: RuleContext,
  value: number,
  scale: number,
  holds: (value: number, limit: number) => boolean,
  say: (holds: boolean, limit: number, standard: Standard) => string,
  extra: ParameterUse[] = []
): Finding {
  const candidates = standards(context)
  const uses = candidates.map((s) => standardUse(context, s)).concat(extra)
  const verdicts = candidates.map((s) => holds(value, scale * s.value))
  const cite = citation(context.params)
  if (verdicts.every((v) => v === verdicts[0])) {
    const standard = candidates[candidates.length - 1]
    const sentence = say(verdicts[0], scale * standard.value, standard) + cite
    return verdicts[0] ? pass(sentence, uses) : fail(sentence, uses)
  }
  const sentences = candidates.map((s, i) => say(verdicts[i], scale * s.value, s)).join('；')
  return unknown(`${sentences}${cite}。要看您家适用城市还是农村标准`, ['area'], uses)
}

export const incomeBelowStandard = criterion('incomeBelowStandard', '家庭人均收入低于本地低保标准', (context) => {
  const income = context.household.perCapitaMonthlyIncome
  if (income === undefined) return unknown('还不知道家庭人均月收入', ['perCapitaMonthlyIncome'])
  return againstStandard(
    context,
    income,
    1,
    (value, limit) => value < limit,
    (holds, limit, s) => `家庭人均月收入 ${y(income)} 元，${holds ? '低于' : '不低于'}本地${s.label} ${y(limit)} 元`
  )
}, true)

export const incomeBelowLowIncomeLine = criterion('incomeBelowLowIncomeLine', '家庭人均收入低于低保边缘家庭标准', (context) => {
  const income = context.household.perCapitaMonthlyIncome
  const multiplier = context.params.values.lowIncomeMultiplier
  if (income === undefined) return unknown('还不知道家庭人均月收入', ['perCapitaMonthlyIncome'])
  return againstStandard(
    context,
    income,
    multiplier,
    (value, limit) => value < limit,
    (holds, limit, s) => `家庭人均月收入 ${y(income)} 元，${holds ? '低于' : '不低于'}低保边缘家庭标准 ${y(limit)} 元（${s.label}的 ${multiplier} 倍）`,
    [parameterUse(context.params, 'lowIncomeMultiplier', multiplier)]
  )
}, true)

export const financialAssetsWithinLimit = criterion('financialAssetsWithinLimit', '家庭人均金融资产不超过限额', (context) => {
  const assets = context.household.financialAssetsPerCapita
  const months = context.params.values.financialAssetsLimitMonths
  if (assets === undefined) return unknown('还不知道家庭存款、理财等金融资产有多少', ['financialAssetsPerCapita'])
  return againstStandard(
    context,
    assets,
    months,
    (value, limit) => value <= limit,
    (holds, limit, s) => `家庭人均存款、理财等金融资产 ${y(assets)} 元，${holds ? '没有超过' : '超过了'}限额 ${y(limit)} 元（${s.label}的 ${months} 个月）`,
    [parameterUse(context.params, 'financialAssetsLimitMonths', months)]
  )
}, true)

function householdFact(
  id: string,
  label: string,
  fact: 'ownsExtraHousing' | 'ownsVehicle' | 'suddenHardship' | 'heavyMedicalCosts',
  passesWhen: boolean,
  say: { yes: string; no: string; unknown: string }
): Criterion {
  return criterion(id, label, (context) => {
    const value = context.household[fact]
    if (value === undefined) return unknown(say.unknown, [fact])
    const sentence = value ? say.yes : say.no
    return value === passesWhen ? pass(sentence) : fail(sentence)
  }, true)
}

export const noExtraHousing = householdFact('noExtraHousing', '除自住房外没有其他房产', 'ownsExtraHousing', false, {
  yes: '除了自己住的房子，家里还有其他房产',
  no: '除了自己住的房子，家里没有其他房产',
  unknown: '还不知道家里除自住房外有没有其他房产'
})

export const noVehicle = householdFact('noVehicle', '没有机动车', 'ownsVehicle', false, {
  yes: '家里有机动车（残疾人代步车除外）',
  no: '家里没有机动车',
  unknown: '还不知道家里有没有机动车'
})

export const suddenHardship = householdFact('suddenHardship', '遇到突发、临时的生活困难', 'suddenHardship', true, {
  yes: '家里最近遇到了火灾、事故、突发重病等突然的困难',
  no: '家里最近没有遇到突然的困难',
  unknown: '还不知道家里最近有没有遇到突然的困难'
})

export const heavyMedicalCosts = householdFact('heavyMedicalCosts', '医保报销后自付医疗费用较重', 'heavyMedicalCosts', true, {
  yes: '家里有人看病，医保报销后自己负担的医药费较多',
  no: '家里没有医保报销后还要自己负担很多的医药费',
  unknown: '还不知道家里有没有看病自付较多的医药费'
})

const STATUS_NAMES = { dibao: '低保家庭', tekun: '特困供养家庭', low_income: '低保边缘家庭', none: '不是低保、特困或低保边缘家庭' } as const

export const inAssistedGroup = criterion('inAssistedGroup', '是低保、特困或低保边缘家庭', (context) => {
  const status = context.household.existingStatus
  if (status === undefined) return unknown('还不知道您家是否已经是低保、特困或低保边缘家庭', ['existingStatus'])
  return status === 'none' ? fail('您家目前不是低保、特困或低保边缘家庭') : pass(`您家是${STATUS_NAMES[status]}`)
}, true)

/** 国发〔2015〕52号: 生活补贴 for members of 低保 households; many places add 低保边缘家庭. */
export const inLivingSubsidyHousehold = criterion('inLivingSubsidyHousehold', '是低保家庭（或本地规定的低保边缘家庭）', (context) => {
  const status = context.household.existingStatus
  const coversLowIncome = context.params.values.livingSubsidyCoversLowIncome
  const uses = [parameterUse(context.params, 'livingSubsidyCoversLowIncome', coversLowIncome ? '是' : '否')]
  if (status === undefined) return unknown('还不知道您家是否已经是低保家庭', ['existingStatus'], uses)
  if (status === 'dibao') return pass('您家是低保家庭', uses)
  if (status === 'low_income' && coversLowIncome) return pass(`您家是低保边缘家庭，本地生活补贴也覆盖低保边缘家庭${citation(context.params)}`, uses)
  if (status === 'low_income') return fail('您家是低保边缘家庭，本地生活补贴只发给低保家庭', uses)
  if (status === 'tekun') return fail('特困供养人员按特困供养标准保障，不再另发困难残疾人生活补贴', uses)
  return fail('您家目前不是低保家庭（家庭收入低的，可以先申请低保）', uses)
}, true)

export const someoneLocalHukou = someMember(
  'someoneLocalHukou',
  '家中有本地户籍成员',
  criterion('localHukou', '户口在本街道', (context) => memberYesNo(context, 'localHukou', true, {
    yes: '的户口在本街道',
    no: '的户口不在本街道',
    unknown: '的户口是否在本街道'
  }))
)

type MemberYesNoFact =
  | 'localHukou'
  | 'hasResidencePermit'
  | 'hasDisability'
  | 'disabilityCertificate'
  | 'needsLongTermCare'
  | 'canWork'
  | 'hasIncomeSource'
  | 'hasAbleSupporter'
  | 'isFullTimeStudent'
  | 'inEmployeePension'
  | 'inEmployeeMedical'

function currentMember(context: RuleContext): Member {
  if (!context.member) throw new Error('a member criterion was used outside someMember or a member programme')
  return context.member
}

/** A yes/no fact of the member; `say` completes 「{who}…」 (yes, no) and 「还不知道{who}…」 (unknown). */
function memberYesNo(context: RuleContext, fact: MemberYesNoFact, passesWhen: boolean, say: { yes: string; no: string; unknown: string }): Finding {
  const member = currentMember(context)
  const value = member[fact]
  if (value === undefined) return unknown(`还不知道${context.who}${say.unknown}`, [factKey(fact, member.id)])
  const sentence = `${context.who}${value ? say.yes : say.no}`
  return value === passesWhen ? pass(sentence) : fail(sentence)
}

function memberCriterion(id: string, label: string, fact: MemberYesNoFact, passesWhen: boolean, say: { yes: string; no: string; unknown: string }): Criterion {
  return criterion(id, label, (context) => memberYesNo(context, fact, passesWhen, say))
}

export const localHukou = memberCriterion('localHukou', '户口在本街道', 'localHukou', true, {
  yes: '的户口在本街道',
  no: '的户口不在本街道',
  unknown: '的户口是否在本街道'
})

export const hasResidencePermit = memberCriterion('hasResidencePermit', '持有本地居住证', 'hasResidencePermit', true, {
  yes: '持有本地居住证',
  no: '没有本地居住证',
  unknown: '有没有本地居住证'
})

export const hasDisability = memberCriterion('hasDisability', '是残疾人', 'hasDisability', true, {
  yes: '有残疾',
  no: '没有残疾',
  unknown: '有没有残疾'
})

export const holdsCertificate = memberCriterion('holdsCertificate', '持有第二代残疾人证', 'disabilityCertificate', true, {
  yes: '持有第二代残疾人证',
  no: '还没有第二代残疾人证（可以先到街道残联窗口申请残疾评定、办理残疾人证）',
  unknown: '有没有第二代残疾人证'
})

export const needsLongTermCare = memberCriterion('needsLongTermCare', '需要长期照护', 'needsLongTermCare', true, {
  yes: '需要别人长期照料',
  no: '不需要别人长期照料',
  unknown: '是否需要别人长期照料'
})

export const declaredUnableToWork = memberCriterion('declaredUnableToWork', '经认定没有劳动能力', 'canWork', false, {
  yes: '有劳动能力',
  no: '没有劳动能力',
  unknown: '有没有劳动能力'
})

export const noIncomeSource = memberCriterion('noIncomeSource', '没有生活来源', 'hasIncomeSource', false, {
  yes: '有稳定的收入（生活来源）',
  no: '没有稳定的收入（生活来源）',
  unknown: '有没有稳定的收入'
})

export const noAbleSupporter = memberCriterion('noAbleSupporter', '没有法定赡养、抚养、扶养义务人，或者义务人没有能力', 'hasAbleSupporter', false, {
  yes: '有能够赡养、抚养或扶养的家人',
  no: '没有能够赡养、抚养或扶养的家人',
  unknown: '有没有能够赡养、抚养或扶养的家人'
})

export const notFullTimeStudent = memberCriterion('notFullTimeStudent', '不是在校全日制学生', 'isFullTimeStudent', false, {
  yes: '是在校全日制学生',
  no: '不是在校全日制学生',
  unknown: '是不是在校全日制学生'
})

export const notInEmployeePension = memberCriterion('notInEmployeePension', '没有参加职工基本养老保险', 'inEmployeePension', false, {
  yes: '已参加职工基本养老保险，不能重复参加城乡居民养老保险',
  no: '没有参加职工基本养老保险',
  unknown: '有没有参加职工基本养老保险'
})

export const notInEmployeeMedical = memberCriterion('notInEmployeeMedical', '没有参加职工基本医疗保险', 'inEmployeeMedical', false, {
  yes: '已参加职工基本医疗保险，不能重复参加城乡居民医保',
  no: '没有参加职工基本医疗保险',
  unknown: '有没有参加职工基本医疗保险'
})

type AgeParameter = 'tekunElderlyAge' | 'minorAgeBelow' | 'pensionMinAge' | 'pensionPayoutAge'

function memberAge(id: string, label: string, parameter: AgeParameter, comparison: 'atLeast' | 'below'): Criterion {
  return criterion(id, label, (context) => {
    const member = currentMember(context)
    const limit = context.params.values[parameter]
    const uses = [parameterUse(context.params, parameter, limit)]
    if (member.age === undefined) return unknown(`还不知道${context.who}的年龄`, [factKey('age', member.id)], uses)
    const holds = comparison === 'atLeast' ? member.age >= limit : member.age < limit
    const relation = comparison === 'atLeast' ? (holds ? '已满' : '不满') : holds ? '不满' : '已满'
    const sentence = `${context.who}今年 ${member.age} 岁，${relation} ${limit} 周岁`
    return holds ? pass(sentence, uses) : fail(sentence, uses)
  })
}

export const elderlyForSupport = memberAge('elderlyForSupport', '老年人', 'tekunElderlyAge', 'atLeast')
export const minor = memberAge('minor', '未成年人', 'minorAgeBelow', 'below')
export const pensionAge = memberAge('pensionAge', '达到参保年龄', 'pensionMinAge', 'atLeast')

export const oldAgeAllowanceAge = criterion('oldAgeAllowanceAge', '达到高龄津贴的年龄', (context) => {
  const member = currentMember(context)
  const from = context.params.values.oldAgeBands[0].fromAge
  const uses = [parameterUse(context.params, 'oldAgeBands', from, '高龄津贴起始年龄')]
  if (member.age === undefined) return unknown(`还不知道${context.who}的年龄`, [factKey('age', member.id)], uses)
  const sentence = `${context.who}今年 ${member.age} 岁，${member.age >= from ? '已满' : '不满'} ${from} 周岁${citation(context.params)}`
  return member.age >= from ? pass(sentence, uses) : fail(sentence, uses)
})

type GradeParameter = 'careGradesAnyCategory' | 'careGradesIntellectualMental'

/**
 * Reads the disability grade, and the category where the grade alone does not decide. A member
 * without a disability fails without being asked the grade.
 */
function disabilityGrade(
  context: RuleContext,
  decide: (grade: number) => { byGradeAlone: boolean | undefined; forCategory: (category: NonNullable<Member['disabilityCategory']>) => boolean },
  say: (holds: boolean, grade: number, category?: string) => string,
  uses: ParameterUse[]
): Finding {
  const member = currentMember(context)
  if (member.hasDisability === false) return fail(`${context.who}没有残疾`, uses)
  if (member.disabilityGrade === undefined) {
    const needs = member.hasDisability === undefined ? [factKey('hasDisability', member.id), factKey('disabilityGrade', member.id)] : [factKey('disabilityGrade', member.id)]
    return unknown(`还不知道${context.who}的残疾等级`, needs, uses)
  }
  const grade = member.disabilityGrade
  const rule = decide(grade)
  if (rule.byGradeAlone !== undefined) return rule.byGradeAlone ? pass(say(true, grade), uses) : fail(say(false, grade), uses)
  if (member.disabilityCategory === undefined) return unknown(`${context.who}是${gradeName(grade)}残疾，还要看残疾类别`, [factKey('disabilityCategory', member.id)], uses)
  const category = CATEGORY_NAMES[member.disabilityCategory]
  return rule.forCategory(member.disabilityCategory) ? pass(say(true, grade, category), uses) : fail(say(false, grade, category), uses)
}

export const CATEGORY_NAMES: Record<NonNullable<Member['disabilityCategory']>, string> = {
  visual: '视力残疾',
  hearing: '听力残疾',
  speech: '言语残疾',
  physical: '肢体残疾',
  intellectual: '智力残疾',
  mental: '精神残疾',
  multiple: '多重残疾'
}

/** 特困人员认定办法 第六条（三）: the grades and categories that count as having no ability to work. */
export const incapacityByDisability = criterion('incapacityByDisability', '残疾等级视为无劳动能力', (context) => {
  const grades = context.params.values.tekunIncapacityGrades
  const uses = [parameterUse(context.params, 'tekunIncapacityGrades', `智力、精神残疾${gradeList(grades.intellectualMental)}；肢体残疾${gradeList(grades.physical)}；视力残疾${gradeList(grades.visual)}`)]
  return disabilityGrade(
    context,
    (grade) => {
      const lists = [grades.intellectualMental, grades.physical, grades.visual]
      return {
        byGradeAlone: lists.some((list) => list.includes(grade)) ? undefined : false,
        forCategory: (category) =>
          ((category === 'intellectual' || category === 'mental') && grades.intellectualMental.includes(grade)) ||
          (category === 'physical' && grades.physical.includes(grade)) ||
          (category === 'visual' && grades.visual.includes(grade))
      }
    },
    (holds, grade, category) => `${context.who}是${gradeName(grade)}${category ?? '残疾'}，${holds ? '按规定视为无劳动能力' : '按规定不能仅凭残疾等级视为无劳动能力'}`,
    uses
  )
})

/** 国发〔2015〕52号: grades 一级 and 二级 of any category, and locally listed grades of 智力、精神残疾. */
export const severeForCare = criterion('severeForCare', '残疾等级符合护理补贴条件', (context) => {
  const v = context.params.values
  const uses = (['careGradesAnyCategory', 'careGradesIntellectualMental'] as GradeParameter[]).map((name) => parameterUse(context.params, name, gradeList(v[name])))
  return disabilityGrade(
    context,
    (grade) => ({
      byGradeAlone: v.careGradesAnyCategory.includes(grade) ? true : v.careGradesIntellectualMental.includes(grade) ? undefined : false,
      forCategory: (category) => (category === 'intellectual' || category === 'mental') && v.careGradesIntellectualMental.includes(grade)
    }),
    (holds, grade, category) =>
      `${context.who}是${gradeName(grade)}${category ?? '残疾'}，${holds ? '属于' : '不属于'}护理补贴的范围（${gradeList(v.careGradesAnyCategory)}残疾，以及${gradeList(v.careGradesIntellectualMental)}智力、精神残疾）${citation(context.params)}`,
    uses
  )
})

/** 特困人员认定办法 第六条: who counts as having no ability to work. */
export const noAbilityToWork = any('noAbilityToWork', '没有劳动能力', elderlyForSupport, minor, incapacityByDisability, declaredUnableToWork)

export const inSupportedGroup = any('inSupportedGroup', '属于老年人、残疾人或未成年人', elderlyForSupport, hasDisability, minor)

export const registeredOrResident = any('registeredOrResident', '有本地户口或本地居住证', localHukou, hasResidencePermit)

export const propertyWithinLimits = all('propertyWithinLimits', '家庭财产符合规定', financialAssetsWithinLimit, noExtraHousing, noVehicle)

export const lowIncomeHousehold = all('lowIncomeHousehold', '收入和财产符合低保边缘家庭条件', incomeBelowLowIncomeLine, propertyWithinLimits)
