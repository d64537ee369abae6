import { z } from 'zod'
import { text } from './primitives'
import { CalendarDateSchema } from './common'

/*
 * The benefit self-check (惠民政策自测): a household as the resident describes it, the local parameters
 * (standards and amounts with their effective dates) and the engine's answer. Every fact about the
 * household is optional: a fact left out is "不清楚", and the engine answers "unknown" where it matters.
 */

/** How a member is related to the person answering (本人). */
export const RelationSchema = z.enum(['self', 'spouse', 'child', 'parent', 'grandparent', 'grandchild', 'sibling', 'other'], {
  error: '家庭成员关系只能是：本人、配偶、子女、父母、祖父母、孙子女、兄弟姐妹或其他'
})
export type Relation = z.infer<typeof RelationSchema>

/** The categories printed on the second-generation disability certificate (第二代残疾人证). */
export const DisabilityCategorySchema = z.enum(['visual', 'hearing', 'speech', 'physical', 'intellectual', 'mental', 'multiple'], {
  error: '残疾类别只能是：视力、听力、言语、肢体、智力、精神或多重残疾'
})
export type DisabilityCategory = z.infer<typeof DisabilityCategorySchema>

/** 残疾等级 一级 (most severe) to 四级. */
export const DisabilityGradeSchema = z
  .number({ error: '残疾等级必须是 1 到 4 的数字（一级到四级）' })
  .int({ error: '残疾等级必须是 1 到 4 的数字（一级到四级）' })
  .min(1, { error: '残疾等级必须是 1 到 4 的数字（一级到四级）' })
  .max(4, { error: '残疾等级必须是 1 到 4 的数字（一级到四级）' })
export type DisabilityGrade = z.infer<typeof DisabilityGradeSchema>

const yesNo = (what: string) => z.boolean({ error: `“${what}”只能回答是或否，不清楚的请不填` }).optional()

/** Money in yuan, as typed by a resident or an administrator. */
const yuan = (what: string) =>
  z
    .number({ error: `${what}必须是数字（单位：元）` })
    .min(0, { error: `${what}不能是负数` })
    .max(100_000_000, { error: `${what}太大了，请检查单位是不是元` })

export const MemberSchema = z
  .object({
    id: text({ error: '请给每位家庭成员一个编号' })
      .max(20, { error: '家庭成员编号只能由 1 到 20 个字母、数字、下划线或短横线组成' })
      .regex(/^[A-Za-z0-9_-]{1,20}$/, { error: '家庭成员编号只能由 1 到 20 个字母、数字、下划线或短横线组成' }),
    relation: RelationSchema,
    /** What the resident calls this member on the phone (老伴, 大儿子); never needed, never sent by the app. */
    label: text().max(10, { error: '称呼最多 10 个字' }).optional(),
    age: z
      .number({ error: '年龄必须是数字' })
      .int({ error: '年龄请填写整数周岁' })
      .min(0, { error: '年龄不能小于 0' })
      .max(130, { error: '年龄不能超过 130 岁' })
      .optional(),
    localHukou: yesNo('户口在本街道'),
    hasResidencePermit: yesNo('有本地居住证'),
    hasDisability: yesNo('有残疾'),
    /** Holds the second-generation certificate (第二代残疾人证), which both disability subsidies require. */
    disabilityCertificate: yesNo('有第二代残疾人证'),
    disabilityCategory: DisabilityCategorySchema.optional(),
    disabilityGrade: DisabilityGradeSchema.optional(),
    needsLongTermCare: yesNo('需要长期照护'),
    /** 劳动能力 in the sense of 特困人员认定办法 第六条. */
    canWork: yesNo('有劳动能力'),
    /**
     * The member's own income per month (wages, pension, rent): 特困人员认定办法 第八条 counts income
     * below the local 低保 standard, with property within the limits, as 无生活来源.
     */
    monthlyIncome: yuan('本人每月收入').optional(),
    /** Has a serious illness (重特大疾病): 单人保 and the 因病致贫重病患者 of 国办发〔2021〕42号. */
    seriouslyIll: yesNo('患有重特大疾病'),
    /** A person legally obliged to support the member (赡养、抚养、扶养义务人) who is able to. */
    hasAbleSupporter: yesNo('有能力赡养、抚养或扶养的义务人'),
    isFullTimeStudent: yesNo('是在校全日制学生'),
    inEmployeePension: yesNo('参加了职工基本养老保险'),
    inEmployeeMedical: yesNo('参加了职工基本医疗保险')
  })
  .meta({ id: 'EligibilityMember' })
export type Member = z.infer<typeof MemberSchema>

export const AreaSchema = z.enum(['urban', 'rural'], { error: '城乡类别只能是城镇（urban）或农村（rural）' })
export type Area = z.infer<typeof AreaSchema>

