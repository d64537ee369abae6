import type { GuideDetail } from '@/core/schemas/guides'
import { checkGuideDraft, EMPTY_GUIDE_FORM, EMPTY_MATERIAL, formOfPublishedGuide, linesOf, type GuideFormValues } from './guide-model'

const complete: GuideFormValues = {
  ...EMPTY_GUIDE_FORM,
  name: '最低生活保障申请',
  summary: '家庭收入低于本市低保标准的居民申请低保',
  topic: '社会救助',
  departmentId: 3,
  legalBasis: '《社会救助暂行办法》\n',
  procedure: '申请\n审核\n\n审批',
  materials: [{ name: '身份证', copies: '1 份', note: '' }, EMPTY_MATERIAL],
  statutoryLimit: '30 个工作日',
  promisedLimit: '20 个工作日',
  feeBasis: '无'
}

describe('the service-guide form', () => {
  it('takes a list field one item per line, blank lines dropped', () => {
    expect(linesOf('申请\n\n 审核 \r\n')).toEqual(['申请', '审核'])
  })

  it('sends the eight disclosures, leaving out the empty material row the form always offers', () => {
    const checked = checkGuideDraft(complete)
    expect(checked.ok && checked.body).toMatchObject({
      legalBasis: ['《社会救助暂行办法》'],
      procedure: ['申请', '审核', '审批'],
      materials: [{ name: '身份证', copies: '1 份', note: null }],
      feeStandard: '不收费',
      revises: null
    })
  })

  it('asks for every missing disclosure in the schema’s words', () => {
    const checked = checkGuideDraft(EMPTY_GUIDE_FORM)
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.errors).toMatchObject({
      name: '请填写事项名称',
      departmentId: '请选择受理部门',
      legalBasis: '请至少填写一条设定依据',
      procedure: '请至少填写一条办理流程',
      statutoryLimit: '请填写法定时限',
      promisedLimit: '请填写承诺时限',
      feeBasis: '请填写收费依据'
    })
    expect(checked.errors.materials?.all).toBe('请至少填写一项申请材料')
  })

  it('keeps a material’s problem on its own row', () => {
    const checked = checkGuideDraft({ ...complete, materials: [{ name: '身份证', copies: '1 份', note: '' }, { name: '', copies: '1 份', note: '复印件' }] })
    expect(!checked.ok && checked.errors.materials).toEqual({ 1: '请填写材料名称' })
  })

  it('starts a revision from the published guide and links it', () => {
    const published: GuideDetail = {
      id: 12,
      name: '高龄津贴申领',
      summary: '80 岁以上老人申领高龄津贴',
      topic: '养老服务',
      departmentName: '民政办',
      promisedLimit: '10 个工作日',
      legalBasis: ['本市高龄津贴办法'],
      procedure: ['申请', '发放'],
      materials: [{ name: '身份证', copies: '1 份', note: null }],
      statutoryLimit: '20 个工作日',
      feeStandard: '不收费',
      feeBasis: '无',
      body: '<h3>须知</h3>\n<p>请先<strong>电话预约</strong></p>',
      department: { id: 3, name: '民政办', phone: '1', address: '一楼', location: null, hours: '工作日' }
    }
    expect(formOfPublishedGuide(published)).toMatchObject({
      revises: 12,
      departmentId: 3,
      procedure: '申请\n发放',
      materials: [{ name: '身份证', copies: '1 份', note: '' }],
      body: '<h3>须知</h3>\n\n请先<strong>电话预约</strong>'
    })
  })

  it('sends 办事须知 as rich text, typed paragraphs as paragraphs, and an empty one as empty', () => {
    const sent = (body: string) => {
      const checked = checkGuideDraft({ ...complete, body })
      return checked.ok ? checked.body.body : null
    }
    expect(sent('请先电话预约\n\n节假日不办理')).toBe('<p>请先电话预约</p>\n<p>节假日不办理</p>')
    expect(sent('')).toBe('')
  })
})
