import { CaseCreateBodySchema, caseTitleOf } from './cases'

const ID = '11010519491231002X'
const infoRequest = {
  kind: 'info_request',
  content: '请公开2025年本街道老旧小区改造的计划和资金安排',
  applicant: { name: '张三', idType: 'id_card', idNumber: ID, phone: '13812345678' },
  format: 'electronic',
  delivery: 'online'
}
const messageAt = (body: unknown, path: string): string | undefined => {
  const result = CaseCreateBodySchema.safeParse(body)
  if (result.success) return undefined
  return result.error.issues.find((i) => i.path.join('.') === path)?.message
}

describe('CaseCreateBodySchema', () => {
  it('accepts the minimal suggestion of the issue', () => {
    const body = CaseCreateBodySchema.parse({ kind: 'suggestion', title: '建议增设休息座椅', content: '社区公园缺少座椅' })
    expect(body).toMatchObject({ attachments: [], publishReply: false })
  })

  it('accepts the minimal information request of the issue', () => {
    expect(CaseCreateBodySchema.safeParse(infoRequest).success).toBe(true)
  })

  it('requires a title for every kind but an information request', () => {
    expect(messageAt({ kind: 'complaint', content: '噪音扰民' }, 'title')).toBe('请填写标题')
  })

  it('refuses oversized text with the limit in the message', () => {
    expect(messageAt({ kind: 'help', title: '求助', content: '字'.repeat(2001) }, 'content')).toBe('内容最多 2000 个字，请精简后再提交')
    expect(messageAt({ kind: 'help', title: '题'.repeat(51), content: '内容' }, 'title')).toBe('标题最多 50 个字')
  })

  it('refuses a contact phone that is not a mainland mobile number', () => {
    expect(messageAt({ kind: 'report', title: '举报', content: '内容', contactPhone: '12345' }, 'contactPhone')).toContain('11 位数字')
  })

  it('refuses ten attachments', () => {
    const attachments = Array.from({ length: 10 }, (_, i) => i.toString(16).padStart(32, '0'))
    expect(messageAt({ kind: 'report', title: '举报', content: '内容', attachments }, 'attachments')).toBe('最多上传 9 个附件（照片或 PDF 文件）')
  })

  it('refuses an identity card number whose check character is wrong', () => {
    const body = { ...infoRequest, applicant: { ...infoRequest.applicant, idNumber: '110105194912310021' } }
    expect(messageAt(body, 'applicant.idNumber')).toContain('身份证号码不正确')
  })

  it('refuses a description too short to find the information', () => {
    expect(messageAt({ ...infoRequest, content: '文件' }, 'content')).toContain('至少 10 个字')
  })

  it('asks an organisation for its kind, legal representative and contact person', () => {
    const body = { ...infoRequest, applicant: { ...infoRequest.applicant, type: 'organisation', idType: 'social_credit_code', idNumber: '91110000MA01234567' } }
    expect(messageAt(body, 'applicant.organisationKind')).toBe('请选择组织类型')
    expect(messageAt(body, 'applicant.legalRepresentative')).toBe('请填写法定代表人姓名')
    expect(messageAt(body, 'applicant.contactPerson')).toBe('请填写联系人姓名')
  })

  it('asks for an e-mail address when the information is to be sent by e-mail', () => {
    expect(messageAt({ ...infoRequest, delivery: 'email' }, 'applicant.email')).toBe('选择电子邮件获取时，请填写电子邮箱')
  })

  it('refuses an unknown kind with the list of kinds', () => {
    expect(messageAt({ kind: 'praise', title: 't', content: 'c' }, 'kind')).toContain('投诉')
  })
})

describe('caseTitleOf', () => {
  it('derives the title of an information request from its description', () => {
    expect(caseTitleOf(CaseCreateBodySchema.parse(infoRequest))).toBe('申请公开：请公开2025年本街道老旧小区改造的计划和资金安排')
  })
})