/** Assistance the household already receives: 低保, 特困供养, or recognised as 低保边缘（低收入）家庭. */
export const ExistingStatusSchema = z.enum(['dibao', 'tekun', 'low_income', 'none'], {
  error: '已享受的救助只能是：低保、特困供养、低保边缘家庭或都没有'
})
export type ExistingStatus = z.infer<typeof ExistingStatusSchema>

export const HouseholdSchema = z
  .object({
    members: z
      .array(MemberSchema, { error: '请填写家庭成员' })
      .min(1, { error: '至少要有一位家庭成员' })
      .max(20, { error: '家庭成员最多 20 人' })
      .refine((members) => new Set(members.map((m) => m.id)).size === members.length, {
        error: '家庭成员编号不能重复'
      }),
    /** Which local standard applies: the urban one (城市低保) or the rural one (农村低保). */
    area: AreaSchema.optional(),
    perCapitaMonthlyIncome: yuan('家庭人均月收入').optional(),
    financialAssetsPerCapita: yuan('家庭人均存款和理财等金融资产').optional(),
    ownsExtraHousing: yesNo('除自住房外还有其他房产'),
    ownsVehicle: yesNo('有机动车'),
    existingStatus: ExistingStatusSchema.optional(),
    suddenHardship: yesNo('遇到突发的困难'),
    heavyMedicalCosts: yesNo('医保报销后自付医药费较多')
  })
  .meta({ id: 'EligibilityHousehold' })
export type Household = z.infer<typeof HouseholdSchema>

const age = (what: string) =>
  z
    .number({ error: `${what}必须是数字` })
    .int({ error: `${what}必须是整数` })
    .min(0, { error: `${what}不能小于 0` })
    .max(130, { error: `${what}不能超过 130` })
const grades = (what: string) => z.array(DisabilityGradeSchema, { error: `${what}必须是等级数字的列表，例如 [1, 2]` })

export const OldAgeBandSchema = z.object({
  fromAge: age('高龄津贴档次的起始年龄'),
  monthly: yuan('高龄津贴金额')
})
export type OldAgeBand = z.infer<typeof OldAgeBandSchema>

/**
 * The local standards and amounts every rule reads. National rules that a province may widen (the
 * disability grades, the ages) are here too, so that no rule holds a number of its own.
 */
export const ParameterValuesSchema = z.object({
  dibaoUrbanMonthly: yuan('城市低保标准'),
  dibaoRuralMonthly: yuan('农村低保标准'),
  /** Financial assets per person may not exceed this many months of the local standard. */
  financialAssetsLimitMonths: z.number({ error: '金融资产限额必须是月数' }).min(0, { error: '金融资产限额不能是负数' }),
  /** 低保边缘家庭: per-capita income below this multiple of the standard. */
  lowIncomeMultiplier: z.number({ error: '低保边缘家庭收入倍数必须是数字' }).min(1, { error: '低保边缘家庭收入倍数不能小于 1' }).max(3, { error: '低保边缘家庭收入倍数不能大于 3' }),
  tekunElderlyAge: age('特困供养的老年人年龄'),
  minorAgeBelow: age('未成年人的年龄上限'),
  /** 特困人员认定办法 第六条: grades that count as 无劳动能力, per category. */
  tekunIncapacityGrades: z.object({
    intellectualMental: grades('视为无劳动能力的智力、精神残疾等级'),
    physical: grades('视为无劳动能力的肢体残疾等级'),
    visual: grades('视为无劳动能力的视力残疾等级')
  }),
  /** 基本生活标准 of 特困人员 as a multiple of the local 低保 standard. */
  tekunSupportMultiplier: z.number({ error: '特困供养标准倍数必须是数字' }).min(1, { error: '特困供养标准倍数不能小于 1' }),
  temporaryAssistanceMaxMonths: z.number({ error: '临时救助上限必须是月数' }).min(0, { error: '临时救助上限不能是负数' }),
  medicalAssistanceRate: z.number({ error: '医疗救助比例必须是 0 到 1 的小数' }).min(0, { error: '医疗救助比例不能小于 0' }).max(1, { error: '医疗救助比例不能大于 1' }),
  medicalAssistanceAnnualCap: yuan('医疗救助年度最高额'),
  livingSubsidyCoversLowIncome: z.boolean({ error: '生活补贴是否覆盖低保边缘家庭只能是 true 或 false' }),
  disabilityLivingMonthly: yuan('困难残疾人生活补贴'),
  careGradesAnyCategory: grades('任何类别都可领取护理补贴的残疾等级'),
  careGradesIntellectualMental: grades('智力、精神残疾可领取护理补贴的等级'),
  careMonthlyByGrade: z.object({
    grade1: yuan('一级残疾护理补贴'),
    grade2: yuan('二级残疾护理补贴'),
    grade3: yuan('三级残疾护理补贴'),
    grade4: yuan('四级残疾护理补贴')
  }),
  oldAgeBands: z
    .array(OldAgeBandSchema)
    .min(1, { error: '高龄津贴至少要有一个年龄档次' })
    .refine((bands) => bands.every((band, i) => i === 0 || band.fromAge > bands[i - 1].fromAge), {
      error: '高龄津贴的年龄档次要从低到高排列，不能重复'
    }),
  pensionMinAge: age('城乡居民养老保险参保年龄'),
  pensionPayoutAge: age('城乡居民养老保险领取年龄'),
  pensionMinContributionYears: z.number({ error: '最低缴费年限必须是数字' }).int({ error: '最低缴费年限必须是整数' }).min(0, { error: '最低缴费年限不能是负数' }),
  pensionBasicMonthly: yuan('城乡居民基础养老金'),
  medicalInsuranceAnnualContribution: yuan('城乡居民医保个人缴费'),
  /*
   * Property rules the national 最低生活保障审核确认办法 (民发〔2021〕57号) leaves to the provinces. Left out,
   * the version has no local rule and the self-check answers 「还需确认」 with what to ask at the window.
   */
  /** A motor vehicle (other than a disabled person's mobility vehicle) rules out 低保 and 特困. */
  vehicleDisqualifies: z.boolean({ error: '“有机动车不能申请”只能是 true 或 false' }).optional(),
  /** Housing besides the home the household lives in rules out 低保 and 特困. */
  extraHousingDisqualifies: z.boolean({ error: '“有其他房产不能申请”只能是 true 或 false' }).optional(),
  /**
   * Residents registered elsewhere may apply for 低保 and 特困 here with a local residence permit
   * (最低生活保障审核确认办法 第五条: 有条件的地区可以有序推进持有居住证人员在居住地申办). Left out: only
   * where the household is registered (第四条).
   */
  applyAtResidenceWithPermit: z.boolean({ error: '“持居住证可在居住地申请”只能是 true 或 false' }).optional()
})
export type ParameterValues = z.infer<typeof ParameterValuesSchema>

