import { DISCLOSURE_OUTCOMES, PETITION_OUTCOMES } from '../schemas/cases'
import {
  composeDisclosureReply,
  composeReply,
  disclosureRemediesOf,
  DISCLOSURE_LEGAL_BASIS,
  holderSentence,
  legalBasisOf,
  petitionRemediesOf,
  type ReplyBodies
} from './reply'

const DISTRICT = { name: '沧澜市望川区人民政府' }
const BODIES: ReplyBodies = { reconsiderationBody: DISTRICT, reviewBody: DISTRICT }

describe('the legal basis of a disclosure reply', () => {
  it('cites 第三十七条 for a partial disclosure', () => {
    expect(legalBasisOf('partly_disclosed')).toBe('《中华人民共和国政府信息公开条例》第三十七条')
  })

  it('prefers the basis the officer wrote', () => {
    expect(legalBasisOf('disclosed', '  《某市政府信息公开规定》第十条 ')).toBe('《某市政府信息公开规定》第十条')
  })

  it('has no basis for “other” unless the officer writes one', () => {
    expect(legalBasisOf('other')).toBeUndefined()
    expect(legalBasisOf('other', '   ')).toBeUndefined()
  })

  it('cites an article for every outcome except “other” and a request to confirm information', () => {
    const without = DISCLOSURE_OUTCOMES.filter((o) => !DISCLOSURE_LEGAL_BASIS[o])
    expect(without).toEqual(['not_handled_confirmation', 'other'])
  })
})

describe('the remedies of a disclosure reply, per outcome (政府信息公开条例 第五十一条)', () => {
  it('a 不予公开 reply tells the applicant to apply for reconsideration before suing: 行政复议法 第二十三条第一款第（四）项、第二款', () => {
    const remedies = disclosureRemediesOf('withheld_third_party_rights', DISTRICT)
    expect(remedies).toContain('应当自收到本答复之日起 60 日内依法先向沧澜市望川区人民政府申请行政复议')
    expect(remedies).toContain('须先申请行政复议，不能直接提起行政诉讼')
    expect(remedies).not.toContain('6 个月内')
  })

  it('every 不予公开 ground carries reconsideration first, none the either/or text (行政复议法 第二十三条第一款第（四）项)', () => {
    for (const outcome of DISCLOSURE_OUTCOMES.filter((o) => o.startsWith('withheld_'))) {
      expect(disclosureRemediesOf(outcome, DISTRICT)).toContain('先向沧澜市望川区人民政府申请行政复议')
      expect(disclosureRemediesOf(outcome, DISTRICT)).not.toContain('或者自收到本答复之日起 6 个月内')
    }
  })

  it('a lawsuit after reconsideration runs 15 days from the reconsideration decision (行政诉讼法 第四十五条)', () => {
    expect(disclosureRemediesOf('withheld_state_secret', DISTRICT)).toContain('自收到行政复议决定书之日起 15 日内依法向人民法院提起行政诉讼')
  })

  it('a 部分公开 reply puts reconsideration first for the withheld part and both routes for the rest (行政复议法 第二十三条)', () => {
    const remedies = disclosureRemediesOf('partly_disclosed', DISTRICT)
    expect(remedies).toMatch(/^对本答复中不予公开的部分不服的，应当自收到本答复之日起 60 日内依法先向沧澜市望川区人民政府申请行政复议/)
    expect(remedies).toContain('对本答复其他内容不服的，可以自收到本答复之日起 60 日内依法向沧澜市望川区人民政府申请行政复议，或者自收到本答复之日起 6 个月内依法向人民法院提起行政诉讼。')
  })

  it('a disclosed, unavailable or not handled reply offers reconsideration within 60 days or a lawsuit within 6 months (行政复议法 第二十条、行政诉讼法 第四十六条)', () => {
    for (const outcome of ['disclosed', 'unavailable_not_held', 'not_handled_repeated', 'other'] as const) {
      expect(disclosureRemediesOf(outcome, DISTRICT)).toBe(
        '如对本答复不服，可以自收到本答复之日起 60 日内依法向沧澜市望川区人民政府申请行政复议，或者自收到本答复之日起 6 个月内依法向人民法院提起行政诉讼。'
      )
    }
  })

  it('names the reconsideration body with how to reach it when the office set one (行政复议法 第二十条第二款、第二十四条)', () => {
    expect(disclosureRemediesOf('disclosed', { name: '某区人民政府', contact: '某路1号，电话 0000-1' })).toContain('依法向某区人民政府（某路1号，电话 0000-1）申请行政复议')
  })
})

describe('the 复查 a 信访 reply offers (信访工作条例 第三十二条、第三十五条)', () => {
  it('a 信访 reply tells the person they may ask the body one level up for 复查 within 30 days of receiving it: 信访工作条例 第三十五条', () => {
    expect(petitionRemediesOf(DISTRICT)).toBe(
      '如对本处理意见不服，可以自收到本书面答复之日起 30 日内请求沧澜市望川区人民政府复查（《信访工作条例》第三十五条）。您也可以在本应用中提出复查请求，街道会转送该机关。'
    )
  })

  it('every 信访 outcome (支持、解释说明、不予支持) carries it', () => {
    for (const outcome of PETITION_OUTCOMES) {
      const reply = composeReply('complaint', { outcome, text: '处理意见。' }, BODIES)
      expect(reply.ok && reply.text).toContain('30 日内请求沧澜市望川区人民政府复查')
    }
  })
})

describe('composing a reply', () => {
  it('puts the text, the basis and the remedies into a disclosure reply in that order', () => {
    expect(composeDisclosureReply('予以公开。', '第三十七条', '如不服…')).toBe('予以公开。\n\n依据：第三十七条。\n如不服…')
  })

  it('a 无法提供 reply names the body that holds the information and how to reach it: 政府信息公开条例 第三十六条第（五）项', () => {
    const holder = { name: '沧澜市望川区住房和城乡建设局', contact: '电话 0000-66015000' }
    const reply = composeReply('info_request', { outcome: 'unavailable_not_held', text: '本机关不掌握该信息。', holder }, BODIES)
    expect(reply.ok && reply.text).toMatch(/^本机关不掌握该信息。\n经确定，该信息由沧澜市望川区住房和城乡建设局负责公开，您可以向该机关申请。联系方式：电话 0000-66015000。\n\n依据：/)
  })

  it('leaves out a contact it does not know', () => {
    expect(holderSentence({ name: '某局' })).toBe('经确定，该信息由某局负责公开，您可以向该机关申请。')
  })

  it('writes no holder into a reply of another outcome', () => {
    const reply = composeReply('info_request', { outcome: 'disclosed', text: '予以公开。', holder: { name: '某局' } }, BODIES)
    expect(reply.ok && reply.text).not.toContain('某局')
  })

  it('refuses a disclosure reply while the office has not named its reconsideration body (行政复议法 第二十条第二款)', () => {
    expect(composeReply('info_request', { outcome: 'disclosed', text: '予以公开。' }, { ...BODIES, reconsiderationBody: null })).toEqual({ ok: false, missing: 'reconsiderationBody' })
  })

  it('refuses a 信访 reply while the office has not named the body that decides a 复查 (信访工作条例 第三十五条)', () => {
    expect(composeReply('suggestion', { outcome: 'explained', text: '说明。' }, { ...BODIES, reviewBody: null })).toEqual({ ok: false, missing: 'reviewBody' })
  })

  it('asks for the basis of an outcome with no article of its own', () => {
    expect(composeReply('info_request', { outcome: 'other', text: '其他。' }, BODIES)).toEqual({ ok: false, missing: 'legalBasis' })
  })
})
