import type { ReplyOutcome } from '../schemas/cases'

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
 * The remedies a disclosure reply tells the applicant (政府信息公开条例 第五十一条): administrative
 * reconsideration within 60 days (行政复议法 第二十条) or a lawsuit within 6 months (行政诉讼法 第四十六条).
 */
export const DISCLOSURE_REMEDIES =
  '如对本答复不服，可以自收到本答复之日起 60 日内依法申请行政复议，或者自收到本答复之日起 6 个月内依法向人民法院提起行政诉讼。'

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
 * The text of a disclosure reply as the applicant receives it: the officer's text, its legal basis
 * and the remedies, so none of the three can be left out.
 * @example composeDisclosureReply('予以公开，见附件。', '《…条例》第三十七条', '如对本答复不服…') // '予以公开，见附件。\n\n依据：《…条例》第三十七条。\n如对本答复不服…'
 */
export function composeDisclosureReply(text: string, legalBasis: string, remedies: string): string {
  return `${text}\n\n依据：${legalBasis}。\n${remedies}`
}
