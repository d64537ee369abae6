import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { fetchCaseHandlingSettings, saveSuperiorBodies } from '@/api/staff'
import { toApiError } from '@/api/errors'
import { TextField } from '@/components/cases/Field'
import { SuperiorBodiesBodySchema } from '@/core/schemas/staff'
import './index.scss'

interface Values {
  reconsiderationName: string
  reconsiderationContact: string
  reviewName: string
  reviewContact: string
}

const EMPTY: Values = { reconsiderationName: '', reconsiderationContact: '', reviewName: '', reviewContact: '' }
const bodyOf = (name: string, contact: string) => ({ name, ...(contact.trim() ? { contact } : {}) })

/**
 * 复议与复查机关 (administrators): the bodies every reply names. The reconsideration body of a 街道办事处
 * is the 区人民政府 that set it up (行政复议法 第二十四条); a 复查 is decided by the body one level up
 * (信访工作条例 第三十五条). Replies are refused until both are set.
 */
export function SuperiorBodiesSetting() {
  const [values, setValues] = useState<Values | null>(null)
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({})
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (key: keyof Values) => (value: string) => {
    setMessage(null)
    setValues((v) => ({ ...(v ?? EMPTY), [key]: value }))
  }

  useEffect(() => {
    fetchCaseHandlingSettings()
      .then((s) =>
        setValues({
          reconsiderationName: s.reconsiderationBody?.name ?? '',
          reconsiderationContact: s.reconsiderationBody?.contact ?? '',
          reviewName: s.reviewBody?.name ?? '',
          reviewContact: s.reviewBody?.contact ?? ''
        })
      )
      .catch((caught: unknown) => setMessage({ text: toApiError(caught).message, failed: true }))
  }, [])

  const save = async () => {
    if (busy || !values) return
    const checked = SuperiorBodiesBodySchema.safeParse({
      reconsiderationBody: bodyOf(values.reconsiderationName, values.reconsiderationContact),
      reviewBody: bodyOf(values.reviewName, values.reviewContact)
    })
    if (!checked.success) {
      const found: Partial<Record<keyof Values, string>> = {}
      for (const issue of checked.error.issues) {
        const [body, field] = issue.path.map(String)
        const key = `${body === 'reconsiderationBody' ? 'reconsideration' : 'review'}${field === 'contact' ? 'Contact' : 'Name'}` as keyof Values
        found[key] ??= issue.message
      }
      setErrors(found)
      return
    }
    setErrors({})
    setBusy(true)
    try {
      await saveSuperiorBodies(checked.data)
      setMessage({ text: '已保存，之后的答复都写明这两个机关。', failed: false })
    } catch (caught) {
      setMessage({ text: toApiError(caught).message, failed: true })
    } finally {
      setBusy(false)
    }
  }

  const unset = values && (!values.reconsiderationName.trim() || !values.reviewName.trim())
  return (
    <View className='staff-panel superior-bodies' aria-label='复议与复查机关设置'>
      <Text className='staff-panel__title'>复议与复查机关</Text>
      <Text className='staff-muted'>
        每份答复都写明向哪个机关申请行政复议或请求复查。街道办事处的行政复议机关是设立它的区人民政府（行政复议法第二十四条）；信访事项的复查由上一级机关办理（信访工作条例第三十五条）。
      </Text>
      {unset && (
        <View role='alert'>
          <Text className='staff-error'>⚠ 还没有设置完整：设置之前，工作人员不能发出答复。</Text>
        </View>
      )}
      {values && (
        <>
          <TextField label='行政复议机关（全称）' required value={values.reconsiderationName} placeholder='如“某市某区人民政府”' error={errors.reconsiderationName} onChange={set('reconsiderationName')} />
          <TextField label='行政复议机关的地址和电话' value={values.reconsiderationContact} error={errors.reconsiderationContact} onChange={set('reconsiderationContact')} />
          <TextField label='复查机关（上一级机关全称）' required value={values.reviewName} placeholder='如“某市某区人民政府”' error={errors.reviewName} onChange={set('reviewName')} />
          <TextField label='复查机关的地址和电话' value={values.reviewContact} error={errors.reviewContact} onChange={set('reviewContact')} />
        </>
      )}
      {message && (
        <View role={message.failed ? 'alert' : 'status'}>
          <Text className={message.failed ? 'staff-error' : 'staff-muted'}>{message.failed ? `⚠ ${message.text}` : message.text}</Text>
        </View>
      )}
      {values && (
        <View className='staff-button staff-button--primary superior-bodies__save' role='button' hoverClass='jf-pressed' onClick={() => void save()}>
          <Text>{busy ? '正在保存…' : '保存'}</Text>
        </View>
      )}
    </View>
  )
}
