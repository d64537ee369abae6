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

/** 信访工作条例 (2022, in force 2022-05-01): complaints, reports, requests for help and suggestions. */
export const PETITION_2022: DeadlinePolicy = {
  id: 'petition-2022',
  title: '《信访工作条例》（2022年）',
  effectiveFrom: '2022-05-01',
  kinds: ['complaint', 'report', 'help', 'suggestion'],
  flow: 'petition',
  unit: 'days',
  acceptance: {
    days: 15,
    citation: '《信访工作条例》：有权处理的机关、单位应当自收到信访事项之日起15日内决定是否受理，并书面告知信访人'
  },
  reply: {
    days: 60,
    citation: '《信访工作条例》第三十四条：信访事项应当自受理之日起60日内办结'
  },
  extension: {
    maxDays: 30,
    approval: '本机关、单位负责人批准，并告知信访人延期理由',
    citation: '《信访工作条例》第三十四条：情况复杂的，经本机关、单位负责人批准，可以适当延长办理期限，但延长期限不得超过30日，并告知信访人延期理由'
  },
  lastDayRule: 'next_working_day'
}

export const DEADLINE_POLICIES: readonly DeadlinePolicy[] = [DISCLOSURE_2019, PETITION_2022]

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
 * The office's default promise (服务承诺, domain.md §1: a hot issue is answered publicly within a
 * week). Offices replace it through configuration; it is shown beside the legal limit, never instead.
 */
export const DEFAULT_OFFICE_PROMISES: readonly OfficePromise[] = [
  {
    label: '意见建议7日内公开答复',
    kinds: ['suggestion'],
    days: 7,
    unit: 'days',
    effectiveFrom: '2024-01-01',
    basis: '本办事处服务承诺'
  }
]

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
