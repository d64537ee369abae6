import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { addStaffAccount, disableStaffAccount, fetchStaffAccounts, fetchStaffMe, resetStaffPassword } from '@/api/staff'
import { toApiError } from '@/api/errors'
import { ActionButton } from '@/components/ActionButton'
import { ChoiceField } from '@/components/cases/ChoiceField'
import { FieldFrame, TextField } from '@/components/cases/Field'
import { StaffShell } from '@/components/staff/StaffShell'
import { useDepartmentNames } from '@/components/staff/use-department-names'
import type { StaffMember } from '@/core/schemas/staff'
import { canStaff } from '@/core/staff'
import { useStaffSession } from '@/stores/staff-session'
import { checkAccountForm, EMPTY_ACCOUNT_FORM, passwordError, ROLE_CHOICES, roleWords, toggleRole, type AccountFormErrors, type AccountFormValues } from '../account-model'
import { useStaffLoad } from '../use-staff-load'
import './index.scss'

const NO_DEPARTMENT = '-'

function PasswordField({ label, value, error, hint, onChange }: { label: string; value: string; error?: string; hint?: string; onChange(value: string): void }) {
  return (
    <FieldFrame label={label} required error={error} hint={hint}>
      <Input
        className='case-field__input'
        password
        value={value}
        maxlength={200}
        placeholder='至少 10 个字符'
        placeholderClass='case-field__placeholder'
        aria-label={label}
        onInput={(e) => onChange(e.detail.value)}
      />
    </FieldFrame>
  )
}

function NewAccount({ onAdded, onCancel }: { onAdded(member: StaffMember): void; onCancel(): void }) {
  const { departments } = useDepartmentNames()
  const [values, setValues] = useState<AccountFormValues>(EMPTY_ACCOUNT_FORM)
  const [errors, setErrors] = useState<AccountFormErrors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const set = <K extends keyof AccountFormValues>(key: K) => (value: AccountFormValues[K]) => setValues((v) => ({ ...v, [key]: value }))

  const submit = async () => {
    if (busy) return
    setFailure(null)
    const checked = checkAccountForm(values)
    setErrors(checked.ok ? {} : checked.errors)
    if (!checked.ok) return
    setBusy(true)
    try {
      onAdded(await addStaffAccount(checked.body))
    } catch (caught) {
      const error = toApiError(caught)
      // The one refusal tied to a field: the phone already has an account.
      if (error.code === 'STAFF_PHONE_TAKEN') setErrors({ phone: error.message })
      else setFailure(error.message)
    } finally {
      setBusy(false)
    }
  }

  const departmentChoices = [{ value: NO_DEPARTMENT, label: '不属于科室' }, ...departments.map((d) => ({ value: d.key, label: d.name }))]
  return (
    <View className='staff-panel staff-accounts__form' aria-label='新建账号'>
      <Text className='staff-panel__title'>新建工作人员账号</Text>
      <TextField label='姓名' required value={values.name} maxLength={40} error={errors.name} onChange={set('name')} />
      <TextField label='手机号' required type='number' maxLength={11} value={values.phone} error={errors.phone} hint='本人用这个号码登录。' onChange={set('phone')} />
      <FieldFrame label='角色（可多选）' required error={errors.roles}>
        <View className='staff-accounts__roles'>
          {ROLE_CHOICES.map(({ role, label, note }) => {
            const on = values.roles.includes(role)
            return (
              <View key={role} className={`staff-accounts__role ${on ? 'staff-accounts__role--on' : ''}`} role='checkbox' aria-checked={on} hoverClass='jf-pressed' onClick={() => set('roles')(toggleRole(values.roles, role))}>
                <Text className='staff-accounts__role-label'>
                  {on ? '☑ ' : '☐ '}
                  {label}
                </Text>
                <Text className='staff-muted'>{note}</Text>
              </View>
            )
          })}
        </View>
      </FieldFrame>
      <ChoiceField
        label='所在科室'
        required
        hint='经办人和科室负责人必须属于一个科室。'
        choices={departmentChoices}
        value={values.department || NO_DEPARTMENT}
        error={errors.department}
        onChange={(v) => set('department')(v === NO_DEPARTMENT ? '' : v)}
      />
      <PasswordField label='初始密码' value={values.password} error={errors.password} hint='请当面或电话告诉本人，不要用短信或微信发送。' onChange={set('password')} />
      {failure && (
        <View role='alert'>
          <Text className='staff-error'>⚠ {failure}</Text>
        </View>
      )}
      <View className='staff-row'>
        <View className='staff-button staff-button--primary' role='button' hoverClass='jf-pressed' onClick={() => void submit()}>
          <Text>{busy ? '正在创建…' : '创建账号'}</Text>
        </View>
        <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={onCancel}>
          <Text>取消</Text>
        </View>
      </View>
    </View>
  )
}

