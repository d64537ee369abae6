import { checkAccountForm, EMPTY_ACCOUNT_FORM, passwordError, roleWords, toggleRole } from './account-model'

const wang = { name: '王芳', phone: '13900000001', roles: ['clerk' as const], department: 'social-affairs', password: 'a-long-password' }

describe('the new staff account form', () => {
  it('sends a complete account as the server expects it', () => {
    expect(checkAccountForm(wang)).toEqual({ ok: true, body: wang })
  })

  it('sends no department for a leader who belongs to none', () => {
    expect(checkAccountForm({ ...wang, roles: ['leader'], department: '' })).toEqual({ ok: true, body: { ...wang, roles: ['leader'], department: null } })
  })

  it('asks for a department for a clerk or a section head', () => {
    expect(checkAccountForm({ ...wang, department: '' })).toEqual({ ok: false, errors: { department: '经办人和科室负责人必须属于一个科室' } })
  })

  it('asks for at least one role', () => {
    const checked = checkAccountForm({ ...wang, roles: [] })
    expect(!checked.ok && checked.errors.roles).toBe('至少选择一个角色')
  })

  it('puts each message under its own field', () => {
    const checked = checkAccountForm(EMPTY_ACCOUNT_FORM)
    expect(checked.ok).toBe(false)
    expect(!checked.ok && checked.errors).toMatchObject({ name: '请填写姓名', phone: '请填写 11 位手机号', password: '密码至少 10 个字符' })
  })

  it('keeps the roles in the matrix’s order whatever order they were ticked in', () => {
    expect(toggleRole(toggleRole([], 'head'), 'clerk')).toEqual(['clerk', 'head'])
    expect(toggleRole(['clerk', 'head'], 'clerk')).toEqual(['head'])
  })

  it('writes the roles in words', () => {
    expect(roleWords(['disclosure', 'admin'])).toBe('政务公开工作人员、系统管理员')
  })

  it('refuses a new password shorter than 10 characters', () => {
    expect(passwordError('short')).toBe('密码至少 10 个字符')
    expect(passwordError('a-long-password')).toBeNull()
  })
})
