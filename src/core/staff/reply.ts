import type { ReplyOutcome } from '../schemas/cases'
import type { CaseKind } from '../schemas/clock'

/**
 * The article of 政府信息公开条例 (2019) each disclosure outcome rests on, written into the reply
 * (第三十六条 requires the reply to state its reasons). Outcomes missing here have no single
 * article: the officer writes the basis.
 */
export const DISCLOSURE_LEGAL_BASIS: Partial<Record<ReplyOutcome, string>> = {
  disclosed: '《中华人民共和国政府信息公开条例》第三十六条第（一）项、第（二）项',
  partly_disclosed: '《中华人民共和国政府信息公开条例》第三十七条',
  withheld_state_secret: '《中华人民共和国政府信息公开条例》第十四条',
  withheld_prohibited_by_law: '《中华人民共和国政府信息公开条例》第十四条',
  withheld_three_safeties: '《中华人民共和国政府信息公开条例》第十四条',
  withheld_third_party_rights: '《中华人民共和国政府信息公开条例》第十五条',
  withheld_internal_affairs: '《中华人民共和国政府信息公开条例》第十六条第一款',
  withheld_process_information: '《中华人民共和国政府信息公开条例》第十六条第二款',
  withheld_enforcement_file: '《中华人民共和国政府信息公开条例》第十六条第二款',
  withheld_inquiry_matter: '《中华人民共和国政府信息公开条例》第三十六条第（七）项',
  unavailable_not_held: '《中华人民共和国政府信息公开条例》第三十六条第（四）项、第（五）项',
  unavailable_needs_creating: '《中华人民共和国政府信息公开条例》第三十八条',
  unavailable_still_unclear: '《中华人民共和国政府信息公开条例》第三十条',
  not_handled_petition: '《中华人民共和国政府信息公开条例》第三十九条第一款',
  not_handled_repeated: '《中华人民共和国政府信息公开条例》第三十六条第（六）项',
  not_handled_publication: '《中华人民共和国政府信息公开条例》第三十九条第二款',
  not_handled_mass_requests: '《中华人民共和国政府信息公开条例》第三十五条',
  other_no_correction: '《中华人民共和国政府信息公开条例》第三十条',
  other_fee_unpaid: '《中华人民共和国政府信息公开条例》第四十二条'
}

/**
 * A body the office names in its replies: the administrative reconsideration body (行政复议法
 * 第二十四条: for a 街道办事处, the 区人民政府 that set it up) or the body one level up that decides a
 * 复查 (信访工作条例 第三十五条). An office setting; the contact is how a resident reaches it.
 */
export interface NamedBody {
  name: string
  contact?: string
}

/** The body's name, with how to reach it when known: 某区人民政府（地址…，电话…）. */
const named = (body: NamedBody): string => (body.contact ? `${body.name}（${body.contact}）` : body.name)

/**
 * Whether an outcome refuses to disclose (the 不予公开 rows of the yearly report). Against these the
 * applicant must apply for administrative reconsideration before suing (行政复议法 第二十三条第一款
 * 第（四）项: "申请政府信息公开，行政机关不予公开"). The article names 不予公开 only, so 无法提供,
 * 不予处理 and 其他处理 keep both routes, as courts have read it since 2024.
 * @example isWithheld('withheld_state_secret') // true
 */
export function isWithheld(outcome: ReplyOutcome): boolean {
  return outcome.startsWith('withheld_')
}

/**
 * The remedies a disclosure reply tells the applicant (政府信息公开条例 第五十一条), per outcome, naming
 * the reconsideration body (行政复议法 第二十条第二款、第二十四条):
 * - 不予公开: reconsideration first, within 60 days (行政复议法 第二十条第一款), and a lawsuit only against
 *   the reconsideration decision, within 15 days of receiving it (行政诉讼法 第四十五条); the office must
 *   say so when it decides (行政复议法 第二十三条第二款);
 * - 部分公开: the same for the withheld part, either route for the rest;
 * - every other outcome: reconsideration within 60 days or a lawsuit within 6 months (行政诉讼法 第四十六条).
 * @example disclosureRemediesOf('disclosed', { name: '某区人民政府' }) // '如对本答复不服，可以自收到本答复之日起 60 日内依法向某区人民政府申请行政复议，或者自收到本答复之日起 6 个月内依法向人民法院提起行政诉讼。'
 */
export function disclosureRemediesOf(outcome: ReplyOutcome, body: NamedBody): string {
  const first = `应当自收到本答复之日起 60 日内依法先向${named(body)}申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起 15 日内依法向人民法院提起行政诉讼`
  const either = `可以自收到本答复之日起 60 日内依法向${body.name}申请行政复议，或者自收到本答复之日起 6 个月内依法向人民法院提起行政诉讼`
  const law = '依据《中华人民共和国行政复议法》第二十三条，对不予公开政府信息不服的，须先申请行政复议，不能直接提起行政诉讼。'
  if (isWithheld(outcome)) return `如对本答复不服，${first}。${law}`
  if (outcome === 'partly_disclosed') return `对本答复中不予公开的部分不服的，${first}。${law}对本答复其他内容不服的，${either}。`
  return `如对本答复不服，${either.replace(`向${body.name}`, `向${named(body)}`)}。`
}