function ResetPassword({ member, onDone }: { member: StaffMember; onDone(): void }) {
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    if (busy) return
    const problem = passwordError(password)
    setError(problem ?? undefined)
    if (problem) return
    setBusy(true)
    try {
      await resetStaffPassword(member.id, password)
      void Taro.showToast({ title: '密码已重设', icon: 'success' })
      onDone()
    } catch (caught) {
      setError(toApiError(caught).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='staff-accounts__reset'>
      <PasswordField label={`${member.name}的新密码`} value={password} error={error} hint='重设后原来的登录失效，输错密码后的等待也随之解除。' onChange={setPassword} />
      <View className='staff-row'>
        <View className='staff-button staff-button--primary' role='button' hoverClass='jf-pressed' onClick={() => void submit()}>
          <Text>{busy ? '正在重设…' : '确认重设'}</Text>
        </View>
        <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={onDone}>
          <Text>取消</Text>
        </View>
      </View>
    </View>
  )
}

/** 工作人员账号: administrators add staff, give roles and a department, disable accounts and reset passwords. */
export default function StaffAccountsPage() {
  const staff = useStaffSession((s) => s.staff)
  const allowed = staff ? canStaff(staff, 'manage_staff') : false
  const accounts = useStaffLoad(() => (allowed ? fetchStaffAccounts() : Promise.resolve([])), [allowed])
  // Who is signed in, so that an administrator cannot lock themself out by disabling their own account.
  const me = useStaffLoad(() => (allowed ? fetchStaffMe() : Promise.resolve(null)), [allowed])
  const { nameOf } = useDepartmentNames()
  const [adding, setAdding] = useState(false)
  const [resetting, setResetting] = useState<number | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const list = accounts.data ?? []

  const disable = async (member: StaffMember) => {
    const answer = await Taro.showModal({ title: `停用${member.name}的账号？`, content: '停用后立即退出登录，不能再登录。账号和操作记录都会保留。', confirmText: '停用', cancelText: '取消' })
    if (!answer.confirm) return
    setFailure(null)
    try {
      await disableStaffAccount(member.id)
      accounts.replace(list.map((m) => (m.id === member.id ? { ...m, disabled: true } : m)))
      void Taro.showToast({ title: '已停用', icon: 'success' })
    } catch (caught) {
      setFailure(toApiError(caught).message)
    }
  }

  return (
    <StaffShell section='admin' title='工作人员账号'>
      {!allowed ? (
        <View className='staff-panel'>
          <Text>只有系统管理员可以管理工作人员账号。</Text>
        </View>
      ) : accounts.error ? (
        <View role='alert' className='staff-panel'>
          <Text className='staff-error'>⚠ {accounts.error}</Text>
          <ActionButton text='重试' onClick={() => void accounts.reload()} />
        </View>
      ) : !accounts.data ? (
        <Text className='staff-muted'>正在加载…</Text>
      ) : (
        <View className={adding ? 'staff-columns staff-accounts' : 'staff-accounts'}>
          {adding && (
            <NewAccount
              onAdded={(member) => {
                accounts.replace([...list, member])
                setAdding(false)
                void Taro.showToast({ title: '账号已创建', icon: 'success' })
              }}
              onCancel={() => setAdding(false)}
            />
          )}
          <View className='staff-accounts__list'>
            <View className='staff-accounts__top'>
              <Text className='staff-muted'>
                共 {list.length} 个账号，其中停用 {list.filter((m) => m.disabled).length} 个
              </Text>
              {!adding && (
                <View className='staff-button staff-button--primary' role='button' hoverClass='jf-pressed' onClick={() => setAdding(true)}>
                  <Text>＋ 新建账号</Text>
                </View>
              )}
            </View>
            {failure && (
              <View role='alert'>
                <Text className='staff-error'>⚠ {failure}</Text>
              </View>
            )}
            <View className='staff-accounts__rows'>
              {list.map((m) => (
                <View key={m.id} className={`staff-accounts__row ${m.disabled ? 'staff-accounts__row--disabled' : ''}`} aria-label={m.name}>
                  <View className='staff-accounts__head'>
                    <Text className='staff-accounts__name'>{m.name}</Text>
                    {m.disabled && <Text className='staff-accounts__tag'>已停用</Text>}
                    {m.id === me.data?.id && <Text className='staff-accounts__tag'>本人</Text>}
                  </View>
                  <Text className='staff-muted'>
                    {m.phone} · {m.department ? nameOf(m.department) : '不属于科室'}
                  </Text>
                  <Text>{roleWords(m.roles)}</Text>
                  {!m.disabled && resetting !== m.id && (
                    <View className='staff-row staff-accounts__actions'>
                      <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => setResetting(m.id)}>
                        <Text>重设密码</Text>
                      </View>
                      {m.id !== me.data?.id && (
                        <View className='staff-button staff-accounts__disable' role='button' hoverClass='jf-pressed' onClick={() => void disable(m)}>
                          <Text>停用</Text>
                        </View>
                      )}
                    </View>
                  )}
                  {resetting === m.id && <ResetPassword member={m} onDone={() => setResetting(null)} />}
                </View>
              ))}
            </View>
          </View>
        </View>
      )}
    </StaffShell>
  )
}
