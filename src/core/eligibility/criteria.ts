import type { Member, ParameterUse } from '../schemas/eligibility'
import { formatYuan as y, gradeList, gradeName } from './format'
import { all, any, askAtWindow, criterion, elsewhere, factKey, fail, failLocally, pass, someMember, unknown, unknownLocally, unknownRegistration, withoutRepeats, type Criterion, type Finding, type RuleContext } from './logic'
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
function standards(context: RuleContext): readonly Standard[] {
  let byArea = standardsBySet.get(context.params)
  if (!byArea) {
    const v = context.params.values
    const urban: Standard = { name: 'dibaoUrbanMonthly', label: '城市低保标准', value: v.dibaoUrbanMonthly }
    const rural: Standard = { name: 'dibaoRuralMonthly', label: '农村低保标准', value: v.dibaoRuralMonthly }
    byArea = { urban: [urban], rural: [rural], unknown: [urban, rural] }
    standardsBySet.set(context.params, byArea)
  }
  return byArea[context.household.area ?? 'unknown']
}

// Per parameter set, built once: every comparison with the standard asks for them.
const standardsBySet = new WeakMap<object, Record<'urban' | 'rural' | 'unknown', readonly Standard[]>>()

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
  extra: ParameterUse[] = [],
  cited = true
): Finding {
  const candidates = standards(context)
  const uses = candidates.map((s) => standardUse(context, s)).concat(extra)
  const verdicts = candidates.map((s) => holds(value, scale * s.value))
  const cite = cited ? citation(context.params) : ''
  if (verdicts.every((v) => v === verdicts[0])) {
    const standard = candidates[candidates.length - 1]
    const sentence = say(verdicts[0], scale * standard.value, standard) + cite
    return verdicts[0] ? pass(sentence, uses) : failLocally(sentence, uses)
  }
  const sentences = withoutRepeats(candidates.map((s, i) => say(verdicts[i], scale * s.value, s)))
  return unknownLocally(`${sentences}${cite}。要看您家适用城市还是农村标准`, ['area'], uses)
}