/**
 * One version of the local parameters: the format of the bundled demo versions and of
 * `npm run eligibility:import -- FILE`. `example: true` marks invented values (示例本地标准).
 */
export const ParameterSetSchema = z
  .object({
    version: text({ error: '请填写参数版本号' })
      .regex(/^[A-Za-z0-9._-]{1,40}$/, { error: '参数版本号只能由 1 到 40 个字母、数字、点、下划线或短横线组成' }),
    effectiveFrom: CalendarDateSchema,
    source: text({ error: '请填写参数的来源（文件名称和文号）' }).min(1, { error: '请填写参数的来源（文件名称和文号）' }).max(200, { error: '来源最多 200 个字' }),
    example: z.boolean({ error: '“是否示例数据”只能是 true 或 false' }),
    values: ParameterValuesSchema
  })
  .meta({ id: 'EligibilityParameterSet' })
export type ParameterSet = z.infer<typeof ParameterSetSchema>

export const ProgrammeIdSchema = z.enum([
  'dibao',
  'tekun',
  'temporary_assistance',
  'medical_assistance',
  'disability_living_subsidy',
  'disability_care_subsidy',
  'old_age_allowance',
  'resident_pension',
  'resident_medical_insurance'
])
export type ProgrammeId = z.infer<typeof ProgrammeIdSchema>

/**
 * `apply_elsewhere`: the registration is in another 街道 (乡镇), where the application belongs
 * (最低生活保障审核确认办法 第四条); never 「不符合」, since that place's standards decide.
 */
export const EligibilityStatusSchema = z.enum(['eligible', 'not_eligible', 'unknown', 'apply_elsewhere'])
export type EligibilityStatus = z.infer<typeof EligibilityStatusSchema>

/** `elsewhere`: decided where the person is registered, not here (see `apply_elsewhere`). */
export const VerdictSchema = z.enum(['pass', 'fail', 'unknown', 'elsewhere'])
export type Verdict = z.infer<typeof VerdictSchema>

/** A parameter a criterion or an amount used, with the version it came from. */
export const ParameterUseSchema = z.object({
  name: text(),
  label: text(),
  value: z.union([z.number(), text()]),
  version: text(),
  effectiveFrom: CalendarDateSchema,
  source: text(),
  example: z.boolean()
})
export type ParameterUse = z.infer<typeof ParameterUseSchema>

