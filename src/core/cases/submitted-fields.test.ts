import { submittedFields } from './submitted-fields'

describe('what the resident submitted, as the official reads it', () => {
  it('an information request shows the form of provision, the way of delivery and whether the reply may be published', () => {
    const fields = submittedFields({ kind: 'info_request', content: '…', format: 'paper', delivery: 'post', publishReply: false, applicant: { type: 'citizen' } })
    expect(fields).toEqual([
      { label: '申请人是', value: '个人' },
      { label: '提供形式', value: '纸质文件' },
      { label: '获取方式', value: '邮寄' },
      { label: '答复能否公开', value: '不公开' }
    ])
  })

  it('an organisation’s request names its kind and legal representative', () => {
    const fields = submittedFields({
      kind: 'info_request',
      format: 'electronic',
      delivery: 'email',
      publishReply: true,
      applicant: { type: 'organisation', organisationKind: 'legal_service', legalRepresentative: '李律' }
    })
    expect(fields).toContainEqual({ label: '申请人是', value: '单位或组织' })
    expect(fields).toContainEqual({ label: '单位类型', value: '法律服务机构' })
    expect(fields).toContainEqual({ label: '法定代表人', value: '李律' })
    expect(fields).toContainEqual({ label: '答复能否公开', value: '可以公开（隐去姓名和电话）' })
  })

  it('a complaint shows the department or matter it concerns, the place and the contact phone', () => {
    const fields = submittedFields({
      kind: 'complaint',
      department: '城市管理办公室',
      location: { latitude: 31.2, longitude: 121.4, address: '青石路 12 号' },
      contactPhone: '13800138000',
      publishReply: true
    })
    expect(fields).toEqual([
      { label: '涉及的部门或事项', value: '城市管理办公室' },
      { label: '地点', value: '青石路 12 号' },
      { label: '联系电话', value: '13800138000' },
      { label: '答复能否公开', value: '可以公开（隐去姓名和电话）' }
    ])
  })

  it('a place without an address is given by its coordinates', () => {
    expect(submittedFields({ kind: 'help', location: { latitude: 31.2, longitude: 121.4 } })).toEqual([{ label: '地点', value: '北纬 31.2，东经 121.4' }])
  })

  it('fields the resident left empty are left out', () => {
    expect(submittedFields({ kind: 'suggestion', department: '  ', topic: '' })).toEqual([])
  })
})
