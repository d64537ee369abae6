import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchStaffMe, signInStaff } from '@/api/staff'
import { toApiError } from '@/api/errors'
import { PageShell } from '@/components/PageShell'
import { FieldFrame, TextField } from '@/components/cases/Field'
import { MobilePhoneSchema } from '@/core/schemas/cases'
import { homeSectionOf } from '@/core/staff/workbench'
import { useStaffSession } from '@/stores/staff-session'
import { SECTION_URLS, STAFF_QUEUE_URL } from '../routes'
import '@/components/staff/StaffShell/index.scss'
import './index.scss'

/** 工作人员登录: phone and password; the server's word on a wrong password or a locked account. */
export default function StaffLoginPage() {
  const [phone, setPhone] = useState('')
  const [password, setPassword] = useState('')
  const [phoneError, setPhoneError] = useState<string>()
  const [passwordError, setPasswordError] = useState<string>()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const signIn = async () => {
    if (busy) return
    const checked = MobilePhoneSchema.safeParse(phone)
    setPhoneError(checked.success ? undefined : checked.error.issues[0].message)
    setPasswordError(password ? undefined : '请填写密码')
    setError(null)
    if (!checked.success || !password) return
    setBusy(true)
    try {
      const session = await signInStaff(checked.data, password)
      useStaffSession.getState().signIn(session)
      let home = STAFF_QUEUE_URL
      try {
        const me = await fetchStaffMe()
        useStaffSession.getState().signIn({ ...session, staff: { name: me.name, roles: me.roles, department: me.department } })
        // An administrator handles no case: the queue would only refuse them.
        home = SECTION_URLS[homeSectionOf(me)]
      } catch {
        // Without the name the bar says 工作人员 and no action is offered; the server checks each anyway.
      }
      void Taro.redirectTo({ url: home })
    } catch (caught) {
      setError(toApiError(caught).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageShell className='staff'>
      <View className='staff-login'>
        <Text className='staff-login__title'>工作人员登录</Text>
        <Text className='staff-muted'>街道办事处工作人员办理群众事项、发布政务信息使用。居民请返回“我的”。</Text>
        <View className='staff-login__form'>
          <TextField label='手机号码' required type='number' value={phone} maxLength={11} placeholder='登记的 11 位手机号' error={phoneError} onChange={setPhone} />
          <FieldFrame label='密码' required error={passwordError}>
            <Input
              className='case-field__input'
              password
              value={password}
              placeholder='请输入密码'
              placeholderClass='case-field__placeholder'
              aria-label='密码'
              onInput={(e) => setPassword(e.detail.value)}
              onConfirm={() => void signIn()}
            />
          </FieldFrame>
          {error && (
            <View role='alert'>
              <Text className='staff-error'>⚠ {error}</Text>
            </View>
          )}
          <View className='staff-button staff-button--primary' role='button' hoverClass='jf-pressed' onClick={() => void signIn()}>
            <Text>{busy ? '正在登录…' : '登录'}</Text>
          </View>
        </View>
      </View>
    </PageShell>
  )
}