/**
 * What a 信访 处理意见书 (信访工作条例 第三十二条: 支持、解释说明、不予支持) tells the person: they may ask
 * the body one level up for 复查 within 30 days of receiving the written reply (第三十五条), named.
 * @example petitionRemediesOf({ name: '某区人民政府' }) // '如对本处理意见不服，可以自收到本书面答复之日起 30 日内请求某区人民政府复查（《信访工作条例》第三十五条）。您也可以在本应用中提出复查请求，街道会转送该机关。'
 */
export function petitionRemediesOf(body: NamedBody): string {
  return `如对本处理意见不服，可以自收到本书面答复之日起 30 日内请求${named(body)}复查（《信访工作条例》第三十五条）。您也可以在本应用中提出复查请求，街道会转送该机关。`
}

/**
 * What a reply of 无法提供 because the office does not hold the information tells the applicant of
 * the body that does, when known (政府信息公开条例 第三十六条第（五）项: its name and how to reach it).
 * @example holderSentence({ name: '某区住房和城乡建设局', contact: '电话 0000-1234' }) // '经确定，该信息由某区住房和城乡建设局负责公开，您可以向该机关申请。联系方式：电话 0000-1234。'
 */
export function holderSentence(holder: NamedBody): string {
  return `经确定，该信息由${holder.name}负责公开，您可以向该机关申请。${holder.contact ? `联系方式：${holder.contact}。` : ''}`
}

/**
 * The legal basis of a disclosure reply: the officer's own words when given, else the article of
 * the outcome; undefined when neither exists (the reply is then refused).
 * @example legalBasisOf('partly_disclosed') // '《中华人民共和国政府信息公开条例》第三十七条'
 * @example legalBasisOf('other') // undefined
 */
export function legalBasisOf(outcome: ReplyOutcome, written?: string): string | undefined {
  const own = written?.trim()
  return own ? own : DISCLOSURE_LEGAL_BASIS[outcome]
}

/**
 * The text of a disclosure reply as the applicant receives it: the officer's text, the body that
 * holds the information when another does, its legal basis and the remedies, so none can be left out.
 * @example composeDisclosureReply('予以公开，见附件。', '《…条例》第三十七条', '如对本答复不服…') // '予以公开，见附件。\n\n依据：《…条例》第三十七条。\n如对本答复不服…'
 */
export function composeDisclosureReply(text: string, legalBasis: string, remedies: string, holder?: NamedBody): string {
  const held = holder ? `\n${holderSentence(holder)}` : ''
  return `${text}${held}\n\n依据：${legalBasis}。\n${remedies}`
}

/**
 * The text of a 信访 reply as the person receives it: the officer's text, then where to ask for 复查.
 * @example composePetitionReply('已安排维修。', '如对本处理意见不服…') // '已安排维修。\n\n如对本处理意见不服…'
 */
export function composePetitionReply(text: string, remedies: string): string {
  return `${text}\n\n${remedies}`
}

/** The bodies an office names in replies (office settings); null while an administrator has not set one. */
export interface ReplyBodies {
  reconsiderationBody: NamedBody | null
  reviewBody: NamedBody | null
}

/** What a reply needs before it may go out; the reply is refused while one is missing. */
export type ReplyGap = 'legalBasis' | 'reconsiderationBody' | 'reviewBody'

export type ComposedReply = { ok: true; text: string; remedies: string; legalBasis?: string } | { ok: false; missing: ReplyGap }

/**
 * The reply as the resident receives it, for either kind of case: a disclosure reply with its legal
 * basis and the outcome's remedies naming the reconsideration body, a 信访 reply with where to ask
 * for 复查. Refused (`ok: false`) while the basis or the body it must name is missing.
 * @example composeReply('complaint', { outcome: 'supported', text: '已维修。' }, { reconsiderationBody: null, reviewBody: null }) // { ok: false, missing: 'reviewBody' }
 */
export function composeReply(
  kind: CaseKind,
  reply: { outcome: ReplyOutcome; text: string; legalBasis?: string; holder?: NamedBody },
  bodies: ReplyBodies
): ComposedReply {
  if (kind !== 'info_request') {
    if (!bodies.reviewBody) return { ok: false, missing: 'reviewBody' }
    const remedies = petitionRemediesOf(bodies.reviewBody)
    return { ok: true, text: composePetitionReply(reply.text, remedies), remedies }
  }
  const legalBasis = legalBasisOf(reply.outcome, reply.legalBasis)
  if (!legalBasis) return { ok: false, missing: 'legalBasis' }
  if (!bodies.reconsiderationBody) return { ok: false, missing: 'reconsiderationBody' }
  const remedies = disclosureRemediesOf(reply.outcome, bodies.reconsiderationBody)
  const holder = reply.outcome === 'unavailable_not_held' ? reply.holder : undefined
  return { ok: true, text: composeDisclosureReply(reply.text, legalBasis, remedies, holder), remedies, legalBasis }
}

/** Why a reply cannot go out yet, in the words the official reads. */
export const REPLY_GAP_MESSAGES: Record<ReplyGap, string> = {
  legalBasis: '请填写这项答复的法律依据',
  reconsiderationBody: '还没有设置行政复议机关，答复无法告知申请人向谁申请行政复议。请系统管理员先在“管理—复议与复查机关”中设置',
  reviewBody: '还没有设置复查机关（上一级机关），答复无法告知群众向谁请求复查。请系统管理员先在“管理—复议与复查机关”中设置'
}