/** One node of the explanation tree: a named criterion, or all/any of its children. */
export interface Explanation {
  id: string
  label: string
  result: Verdict
  text: string
  logic?: 'all' | 'any'
  children?: Explanation[]
  /** Facts (answer keys such as `age@m1`) still needed to decide this node; only on unknown nodes. */
  needs?: string[]
  /** What to ask at the window where national rules do not decide (no local rule, a local assessment); only on unknown nodes. */
  ask?: string[]
  /** A failure that only the local standards decide, so that registration elsewhere outweighs it. */
  local?: boolean
  /** An unknown that may turn out to be registration elsewhere (the registration is not known yet). */
  elsewherePossible?: boolean
  parameters?: ParameterUse[]
}
export const ExplanationSchema: z.ZodType<Explanation> = z
  .object({
    id: text(),
    label: text(),
    result: VerdictSchema,
    text: text(),
    logic: z.enum(['all', 'any']).optional(),
    get children() {
      return z.array(ExplanationSchema).optional()
    },
    needs: z.array(text()).optional(),
    ask: z.array(text()).optional(),
    local: z.boolean().optional(),
    elsewherePossible: z.boolean().optional(),
    parameters: z.array(ParameterUseSchema).optional()
  })
  .meta({ id: 'EligibilityExplanation' })

/**
 * The amount, a separate answer from eligibility: a fixed sum from the parameters, a band, decided by
 * the office's assessment (with a ceiling where the parameters give one), or no cash benefit.
 */
export const AmountSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), yuan: z.number(), period: z.enum(['month', 'year']), text: text(), parameters: z.array(ParameterUseSchema) }),
  z.object({ kind: z.literal('band'), minYuan: z.number(), maxYuan: z.number(), period: z.enum(['month', 'year']), text: text(), parameters: z.array(ParameterUseSchema) }),
  z.object({ kind: z.literal('assessed'), upToYuan: z.number().optional(), text: text(), parameters: z.array(ParameterUseSchema) }),
  z.object({ kind: z.literal('none'), text: text(), parameters: z.array(ParameterUseSchema) })
])
export type Amount = z.infer<typeof AmountSchema>

export const MemberResultSchema = z.object({
  memberId: text(),
  who: text(),
  status: EligibilityStatusSchema,
  amount: AmountSchema.optional()
})
export type MemberResult = z.infer<typeof MemberResultSchema>

export const ParameterVersionSchema = z.object({
  version: text(),
  effectiveFrom: CalendarDateSchema,
  source: text(),
  example: z.boolean()
})
export type ParameterVersion = z.infer<typeof ParameterVersionSchema>

export const ProgrammeInfoSchema = z
  .object({
    id: ProgrammeIdSchema,
    name: text(),
    /** Whether the programme is decided for the household as a whole or for each member. */
    scope: z.enum(['household', 'member']),
    departmentKey: text(),
    /** The demo service guide's exact name (办事指南), to link the result to it. */
    guideName: text(),
    legalBasis: z.array(text()),
    materials: z.array(text())
  })
  .meta({ id: 'EligibilityProgramme' })
export type ProgrammeInfo = z.infer<typeof ProgrammeInfoSchema>

export const ProgrammeResultSchema = ProgrammeInfoSchema.extend({
  status: EligibilityStatusSchema,
  /** One sentence for the results page. */
  summary: text(),
  amount: AmountSchema,
  explanation: ExplanationSchema,
  /** Facts that could still change this answer (answer keys such as `age@m2`), in the order they are asked. */
  needs: z.array(text()),
  /** What to ask at the window, where the answer is 「还需确认」 and no question of the self-check can decide it. */
  askAtWindow: z.array(text()),
  /** Per member, for programmes decided member by member. */
  members: z.array(MemberResultSchema).optional()
}).meta({ id: 'EligibilityProgrammeResult' })
export type ProgrammeResult = z.infer<typeof ProgrammeResultSchema>

export const EligibilityResultSchema = z
  .object({
    asOf: CalendarDateSchema,
    parameters: ParameterVersionSchema,
    programmes: z.array(ProgrammeResultSchema),
    /** 本结果仅供参考…: the office decides. */
    disclaimer: text()
  })
  .meta({ id: 'EligibilityResult' })
export type EligibilityResult = z.infer<typeof EligibilityResultSchema>

export const EligibilityCheckBodySchema = z
  .object({
    household: HouseholdSchema,
    /** The day the answer is for; today in China time when left out. */
    asOf: CalendarDateSchema.optional()
  })
  .meta({ id: 'EligibilityCheckBody' })
export type EligibilityCheckBody = z.infer<typeof EligibilityCheckBodySchema>

export const EligibilityRulesSchema = z
  .object({
    asOf: CalendarDateSchema,
    /** The version in force on `asOf`; null when every version takes effect later. */
    inForce: ParameterSetSchema.nullable(),
    /** Every version, newest first, so that an offline app can pick the one in force on any day. */
    history: z.array(ParameterSetSchema),
    programmes: z.array(ProgrammeInfoSchema)
  })
  .meta({ id: 'EligibilityRules' })
export type EligibilityRules = z.infer<typeof EligibilityRulesSchema>
