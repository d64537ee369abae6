import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchReplyTemplates, fetchStaffAccounts, saveReplyTemplate } from '@/api/staff'
import { toApiError } from '@/api/errors'
import { ActionButton } from '@/components/ActionButton'
import { TextField } from '@/components/cases/Field'
import { StaffShell } from '@/components/staff/StaffShell'
import type { ReplyOutcome } from '@/core/schemas/cases'
import { CASE_KINDS, CASE_KIND_LABELS, type CaseKind } from '@/core/schemas/clock'
import type { ReplyTemplate } from '@/core/schemas/staff'
import { canStaff } from '@/core/staff'
import { useStaffSession } from '@/stores/staff-session'
import { formatChinaTime } from '../audit-model'
import { actorLabel } from '../timeline-words'
import { outcomeLabel, outcomesOf, PLACEHOLDERS, PLACEHOLDER_HINTS, previewTemplate, templateBodyError, templateOf, TEMPLATE_STATE_LABELS, withPlaceholder } from '../template-model'
import { useStaffLoad } from '../use-staff-load'
import './index.scss'

function Chip({ on, label, onClick }: { on: boolean; label: string; onClick(): void }) {
  return (
    <View className={`staff-chip ${on ? 'staff-chip--on' : ''}`} role='radio' aria-checked={on} hoverClass='jf-pressed' onClick={onClick}>
      <Text>
        {on ? '✓ ' : ''}
        {label}
      </Text>
    </View>
  )
}

interface EditorProps {
  kind: CaseKind
  outcome: ReplyOutcome
  template: ReplyTemplate | undefined
  editable: boolean
  /** Names of the staff who may have edited it (`staff:2` → 王芳), when known. */
  names: Record<string, string>
  onSaved(template: ReplyTemplate): void
}

