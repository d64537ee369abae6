import { STAFF_ROLES, STAFF_ROLE_LABELS, StaffCreateBodySchema, StaffPasswordSchema, type StaffCreateBody, type StaffRole } from '@/core/schemas/staff'

/** The new-account form of the staff accounts page, as typed. */
export interface AccountFormValues {
  name: string
  phone: string
  roles: StaffRole[]
  /** A department code, '' for none. */
  department: string
  password: string
}

export const EMPTY_ACCOUNT_FORM: AccountFormValues = { name: '', phone: '', roles: [], department: '', password: '' }

export type AccountFormErrors = Partial<Record<keyof AccountFormValues, string>>

/** What each role does, under its name in the form. */
export const ROLE_NOTES: Record<StaffRole, string> = {
  clerk: '办理本科室的事项',
  head: '审批本科室的答复',
  disclosure: '看全部事项，审核公开内容，修改模板和联系方式',
  disclosure_head: '看全部事项，批准政府信息公开申请的延期（条例第三十三条）',
  leader: '看全部事项，批准信访事项的延期（信访工作条例第三十四条），审批公开内容',
  admin: '管理账号和模板，查看全部操作记录，不办理事项'
}

export const ROLE_CHOICES = STAFF_ROLES.map((role) => ({ role, label: STAFF_ROLE_LABELS[role], note: ROLE_NOTES[role] }))

/**
 * The roles with `role` added or taken away, in the order of STAFF_ROLES.
 * @example toggleRole(['head'], 'clerk') // ['clerk', 'head']
 */
export function toggleRole(roles: readonly StaffRole[], role: StaffRole): StaffRole[] {
  const next = roles.includes(role) ? roles.filter((r) => r !== role) : [...roles, role]
  return STAFF_ROLES.filter((r) => next.includes(r))
}

/**
 * The roles in words.
 * @example roleWords(['clerk', 'head']) // '经办人、科室负责人'
 */
export function roleWords(roles: readonly StaffRole[]): string {
  return roles.map((r) => STAFF_ROLE_LABELS[r]).join('、')
}

/**
 * The body to send, or the message under each wrong field (the server's own schema, so the form and
 * the server agree).
 * @example checkAccountForm({ ...EMPTY_ACCOUNT_FORM, name: '王芳' }).ok // false
 */
export function checkAccountForm(values: AccountFormValues): { ok: true; body: StaffCreateBody } | { ok: false; errors: AccountFormErrors } {
  const checked = StaffCreateBodySchema.safeParse({ ...values, phone: values.phone.trim(), department: values.department || null })
  if (checked.success) return { ok: true, body: checked.data }
  const errors: AccountFormErrors = {}
  for (const issue of checked.error.issues) {
    const key = issue.path[0] as keyof AccountFormValues
    errors[key] ??= issue.message
  }
  return { ok: false, errors }
}

/**
 * The schema's message about a new password, or null when it may be set.
 * @example passwordError('short') // '密码至少 10 个字符'
 */
export function passwordError(password: string): string | null {
  const checked = StaffPasswordSchema.safeParse(password)
  return checked.success ? null : checked.error.issues[0].message
}
