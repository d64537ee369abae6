import type { LastDayRule } from '../calendar/calendar'
import type { CaseKind, DeadlineUnit, OfficePromise } from '../schemas/clock'

/** Which lifecycle a policy follows: see TRANSITIONS in ./transitions. */
export type CaseFlow = 'disclosure' | 'petition'

/**
 * A versioned deadline policy: the statute's periods with their citations, as data. A new version
 * (an amended regulation) is added beside the old one with its `effectiveFrom`; a case keeps the
 * version in force on the day it was received.
 */
export interface DeadlinePolicy {
  id: string
  title: string
  effectiveFrom: string
  kinds: readonly CaseKind[]
  flow: CaseFlow
  unit: DeadlineUnit
  /** Deciding whether to accept (信访): days from receipt. */
  acceptance?: { days: number; citation: string }
  /** The reply: days from receipt (disclosure) or from acceptance (信访). */
  reply: { days: number; citation: string }
  /** 补正: the correction notice must go out within this many days of receipt. */
  correction?: { noticeWithinDays: number; citation: string }
  extension: { maxDays: number; approval: string; citation: string }
  /** Time spent consulting a third party is not counted, up to the third party's own period to answer. */
  consultationPause?: { citation: string; thirdPartyDays: number; thirdPartyCitation: string }
  /** Periods in calendar days: 民法典 第二百零三条 when the last day is a rest day. */
  lastDayRule: LastDayRule
  /**
   * The statute sets no period for the reply: the office's own promise of the kind stands in for it
   * (see policyOfCase), and the case says it is the office's promise, not the statute's.
   */
  replyByOfficePromise?: true
}

/** 中华人民共和国政府信息公开条例 (revised 2019, in force 2019-05-15). */
export const DISCLOSURE_2019: DeadlinePolicy = {
  id: 'disclosure-2019',
  title: '《中华人民共和国政府信息公开条例》（2019年修订）',
  effectiveFrom: '2019-05-15',
  kinds: ['info_request'],
  flow: 'disclosure',
  unit: 'working_days',
  reply: {
    days: 20,
    citation: '《中华人民共和国政府信息公开条例》第三十三条：行政机关收到政府信息公开申请，能够当场答复的，应当当场予以答复；不能当场答复的，应当自收到申请之日起20个工作日内予以答复'
  },
  correction: {
    noticeWithinDays: 7,
    citation: '《中华人民共和国政府信息公开条例》第三十条：申请内容不明确的，行政机关应当自收到申请之日起7个工作日内一次性告知申请人作出补正；答复期限自行政机关收到补正的申请之日起计算；申请人无正当理由逾期不补正的，视为放弃申请'
  },
  extension: {
    maxDays: 20,
    approval: '政府信息公开工作机构负责人同意，并告知申请人',
    citation: '《中华人民共和国政府信息公开条例》第三十三条：需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日'
  },
  consultationPause: {
    citation: '《中华人民共和国政府信息公开条例》第三十三条：行政机关征求第三方和其他机关意见所需时间不计算在前款规定的期限内',
    thirdPartyDays: 15,
    thirdPartyCitation: '《中华人民共和国政府信息公开条例》第三十二条：第三方应当自收到征求意见书之日起15个工作日内提出意见。第三方逾期未提出意见的，由行政机关依照本条例的规定决定是否公开'
  },
  lastDayRule: 'next_working_day'
}

/**
 * 信访工作条例 第二十三条: a matter brought directly is answered in writing within 15 days of receipt
 * with its receipt and how it will be handled (书面告知接收情况以及处理途径和程序).
 */
const PETITION_NOTICE = {
  days: 15,
  citation:
    '《信访工作条例》第二十三条：对信访人直接提出的信访事项，有关机关、单位能够当场告知的，应当当场书面告知；不能当场告知的，应当自收到信访事项之日起15日内书面告知信访人接收情况以及处理途径和程序'
}

/** 信访工作条例 第三十四条: at most 30 days more, approved by the office's head, the reason told. */
const PETITION_EXTENSION = {
  maxDays: 30,
  approval: '本机关、单位负责人批准，并告知信访人延期理由',
  citation: '《信访工作条例》第三十四条：情况复杂的，经本机关、单位负责人批准，可以适当延长办理期限，但延长期限不得超过30日，并告知信访人延期理由'
}

/**
 * 信访工作条例 (2022, in force 2022-05-01), 申诉求决类 matters (complaints, requests for help): the
 * 60 days of 第三十四条 apply to the matters of 第三十一条第六项 that end in a 信访处理意见书.
 */
export const PETITION_2022: DeadlinePolicy = {
  id: 'petition-2022',
  title: '《信访工作条例》（2022年）',
  effectiveFrom: '2022-05-01',
  kinds: ['complaint', 'help'],
  flow: 'petition',
  unit: 'days',
  acceptance: PETITION_NOTICE,
  reply: {
    days: 60,
    citation: '《信访工作条例》第三十四条：对本条例第三十一条第六项规定的信访事项应当自受理之日起60日内办结'
  },
  extension: PETITION_EXTENSION,
  lastDayRule: 'next_working_day'
}

/** Said of a promise standing in for a period the statute does not set. */
export const NOT_STATUTORY = '《信访工作条例》第二十九条（建议意见类）、第三十条（检举控告类）没有规定办结期限；这是街道自己的承诺，不是法律规定的期限'