function Editor({ kind, outcome, template, editable, names, onSaved }: EditorProps) {
  const [body, setBody] = useState(template?.body ?? '')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const changed = body !== (template?.body ?? '')

  const save = async () => {
    if (busy) return
    const problem = templateBodyError(body)
    setError(problem)
    if (problem) return
    setBusy(true)
    try {
      onSaved(await saveReplyTemplate(kind, outcome, body.trim()))
      void Taro.showToast({ title: '模板已保存', icon: 'success' })
    } catch (caught) {
      setError(toApiError(caught).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='staff-panel staff-templates__editor' aria-label='模板内容'>
      <Text className='staff-panel__title'>
        {CASE_KIND_LABELS[kind]} · {outcomeLabel(outcome)}
      </Text>
      <Text className='staff-muted'>
        {!template
          ? '还没有这个答复结果的模板，答复时需要自己写正文。'
          : template.updatedAt
            ? `最后修改：${formatChinaTime(template.updatedAt)}，${actorLabel(template.updatedBy ?? '', names)}`
            : '街道的初始模板，尚未修改。'}
      </Text>
      {editable ? (
        <View className='staff-templates__body'>
          <TextField label='模板正文' required multiline maxLength={5000} value={body} placeholder='在这里写答复正文，可以加入下面的占位符' error={error ?? undefined} onChange={setBody} />
        </View>
      ) : (
        <Text className='staff-templates__read'>{template?.body ?? '（无）'}</Text>
      )}
      <Text className='staff-panel__title staff-templates__subtitle'>可用的占位符{editable ? '（点一下加到正文末尾）' : ''}</Text>
      <View className='staff-templates__placeholders'>
        {PLACEHOLDERS.map((p) => (
          <View key={p} className='staff-templates__placeholder'>
            {editable ? (
              <View className='staff-chip' role='button' hoverClass='jf-pressed' onClick={() => setBody((b) => withPlaceholder(b, p))}>
                <Text>{`{${p}}`}</Text>
              </View>
            ) : (
              <Text className='staff-templates__code'>{`{${p}}`}</Text>
            )}
            <Text className='staff-templates__hint'>{PLACEHOLDER_HINTS[p]}</Text>
          </View>
        ))}
      </View>
      <Text className='staff-panel__title staff-templates__subtitle'>预览（以一件示例事项填入）</Text>
      <Text className='staff-templates__preview'>{body.trim() ? previewTemplate(body, kind, outcome) : '（正文为空）'}</Text>
      {kind === 'info_request' && <Text className='staff-muted'>政府信息公开申请的答复，系统会在正文后附上法律依据和救济途径，不必写进模板。</Text>}
      {editable && !changed && <Text className='staff-muted staff-templates__actions'>修改正文后，这里会出现“保存模板”。</Text>}
      {editable && changed && (
        <View className='staff-row staff-templates__actions'>
          <View className='staff-button staff-button--primary' role='button' hoverClass='jf-pressed' onClick={() => void save()}>
            <Text>{busy ? '正在保存…' : '保存模板'}</Text>
          </View>
          <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => setBody(template?.body ?? '')}>
            <Text>放弃修改</Text>
          </View>
        </View>
      )}
    </View>
  )
}

/**
 * 答复模板: the reply text of each kind of case and statutory outcome, with its placeholders and a
 * preview. Administrators and the disclosure office edit; every other official reads.
 */
export default function StaffTemplatesPage() {
  const staff = useStaffSession((s) => s.staff)
  const editable = staff ? canStaff(staff, 'manage_templates') : false
  const templates = useStaffLoad(fetchReplyTemplates, [])
  // Only administrators may list accounts; for others an editor is named by number.
  const mayListStaff = staff ? canStaff(staff, 'manage_staff') : false
  const accounts = useStaffLoad(() => (mayListStaff ? fetchStaffAccounts() : Promise.resolve([])), [mayListStaff])
  const names = Object.fromEntries((accounts.data ?? []).map((a) => [`staff:${a.id}`, a.name]))
  const [kind, setKind] = useState<CaseKind>('info_request')
  const [outcome, setOutcome] = useState<ReplyOutcome>('disclosed')
  // On a phone the list folds to the chosen outcome so that its template follows right under it; on a desktop it stays open (index.scss).
  const [choosing, setChoosing] = useState(false)
  const list = templates.data ?? []

  const chooseKind = (k: CaseKind) => {
    setKind(k)
    setOutcome(outcomesOf(k)[0])
    setChoosing(true)
  }
  const saved = (t: ReplyTemplate) => templates.replace([...list.filter((x) => x.kind !== t.kind || x.outcome !== t.outcome), t])
  const current = templateOf(list, kind, outcome)

  return (
    <StaffShell section='admin' title='答复模板'>
      {!editable && <Text className='staff-muted staff-templates__readonly'>只有系统管理员和政务公开工作人员可以修改模板，您可以查看。</Text>}
      {templates.error ? (
        <View role='alert' className='staff-panel'>
          <Text className='staff-error'>⚠ {templates.error}</Text>
          <ActionButton text='重试' onClick={() => void templates.reload()} />
        </View>
      ) : !templates.data ? (
        <Text className='staff-muted'>正在加载…</Text>
      ) : (
        <View className='staff-columns staff-templates'>
          <View className='staff-panel'>
            <Text className='staff-panel__title'>事项类型</Text>
            <View className='staff-row' role='radiogroup' aria-label='事项类型'>
              {CASE_KINDS.map((k) => (
                <Chip key={k} on={kind === k} label={CASE_KIND_LABELS[k]} onClick={() => chooseKind(k)} />
              ))}
            </View>
            <Text className='staff-panel__title staff-templates__subtitle'>答复结果</Text>
            <View className={`staff-templates__outcomes ${choosing ? '' : 'staff-templates__outcomes--folded'}`} role='radiogroup' aria-label='答复结果'>
              {outcomesOf(kind).map((o) => {
                const { state } = templateOf(list, kind, o)
                const on = o === outcome
                return (
                  <View
                    key={o}
                    className={`staff-templates__outcome ${on ? 'staff-templates__outcome--on' : ''}`}
                    role='radio'
                    aria-checked={on}
                    hoverClass='jf-pressed'
                    onClick={() => {
                      setOutcome(o)
                      setChoosing(false)
                    }}
                  >
                    <Text className='staff-templates__outcome-label'>
                      {on ? '✓ ' : ''}
                      {outcomeLabel(o)}
                    </Text>
                    <Text className={`staff-templates__state staff-templates__state--${state}`}>{TEMPLATE_STATE_LABELS[state]}</Text>
                  </View>
                )
              })}
            </View>
            {!choosing && (
              <View className='staff-templates__more' role='button' hoverClass='jf-pressed' onClick={() => setChoosing(true)}>
                <Text>换一个答复结果（共 {outcomesOf(kind).length} 种）▼</Text>
              </View>
            )}
          </View>
          <Editor key={`${kind}/${outcome}/${current.template?.updatedAt ?? ''}`} kind={kind} outcome={outcome} template={current.template} editable={editable} names={names} onSaved={saved} />
        </View>
      )}
    </StaffShell>
  )
}
