import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { fetchCaseHandlingSettings, saveReplyApproval } from '@/api/staff'
import { toApiError } from '@/api/errors'
import { CASE_KIND_LABELS, CASE_KINDS, type CaseKind } from '@/core/schemas/clock'
import './index.scss'

/**
 * 答复审批 (administrators): which kinds of case need a head's approval before a clerk's reply goes
 * to the resident. Heads and leaders reply directly either way.
 */
export function ReplyApprovalSetting() {
  const [kinds, setKinds] = useState<CaseKind[] | null>(null)
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    fetchCaseHandlingSettings()
      .then((s) => setKinds(s.replyApproval.kinds))
      .catch((caught: unknown) => setMessage({ text: toApiError(caught).message, failed: true }))
  }, [])

  const toggle = (kind: CaseKind) => {
    setMessage(null)
    setKinds((now) => (now ?? []).includes(kind) ? (now ?? []).filter((k) => k !== kind) : [...(now ?? []), kind])
  }
  const save = async () => {
    if (busy || !kinds) return
    setBusy(true)
    try {
      const saved = await saveReplyApproval(kinds)
      setKinds(saved.replyApproval.kinds)
      setMessage({ text: '已保存，从现在起按新的设置办理。', failed: false })
    } catch (caught) {
      setMessage({ text: toApiError(caught).message, failed: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='staff-panel reply-approval' aria-label='答复审批设置'>
      <Text className='staff-panel__title'>答复审批</Text>
      <Text className='staff-muted'>勾选的事项，经办人写好的答复要经科室负责人批准后才发给群众。科室负责人和分管领导自己答复的，直接发出。</Text>
      {kinds && (
        <View className='reply-approval__kinds'>
          {CASE_KINDS.map((kind) => {
            const on = kinds.includes(kind)
            return (
              <View key={kind} className={`staff-chip ${on ? 'staff-chip--on' : ''}`} role='checkbox' aria-checked={on} hoverClass='jf-pressed' onClick={() => toggle(kind)}>
                <Text>
                  {on ? '☑ ' : '☐ '}
                  {CASE_KIND_LABELS[kind]}
                </Text>
              </View>
            )
          })}
        </View>
      )}
      {message && (
        <View role={message.failed ? 'alert' : 'status'}>
          <Text className={message.failed ? 'staff-error' : 'staff-muted'}>{message.failed ? `⚠ ${message.text}` : message.text}</Text>
        </View>
      )}
      {kinds && (
        <View className='staff-button staff-button--primary reply-approval__save' role='button' hoverClass='jf-pressed' onClick={() => void save()}>
          <Text>{busy ? '正在保存…' : '保存'}</Text>
        </View>
      )}
    </View>
  )
}
