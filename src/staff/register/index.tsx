import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { registerCase } from '@/api/staff'
import { toApiError } from '@/api/errors'
import { CaseForm } from '@/components/cases/CaseForm'
import { ChoiceField } from '@/components/cases/ChoiceField'
import { TextField } from '@/components/cases/Field'
import { EMPTY_CASE_FORM, validateCaseForm, type CaseFormErrors, type CaseFormValues } from '@/components/cases/form-model'
import { StaffShell } from '@/components/staff/StaffShell'
import { useDepartmentNames } from '@/components/staff/use-department-names'
import { StaffCaseCreateBodySchema } from '@/core/schemas/cases'
import { CASE_KINDS, CASE_KIND_LABELS, type CaseKind } from '@/core/schemas/clock'
import { chinaDateOf } from '@/core/residents/china-time'
import { mayRegister, registeredDepartmentOf } from '@/core/staff'
import { useStaffSession } from '@/stores/staff-session'
import { staffCaseUrl } from '../routes'
import './index.scss'

const CHANNELS = [
  { value: 'window', label: '窗口来访' },
  { value: 'post', label: '信件' },
  { value: 'phone', label: '电话' },
  { value: 'other', label: '其他' }
] as const
type Channel = (typeof CHANNELS)[number]['value']

interface Outer {
  receivedOn: string
  residentName: string
  residentPhone: string
}

/** 登记来件: a case received at the window, by post or by phone, with its real day of receipt. */
export default function StaffRegisterPage() {
  const [kind, setKind] = useState<CaseKind>('info_request')
  const [channel, setChannel] = useState<Channel>('window')
  const [outer, setOuter] = useState<Outer>({ receivedOn: chinaDateOf(new Date()), residentName: '', residentPhone: '' })
  const [values, setValues] = useState<CaseFormValues>(EMPTY_CASE_FORM)
  const [errors, setErrors] = useState<CaseFormErrors & Partial<Record<keyof Outer, string>>>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const staff = useStaffSession((s) => s.staff)
  const { nameOf } = useDepartmentNames()
  // Where the case goes is the server's rule (server/routes/staff-cases.ts): the registrar's department,
  // or the intake queue for office-wide staff, who then assign it.
  const department = staff ? registeredDepartmentOf(staff) : null
  const handledBy = department ? `登记后由${nameOf(department)}办理（首问负责）。` : '登记后进入待分派，再转办到承办科室。'
  // The disclosure office registers information requests only; 信访 matters are the departments' (permissions.ts).
  const kinds = CASE_KINDS.filter((k) => !staff || mayRegister(staff, k))

  const submit = async () => {
    if (busy) return
    setFailure(null)
    const inner = validateCaseForm(kind, values)
    const checked = StaffCaseCreateBodySchema.safeParse({ ...outer, channel, case: inner.ok ? inner.body : { kind } })
    const found: CaseFormErrors & Partial<Record<keyof Outer, string>> = inner.ok ? {} : { ...inner.errors }
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const key = issue.path[0]
        if ((key === 'receivedOn' || key === 'residentName' || key === 'residentPhone') && !found[key]) found[key] = issue.message
      }
    }
    setErrors(found)
    if (!inner.ok || !checked.success) return
    setBusy(true)
    try {
      const created = await registerCase(checked.data)
      void Taro.showToast({ title: `已登记 ${created.trackingNo}`, icon: 'success' })
      void Taro.redirectTo({ url: staffCaseUrl(created.trackingNo) })
    } catch (caught) {
      setFailure(toApiError(caught).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <StaffShell section='register' title='登记窗口、信件、电话来件'>
      <View className='staff-panel'>
        <ChoiceField<CaseKind> label='事项类型' required choices={kinds.map((k) => ({ value: k, label: CASE_KIND_LABELS[k] }))} value={kind} onChange={setKind} />
        <ChoiceField<Channel> label='来件方式' required choices={CHANNELS} value={channel} onChange={setChannel} />
        <Text className='staff-muted staff-register__handled'>{handledBy}</Text>
        <TextField label='收到日期' required value={outer.receivedOn} error={errors.receivedOn} hint='按实际收到的日期登记，期限从这一天起算。' onChange={(v) => setOuter({ ...outer, receivedOn: v })} />
        <TextField label='来访人姓名' required value={outer.residentName} error={errors.residentName} onChange={(v) => setOuter({ ...outer, residentName: v })} />
        <TextField label='来访人手机' required type='number' maxLength={11} value={outer.residentPhone} error={errors.residentPhone} hint='群众用这个号码登录后，能在“我的事项”里看到这件事。' onChange={(v) => setOuter({ ...outer, residentPhone: v })} />
      </View>
      <View className='staff-panel'>
        <CaseForm kind={kind} values={values} errors={errors} withAttachments={false} onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))} />
      </View>
      {failure && (
        <View role='alert'>
          <Text className='staff-error'>⚠ {failure}</Text>
        </View>
      )}
      <View className='staff-button staff-button--primary' role='button' hoverClass='jf-pressed' onClick={() => void submit()}>
        <Text>{busy ? '正在登记…' : '登记'}</Text>
      </View>
    </StaffShell>
  )
}
