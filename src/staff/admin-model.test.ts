import { adminToolsFor } from './admin-model'

const titles = (roles: ('clerk' | 'head' | 'disclosure' | 'leader' | 'admin')[]) => adminToolsFor({ roles, department: null }).map((t) => t.title)

describe('the tools of 管理', () => {
  it('lists every tool for an administrator', () => {
    expect(titles(['admin'])).toEqual(['答复模板', '工作人员账号', '联系方式与接待日', '节假日日历', '操作记录'])
  })

  it('lists templates, contacts and the calendar for the disclosure office, but not accounts or the whole log', () => {
    expect(titles(['disclosure'])).toEqual(['答复模板', '联系方式与接待日', '节假日日历'])
  })

  it('lists nothing for a clerk or a leader', () => {
    expect(titles(['clerk'])).toEqual([])
    expect(titles(['leader'])).toEqual([])
  })

  it('links contacts and the calendar to the office page', () => {
    expect(adminToolsFor({ roles: ['admin'], department: null }).filter((t) => t.url === '/staff/office/index').map((t) => t.title)).toEqual(['联系方式与接待日', '节假日日历'])
  })
})
