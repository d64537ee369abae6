import { EMPTY_CASE_FORM, needsConsent, toCaseBody, validateCaseForm, type CaseFormValues } from './form-model'

const form = (over: Partial<CaseFormValues>): CaseFormValues => ({ ...EMPTY_CASE_FORM, ...over })

const infoRequest = form({
  content: '2025年本街道老旧小区改造计划及资金安排',
  name: '张桂兰',
  idType: 'id_card',
  idNumber: '11010519491231002x',
  phone: '13812345678',
  format: 'electronic',
  delivery: 'online'
})

describe('the case form checked with the server schema', () => {
  it('asks for a title and the content of a suggestion, in plain Chinese', () => {
    const check = validateCaseForm('suggestion', EMPTY_CASE_FORM)
    expect(check).toEqual({ ok: false, errors: { title: '请填写标题', content: '请填写具体内容' } })
  })

  it('accepts the minimal suggestion with only a title and content', () => {
    const check = validateCaseForm('suggestion', form({ title: '加装座椅', content: '小区门口没有地方休息' }))
    expect(check.ok).toBe(true)
  })

  it('checks the contact phone of a complaint when one is given', () => {
    const check = validateCaseForm('complaint', form({ title: '窗口推诿', content: '办事窗口说不归他们管', contactPhone: '1234' }))
    expect(check.ok ? {} : check.errors).toEqual({ contactPhone: '手机号码应为 11 位数字，以 1 开头，例如 13812345678' })
  })

  it('lists every missing part of an information request against its own field', () => {
    const check = validateCaseForm('info_request', form({ content: '改造计划' }))
    if (check.ok) throw new Error('expected errors')
    expect(check.errors.content).toBe('请具体描述所需的政府信息（至少 10 个字），例如文件名称、文号或大致时间')
    expect(check.errors.name).toBe('请填写申请人姓名或组织名称')
    expect(check.errors.idNumber).toBe('请填写证件号码')
    expect(check.errors.phone).toBe('请填写手机号码')
    expect(check.errors.format).toBe('请选择提供形式：纸质或电子')
    expect(check.errors.delivery).toBe('请选择获取方式：自行领取、邮寄、电子邮件或网上获取')
  })

  it('refuses an identity card number whose check digit is wrong', () => {
    const check = validateCaseForm('info_request', { ...infoRequest, idNumber: '110105194912310021' })
    expect(check.ok ? {} : check.errors).toEqual({ idNumber: '身份证号码不正确，请核对 18 位号码（最后一位可能是 X）' })
  })

  it('accepts a lower-case x as the last digit of an identity card number', () => {
    expect(validateCaseForm('info_request', infoRequest).ok).toBe(true)
  })

  it('asks for the address when the information is to be posted', () => {
    const check = validateCaseForm('info_request', { ...infoRequest, delivery: 'post' })
    expect(check.ok ? {} : check.errors).toEqual({ address: '选择邮寄时，请填写邮寄地址' })
  })

  it('asks an organisation for its kind, legal representative and contact person', () => {
    const check = validateCaseForm('info_request', { ...infoRequest, applicantType: 'organisation', idType: 'social_credit_code', idNumber: '91330100MA2XXXXX0X' })
    expect(check.ok ? {} : check.errors).toEqual({
      organisationKind: '请选择组织类型',
      legalRepresentative: '请填写法定代表人姓名',
      contactPerson: '请填写联系人姓名'
    })
  })

  it('leaves empty optional fields out of the body', () => {
    const body = toCaseBody('suggestion', form({ title: 'a', content: 'b' }))
    expect(body).toEqual({ kind: 'suggestion', title: 'a', content: 'b', attachments: [], publishReply: false })
  })
})

describe('the consent gate', () => {
  it('holds back an information request, which carries an identity number, until consent', () => {
    const check = validateCaseForm('info_request', infoRequest)
    if (!check.ok) throw new Error('expected a valid form')
    expect(needsConsent(check.body, false)).toBe(true)
    expect(needsConsent(check.body, true)).toBe(false)
  })

  it('lets a suggestion through without consent', () => {
    expect(needsConsent({ kind: 'suggestion', title: 'a', content: 'b' }, false)).toBe(false)
  })
})

it('asks for the applicant’s phone in words when it is left empty', () => {
  const check = validateCaseForm('info_request', form({ content: '2025年本街道老旧小区改造计划', name: '张桂兰', idNumber: '11010519491231002X', format: 'paper', delivery: 'pickup' }))
  expect(check.ok ? {} : check.errors).toEqual({ phone: '请填写手机号码' })
})
