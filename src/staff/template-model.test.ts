import type { ReplyTemplate } from '@/core/schemas/staff'
import { outcomesOf, PLACEHOLDERS, PLACEHOLDER_HINTS, previewTemplate, templateBodyError, templateOf, withPlaceholder } from './template-model'

const aTemplate = (over: Partial<ReplyTemplate>): ReplyTemplate => ({ kind: 'complaint', outcome: 'supported', body: '已处理。', updatedBy: null, updatedAt: null, ...over })

describe('the reply templates page', () => {
  it('offers the disclosure regulation’s outcomes for an information request', () => {
    expect(outcomesOf('info_request')).toContain('withheld_state_secret')
    expect(outcomesOf('info_request')).toHaveLength(21)
  })

  it('offers the 信访 outcomes for a complaint, a report, a request for help and a suggestion', () => {
    for (const kind of ['complaint', 'report', 'help', 'suggestion'] as const) expect(outcomesOf(kind)).toEqual(['supported', 'explained', 'not_supported'])
  })

  it('explains every placeholder the server accepts', () => {
    expect(PLACEHOLDERS.every((p) => PLACEHOLDER_HINTS[p].length > 0)).toBe(true)
    expect(PLACEHOLDERS).toEqual(['申请人', '事项编号', '事项标题', '收到日期', '答复日期', '答复结果'])
  })

  it('tells an edited template from the office’s starting text and from none at all', () => {
    const templates = [aTemplate({}), aTemplate({ outcome: 'explained', updatedBy: 'staff:2', updatedAt: '2026-11-25T06:00:00Z' })]
    expect(templateOf(templates, 'complaint', 'supported').state).toBe('default')
    expect(templateOf(templates, 'complaint', 'explained').state).toBe('edited')
    expect(templateOf(templates, 'complaint', 'not_supported').state).toBe('none')
    expect(templateOf(templates, 'report', 'supported').state).toBe('none')
  })

  it('previews a 信访 reply filled with an example case', () => {
    expect(previewTemplate('您于{收到日期}反映的“{事项标题}”（编号{事项编号}）{答复结果}。', 'complaint', 'supported')).toMatch(
      /^您于2026年11月20日反映的“申请公开：2025年老旧小区改造计划”（编号QS-2026-000123）予以支持。\n\n如对本处理意见不服，可以自收到本书面答复之日起 30 日内请求（本街道所在的区人民政府）复查/
    )
  })

  it('previews an information request’s reply with the outcome’s legal basis and the remedies', () => {
    const preview = previewTemplate('{申请人}：经审查，予以公开。', 'info_request', 'disclosed')
    expect(preview).toMatch(/^张桂兰：经审查，予以公开。\n\n依据：《中华人民共和国政府信息公开条例》第三十六条/)
    expect(preview).toContain('60 日内依法向（本街道所在的区人民政府）申请行政复议')
  })

  it('refuses a placeholder that does not exist, with the list of those that do', () => {
    expect(templateBodyError('{申请人}您好，{编号}')).toBe('模板中有不认识的占位符，可用的有：{申请人}{事项编号}{事项标题}{收到日期}{答复日期}{答复结果}')
    expect(templateBodyError('  ')).toBe('请填写模板内容')
    expect(templateBodyError('{申请人}您好。')).toBeNull()
  })

  it('adds a placeholder at the end of the text', () => {
    expect(withPlaceholder('您好，', '申请人')).toBe('您好，{申请人}')
  })
})