export const incomeBelowStandard = criterion('incomeBelowStandard', '家庭人均收入低于本地低保标准', (context) => {
  const income = context.household.perCapitaMonthlyIncome
  if (income === undefined) return unknownLocally('还不知道家庭人均月收入', ['perCapitaMonthlyIncome'])
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
  if (income === undefined) return unknownLocally('还不知道家庭人均月收入', ['perCapitaMonthlyIncome'])
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
  if (assets === undefined) return unknownLocally('还不知道家庭存款、理财等金融资产有多少', ['financialAssetsPerCapita'])
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
  fact: 'suddenHardship' | 'heavyMedicalCosts',
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

/**
 * A property the national rules leave to the provinces (最低生活保障审核确认办法, 民发〔2021〕57号): the
 * local rule of the version in force decides; without one the answer is 「还需确认」 with what to ask.
 */
function localPropertyRule(
  id: string,
  label: string,
  fact: 'ownsExtraHousing' | 'ownsVehicle',
  parameter: 'extraHousingDisqualifies' | 'vehicleDisqualifies',
  say: { yes: string; no: string; unknown: string; ask: string }
): Criterion {
  return criterion(id, label, (context) => {
    const value = context.household[fact]
    if (value === undefined) return unknownLocally(say.unknown, [fact])
    if (!value) return pass(say.no)
    const rule = context.params.values[parameter]
    if (rule === undefined) return askAtWindow(`${say.yes}；本地标准里没有这方面的规定`, say.ask, undefined, true)
    const uses = [parameterUse(context.params, parameter, rule ? '是' : '否')]
    const cite = citation(context.params)
    return rule ? failLocally(`${say.yes}，按本地规定不能申请${cite}`, uses) : pass(`${say.yes}，按本地规定不影响申请${cite}`, uses)
  }, true)
}

export const noExtraHousing = localPropertyRule('noExtraHousing', '除自住房外的房产符合本地规定', 'ownsExtraHousing', 'extraHousingDisqualifies', {
  yes: '除了自己住的房子，家里还有其他房产',
  no: '除了自己住的房子，家里没有其他房产',
  unknown: '还不知道家里除自住房外有没有其他房产',
  ask: '家里除自住房外还有房产，本地规定还能不能申请'
})

export const noVehicle = localPropertyRule('noVehicle', '机动车符合本地规定', 'ownsVehicle', 'vehicleDisqualifies', {
  yes: '家里有机动车（残疾人代步车除外）',
  no: '家里没有机动车',
  unknown: '还不知道家里有没有机动车',
  ask: '家里有机动车，本地规定还能不能申请'
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

type MemberYesNoFact =
  | 'hasResidencePermit'
  | 'hasDisability'
  | 'disabilityCertificate'
  | 'needsLongTermCare'
  | 'canWork'
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

/**
 * Registered in this 街道: otherwise the application belongs where the person is registered
 * (最低生活保障审核确认办法 第四条 for 低保; the same for the other programmes run by the place of
 * registration), an answer of its own and never 「不符合」.
 */
export const localHukou = criterion('localHukou', '户口在本街道', (context) => {
  const member = currentMember(context)
  if (member.localHukou === undefined) return unknownRegistration(`还不知道${context.who}的户口是否在本街道`, [factKey('localHukou', member.id)])
  return member.localHukou ? pass(`${context.who}的户口在本街道`) : elsewhere(`${context.who}的户口不在本街道`)
})

/**
 * Where 低保 and 特困 may be applied for: where the person is registered (最低生活保障审核确认办法 第四条),
 * or here with a residence permit where the local standard allows it (第五条).
 */
export const registeredHereForAssistance = criterion('registeredHereForAssistance', '户口在本街道（或按本地规定持居住证在居住地申请）', (context) => {
  const member = currentMember(context)
  // Registered here, the local rule on residence permits plays no part (and is not cited).
  if (member.localHukou) return pass(`${context.who}的户口在本街道`)
  const allowed = context.params.values.applyAtResidenceWithPermit === true
  const uses = [parameterUse(context.params, 'applyAtResidenceWithPermit', allowed ? '是' : '否')]
  if (member.localHukou === undefined) return unknownRegistration(`还不知道${context.who}的户口是否在本街道`, [factKey('localHukou', member.id)], uses)
  const away = `${context.who}的户口不在本街道`
  if (!allowed) return elsewhere(away, uses)
  if (member.hasResidencePermit === undefined) return unknownRegistration(`${away}，本地允许持居住证在居住地申请，还不知道有没有本地居住证`, [factKey('hasResidencePermit', member.id)], uses)
  const cite = citation(context.params)
  return member.hasResidencePermit ? pass(`${away}，但持有本地居住证，本地允许在居住地申请${cite}`, uses) : elsewhere(`${away}，也没有本地居住证`, uses)
})

export const someoneRegisteredHere = someMember('someoneRegisteredHere', '家中有成员可以在本街道申请', registeredHereForAssistance)

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

/**
 * 特困人员认定办法 第八条: income below the local 低保 standard counts as 无生活来源 (with property within
 * the limits); a small pension does not rule it out. Living alone, the household's income is the
 * member's own.
 */
export const ownIncomeBelowStandard = criterion('ownIncomeBelowStandard', '本人收入低于本地低保标准', (context) => {
  const member = currentMember(context)
  const alone = context.household.members.length === 1
  const income = member.monthlyIncome ?? (alone ? context.household.perCapitaMonthlyIncome : undefined)
  if (income === undefined) {
    const needs = alone ? ['perCapitaMonthlyIncome', factKey('monthlyIncome', member.id)] : [factKey('monthlyIncome', member.id)]
    return unknownLocally(`还不知道${context.who}自己每月有多少收入`, needs)
  }
  const found = ownIncomeFinding(context, income)
  return { ...found, text: context.who + found.text }
})

// Per parameter set, area and income, the finding without the member's name: the same incomes recur
// for every member and check, and comparing and formatting them anew was a large part of 特困's time.
const ownIncomeFindings = new WeakMap<object, Map<string, Finding>>()
const OWN_INCOME_CACHE_LIMIT = 1000

function ownIncomeFinding(context: RuleContext, income: number): Finding {
  let byKey = ownIncomeFindings.get(context.params)
  if (!byKey) {
    byKey = new Map()
    ownIncomeFindings.set(context.params, byKey)
  }
  const key = `${context.household.area ?? ''}|${income}`
  let found = byKey.get(key)
  if (!found) {
    found = againstStandard(context, income, 1, isBelow, (holds, limit, s) => `自己每月收入 ${y(income)} 元，${holds ? '低于' : '不低于'}本地${s.label} ${y(limit)} 元`)
    if (byKey.size >= OWN_INCOME_CACHE_LIMIT) byKey.clear()
    byKey.set(key, found)
  }
  return found
}

function isBelow(value: number, limit: number): boolean {
  return value < limit
}

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
  // The starting age is the local standard's: registered elsewhere, that place's age decides.
  return member.age >= from ? pass(sentence, uses) : failLocally(sentence, uses)
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

/** 特困人员认定办法 第八条: 无生活来源 is income below the local 低保 standard with property within the limits. */
export const noLivingSource = all('noLivingSource', '无生活来源（收入低于本地低保标准，财产符合规定）', ownIncomeBelowStandard, propertyWithinLimits)


export const lowIncomeHousehold = all('lowIncomeHousehold', '收入和财产符合低保边缘家庭条件', incomeBelowLowIncomeLine, propertyWithinLimits)

/**
 * 国办发〔2021〕42号: members of 低保 and 特困 households have their residents' medical insurance
 * contribution paid (资助参保) and are assisted for what insurance leaves them, without waiting for a bill.
 */
export const inDibaoOrTekun = criterion('inDibaoOrTekun', '是低保或特困家庭', (context) => {
  const status = context.household.existingStatus
  if (status === undefined) return unknown('还不知道您家是否已经是低保或特困家庭', ['existingStatus'])
  if (status === 'dibao' || status === 'tekun') return pass(`您家是${STATUS_NAMES[status]}，参加城乡居民医保的个人缴费由医疗救助资助，不用等有看病账单`)
  return fail('您家目前不是低保或特困家庭')
}, true)

/**
 * 国办发〔2021〕42号: a seriously ill patient impoverished by medical costs (因病致贫重病患者) may be
 * assisted above the low-income line; the office assesses, so the answer is to ask at the window.
 */
export const illnessImpoverished = all(
  'illnessImpoverished',
  '因病致贫的重病患者',
  heavyMedicalCosts,
  criterion('illnessAssessed', '由当地认定', () =>
    askAtWindow(
      '家庭收入超过低保边缘标准的，因病致贫的重病患者也可以申请，由当地认定',
      '看病自付费用超过家里的承受能力，能不能按因病致贫重病患者申请医疗救助'
    )
  , true)
)

/** 最低生活保障审核确认办法 第十条: 一级、二级 disability of any category, 三级 intellectual or mental. */
const SEVERE_ANY_CATEGORY = [1, 2]
const SEVERE_INTELLECTUAL_MENTAL = [3]

/** A seriously ill or severely disabled member, who may apply for 低保 alone (单人保). */
export const severelyIllOrDisabled = criterion('severelyIllOrDisabled', '患重特大疾病或是重度残疾人', (context) => {
  const member = currentMember(context)
  const who = context.who
  if (member.seriouslyIll) return pass(`${who}患有重特大疾病`)
  const grade = member.hasDisability === false ? undefined : member.disabilityGrade
  const category = member.disabilityCategory
  if (grade !== undefined && SEVERE_ANY_CATEGORY.includes(grade)) return pass(`${who}是${gradeName(grade)}残疾`)
  if (grade !== undefined && SEVERE_INTELLECTUAL_MENTAL.includes(grade) && (category === 'intellectual' || category === 'mental')) {
    return pass(`${who}是${gradeName(grade)}${CATEGORY_NAMES[category]}`)
  }
  const needs: string[] = []
  if (member.seriouslyIll === undefined) needs.push(factKey('seriouslyIll', member.id))
  if (member.hasDisability === undefined) needs.push(factKey('hasDisability', member.id))
  if (member.hasDisability !== false && grade === undefined) needs.push(factKey('disabilityGrade', member.id))
  if (grade !== undefined && SEVERE_INTELLECTUAL_MENTAL.includes(grade) && category === undefined) needs.push(factKey('disabilityCategory', member.id))
  if (needs.length > 0) return unknown(`还不知道${who}是不是重病患者或重度残疾人`, needs)
  return fail(`${who}没有重特大疾病，也不是重度残疾人`)
})

/** 单人保 (最低生活保障审核确认办法 第十条): only in a 低保边缘 household of more than one person. */
export const singlePersonIncome = criterion('singlePersonIncome', '家庭收入低于低保边缘家庭标准', (context) => {
  const income = context.household.perCapitaMonthlyIncome
  const multiplier = context.params.values.lowIncomeMultiplier
  const uses = [parameterUse(context.params, 'lowIncomeMultiplier', multiplier)]
  if (context.household.members.length === 1) return fail('一个人的家庭不适用单人保')
  if (income === undefined) return unknownLocally('还不知道家庭人均月收入', ['perCapitaMonthlyIncome'], uses)
  return againstStandard(
    context,
    income,
    multiplier,
    (value, limit) => value < limit,
    (holds, limit, s) => `${holds ? '低于' : '也不低于'}低保边缘家庭标准 ${y(limit)} 元（${s.label}的 ${multiplier} 倍）`,
    uses,
    // Said right after the 低保 standard's comparison, which cites the version already.
    false
  )
}, true)

/** The office decides 单人保 (who counts as seriously ill is set locally): the answer is to ask. */
export const singlePersonAssessed = criterion('singlePersonAssessed', '单人保由街道认定', () =>
  askAtWindow('家里的重病、重度残疾成员可以单独申请低保（单人保），由街道认定', '家里的重病、重度残疾成员能不能按“单人保”单独申请低保')
, true)

export const singlePersonDibao = all(
  'singlePersonDibao',
  '单人保：低保边缘家庭中的重病、重度残疾人可以单独申请',
  singlePersonIncome,
  someMember('someoneSeverelyIllOrDisabled', '家中有重病患者或重度残疾人', severelyIllOrDisabled),
  singlePersonAssessed
)