/**
 * 信访工作条例 (2022) 建议意见类 (第二十九条) and 检举控告类 (第三十条): the 15-day notice of 第二十三条
 * applies, but no statutory period to conclude; the office's promise stands in (policyOfCase). Its
 * `reply` here is what applies where an office has made no promise: 第三十四条's 60 days, by analogy.
 */
export const PETITION_2022_PROPOSALS: DeadlinePolicy = {
  id: 'petition-2022-proposals',
  title: '《信访工作条例》（2022年）建议意见类、检举控告类',
  effectiveFrom: '2022-05-01',
  kinds: ['suggestion', 'report'],
  flow: 'petition',
  unit: 'days',
  acceptance: PETITION_NOTICE,
  reply: { days: 60, citation: `本街道未作承诺，参照《信访工作条例》第三十四条自受理之日起60日内办结（${NOT_STATUTORY}）` },
  extension: PETITION_EXTENSION,
  lastDayRule: 'next_working_day',
  replyByOfficePromise: true
}

export const DEADLINE_POLICIES: readonly DeadlinePolicy[] = [DISCLOSURE_2019, PETITION_2022, PETITION_2022_PROPOSALS]

/**
 * The policy in force for a kind of case on the day it was received.
 * @example policyFor('info_request', '2025-03-01').id // 'disclosure-2019'
 */
export function policyFor(kind: CaseKind, receivedOn: string, policies: readonly DeadlinePolicy[] = DEADLINE_POLICIES): DeadlinePolicy {
  const candidates = policies
    .filter((p) => p.kinds.includes(kind) && p.effectiveFrom <= receivedOn)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))
  if (candidates.length === 0) throw new RangeError(`没有适用于 ${receivedOn} 收到的该类事项的期限规定`)
  return candidates[0]
}

/**
 * The office's default promises (服务承诺, domain.md §1), the one source of each promise: the case's
 * clock and the service guide both read them. A suggestion or a report is answered within the promise
 * (no statute sets a period, PETITION_2022_PROPOSALS), counted like the statute's periods from
 * acceptance. A promise an office adds for a kind with a statutory period is shown beside the legal
 * limit, counted from receipt, never instead of it. Offices replace them through configuration.
 */
export const DEFAULT_OFFICE_PROMISES: readonly OfficePromise[] = [
  { label: '意见建议自受理之日起7日内答复', kinds: ['suggestion'], days: 7, unit: 'days', effectiveFrom: '2024-01-01', basis: '本办事处服务承诺' },
  { label: '检举控告自受理之日起60日内办结', kinds: ['report'], days: 60, unit: 'days', effectiveFrom: '2024-01-01', basis: '本办事处服务承诺' }
]

/**
 * The promises of some kinds in one line, as a service guide states them (the same words the case shows).
 * @example promisesInWords(['suggestion', 'report']) // '意见建议自受理之日起7日内答复；检举控告自受理之日起60日内办结'
 */
export function promisesInWords(kinds: readonly CaseKind[], promises: readonly OfficePromise[] = DEFAULT_OFFICE_PROMISES): string {
  return promises.filter((p) => p.kinds.some((k) => kinds.includes(k))).map((p) => p.label).join('；')
}

/**
 * The office promise in force for a kind of case on the day it was received, if any.
 * @example officePromiseFor('suggestion', '2025-03-01')?.days // 7
 */
export function officePromiseFor(
  kind: CaseKind,
  receivedOn: string,
  promises: readonly OfficePromise[] = DEFAULT_OFFICE_PROMISES
): OfficePromise | undefined {
  return promises
    .filter((p) => p.kinds.includes(kind) && p.effectiveFrom <= receivedOn)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0]
}

/**
 * The policy of a case as its clock applies it: where the statute sets no period to conclude
 * (建议意见类, 检举控告类), the office's promise in days stands in, its words and basis as the
 * citation, saying it is not the statute's.
 * @example policyOfCase('suggestion', '2026-11-02').reply // { days: 7, citation: '本办事处服务承诺：意见建议自受理之日起7日内答复（…不是法律规定的期限）' }
 */
export function policyOfCase(kind: CaseKind, receivedOn: string, promises: readonly OfficePromise[] = DEFAULT_OFFICE_PROMISES): DeadlinePolicy {
  const policy = policyFor(kind, receivedOn)
  if (!policy.replyByOfficePromise) return policy
  const promise = officePromiseFor(kind, receivedOn, promises)
  if (!promise || promise.unit !== policy.unit) return policy
  return { ...policy, reply: { days: promise.days, citation: `${promise.basis}：${promise.label}（${NOT_STATUTORY}）` } }
}

/**
 * Whether a clock's period is the office's promise standing in for a period the statute does not set,
 * so that screens say 承诺期限, not 法定期限.
 * @example isPromisedPeriod({ id: 'petition-2022-proposals' }) // true
 */
export function isPromisedPeriod(policy: { id: string }): boolean {
  return DEADLINE_POLICIES.some((p) => p.id === policy.id && p.replyByOfficePromise === true)
}

/**
 * The name of a clock's period on screen: the statute's, or the office's promise where no statute sets one.
 * @example periodName({ id: 'disclosure-2019' }) // '法定期限'
 */
export function periodName(policy: { id: string }): string {
  return isPromisedPeriod(policy) ? '承诺期限' : '法定期限'
}
