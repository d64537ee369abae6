import { DISCLOSURE_OUTCOMES } from '../schemas/cases'
import { composeDisclosureReply, DISCLOSURE_LEGAL_BASIS, DISCLOSURE_REMEDIES, legalBasisOf } from './reply'

describe('the legal basis and remedies of a disclosure reply', () => {
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

  it('tells the applicant of reconsideration within 60 days and a lawsuit within 6 months', () => {
    expect(DISCLOSURE_REMEDIES).toContain('60 日内依法申请行政复议')
    expect(DISCLOSURE_REMEDIES).toContain('6 个月内依法向人民法院提起行政诉讼')
  })

  it('puts the text, the basis and the remedies into the reply in that order', () => {
    expect(composeDisclosureReply('予以公开。', '第三十七条', '如不服…')).toBe('予以公开。\n\n依据：第三十七条。\n如不服…')
  })
})
