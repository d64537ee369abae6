import { DEFAULT_REPLY_TEMPLATES, fillTemplate, unknownPlaceholders, type TemplateValues } from './templates'

const values: TemplateValues = { applicantName: '张三', trackingNo: 'QS-2026-000007', title: '老旧小区改造计划', receivedOn: '2026-11-20', repliedOn: '2026-11-25', outcome: 'partly_disclosed' }

describe('reply templates', () => {
  it('fills the applicant, the tracking number and the day of receipt written in Chinese', () => {
    expect(fillTemplate('{申请人}：您于{收到日期}提出的申请（编号{事项编号}）', values)).toBe('张三：您于2026年11月20日提出的申请（编号QS-2026-000007）')
  })

  it('writes the outcome in the regulation’s words', () => {
    expect(fillTemplate('答复结果：{答复结果}', values)).toBe('答复结果：部分公开')
  })

  it('leaves a placeholder without a value for the officer to complete', () => {
    expect(fillTemplate('{申请人}：', { ...values, applicantName: undefined })).toBe('{申请人}：')
  })

  it('names the placeholders that do not exist', () => {
    expect(unknownPlaceholders('{申请人}：您好。{编号}{事项编号}')).toEqual(['编号'])
  })

  it('ships default templates that use only known placeholders', () => {
    expect(DEFAULT_REPLY_TEMPLATES.flatMap((t) => unknownPlaceholders(t.body))).toEqual([])
  })
})
