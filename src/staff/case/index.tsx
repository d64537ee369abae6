import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchStaffCase, recordCaseAction } from '@/api/staff'
import { ActionButton } from '@/components/ActionButton'
import { ActionForm } from '@/components/staff/ActionForm'
import { useDepartmentNames } from '@/components/staff/use-department-names'
import { DueMarker } from '@/components/staff/DueMarker'
import { StaffShell } from '@/components/staff/StaffShell'
import { submittedFields } from '@/core/cases/submitted-fields'
import { formatChineseDate } from '@/core/notices/dates'
import { ID_TYPE_LABELS, REPLY_OUTCOME_LABELS, type IdType, type ReplyOutcome } from '@/core/schemas/cases'
import { CASE_KIND_LABELS } from '@/core/schemas/clock'
import type { StaffCaseActionBody, StaffCaseView as StaffCase } from '@/core/schemas/staff'
import { springFestivalWarningOf } from '@/core/cases/provisional'
import { periodName } from '@/core/cases/policies'
import type { CaseAction } from '@/core/staff'
import { actionLabelOf, pendingReplyOf } from '../case-actions'
import { dueMarkerOf, staffStatusLabel } from '../queue-model'
import { staffAuditUrl } from '../routes'
import { actorLabel, CHANNEL_LABELS, eventLine, firstReceiverLabel } from '../timeline-words'
import { useStaffLoad } from '../use-staff-load'
import './index.scss'

/** The officials' names among the actors, when the server sends them (`actorNames`). */
const namesOf = (c: StaffCase): Record<string, string> => (c as { actorNames?: Record<string, string> }).actorNames ?? {}

const text = (value: unknown) => (typeof value === 'string' && value ? value : null)

function Row({ label, value }: { label: string; value: string | null }) {
  if (!value) return null
  return (
    <View className='staff-case__row'>
      <Text className='staff-case__label'>{label}</Text>
      <Text className='staff-case__value'>{value}</Text>
    </View>
  )
}

function Applicant({ c }: { c: StaffCase }) {
  const applicant = (c.body.applicant ?? {}) as Record<string, unknown>
  const idType = text(applicant.idType) as IdType | null
  return (
    <View className='staff-panel'>
      <Text className='staff-panel__title'>申请人 / 来访人</Text>
      <Row label='姓名' value={text(applicant.name) ?? text(c.body.residentName)} />
      <Row label='证件' value={idType ? ID_TYPE_LABELS[idType] : null} />
      <Row label='证件号码' value={c.applicantIdNumber ?? null} />
      <Row label='手机' value={c.phone ?? text(applicant.phone)} />
      <Row label='地址' value={text(applicant.address)} />
      <Row label='电子邮箱' value={text(applicant.email)} />
      <Row label='联系人' value={text(applicant.contactPerson)} />
      {c.applicantIdNumber && <Text className='staff-muted'>完整证件号码仅在此处显示，每次查看都记入审计日志。</Text>}
    </View>
  )
}

function Files({ c }: { c: StaffCase }) {
  const files = Array.isArray(c.body.attachments) ? (c.body.attachments as unknown[]) : []
  return (
    <View className='staff-panel'>
      <Text className='staff-panel__title'>材料（{files.length} 件）</Text>
      {files.length === 0 && <Text className='staff-muted'>没有上传材料。</Text>}
      {files.map((f, i) => {
        const name = typeof f === 'string' ? `附件 ${i + 1}` : (text((f as Record<string, unknown>).name) ?? `附件 ${i + 1}`)
        return (
          <Text key={`${name}-${i}`} className='staff-case__file'>
            · {name}
          </Text>
        )
      })}
    </View>
  )
}

function Clock({ c }: { c: StaffCase }) {
  return (
    <View className='staff-panel'>
      <Text className='staff-panel__title'>{periodName(c.clock.policy)}</Text>
      <DueMarker marker={dueMarkerOf(c.clock)} />
      {c.clock.dueDate && (
        <Text className='staff-case__due'>
          {c.clock.paused ? '最迟截止日期' : '截止日期'}：{formatChineseDate(c.clock.dueDate)}
        </Text>
      )}
      {c.clock.paused && <Text className='staff-muted'>正在征求第三方意见：按第三方用满 15 个工作日推算，提前收到意见的相应提前。</Text>}
      {c.clock.provisional && <Text className='staff-muted'>明年节假日安排尚未公布，截止日期可能调整。</Text>}
      {springFestivalWarningOf(c.clock) && (
        <Text className='staff-case__warning'>
          ⚠ {springFestivalWarningOf(c.clock)}
        </Text>
      )}
      {c.clock.officePromise && (
        <Text className='staff-muted'>
          街道承诺：{c.clock.officePromise.label}（最迟于{formatChineseDate(c.clock.officePromise.dueDate)}）
        </Text>
      )}
      <View className='staff-case__explain'>
        {c.clock.explanation.map((line) => (
          <Text key={line} className='staff-case__line'>
            · {line}
          </Text>
        ))}
        {!c.clock.explanation.some((line) => line.includes(c.clock.policy.citation)) && <Text className='staff-muted'>依据：{c.clock.policy.citation}</Text>}
      </View>
    </View>
  )
}

function Timeline({ c, departmentName }: { c: StaffCase; departmentName(key: string): string }) {
  const events = c.events.filter((e) => e.type !== 'note')
  const notes = c.events.filter((e) => e.type === 'note')
  return (
    <>
      <View className='staff-panel'>
        <Text className='staff-panel__title'>办理经过</Text>
        {events.map((e, i) => (
          <View key={`${e.type}-${i}`} className='staff-case__event'>
            <Text className='staff-case__event-day'>{formatChineseDate(e.on)}</Text>
            <Text>{eventLine(e, departmentName)}</Text>
            <Text className='staff-muted'>{actorLabel(e.actor, namesOf(c))}</Text>
          </View>
        ))}
      </View>
      <View className='staff-panel'>
        <Text className='staff-panel__title'>内部备注（群众看不到）</Text>
        {notes.length === 0 && <Text className='staff-muted'>暂无备注。</Text>}
        {notes.map((e, i) => (
          <View key={`note-${i}`} className='staff-case__event'>
            <Text className='staff-case__event-day'>
              {formatChineseDate(e.on)} · {actorLabel(e.actor, namesOf(c))}
            </Text>
            <Text>{text(e.data.text) ?? ''}</Text>
          </View>
        ))}
      </View>
    </>
  )
}

/** One case as the official handling it sees it: clock, applicant, files, history and the allowed actions. */
export default function StaffCasePage() {
  const { params } = useRouter()
  const trackingNo = decodeURIComponent(params.no ?? '')
  const loaded = useStaffLoad(() => fetchStaffCase(trackingNo), [trackingNo])
  const { nameOf } = useDepartmentNames()
  const [action, setAction] = useState<CaseAction | null>(null)

  const submit = async (body: StaffCaseActionBody) => {
    const updated = await recordCaseAction(trackingNo, body)
    // An action's answer may leave the identity number out; the one already shown stays.
    loaded.replace({ ...updated, applicantIdNumber: updated.applicantIdNumber ?? loaded.data?.applicantIdNumber })
    setAction(null)
    void Taro.showToast({ title: '已记录', icon: 'success' })
  }

  const c = loaded.data
  // The server lists what this person may do now (the transitions table and the permission matrix).
  const actions = c?.actions ?? []
  return (
    <StaffShell section='queue' title={c ? c.title : '事项详情'}>
      {loaded.error ? (
        <View role='alert' className='staff-panel'>
          <Text className='staff-error'>⚠ {loaded.error}</Text>
          <ActionButton text='重试' onClick={() => void loaded.reload()} />
        </View>
      ) : !c ? (
        <Text className='staff-muted'>正在加载…</Text>
      ) : (
        <View className='staff-columns'>
          <View>
            <View className='staff-panel'>
              <Text className='staff-muted'>
                {c.trackingNo} · {CASE_KIND_LABELS[c.kind]} · {CHANNEL_LABELS[c.channel] ?? c.channel} · {formatChineseDate(c.receivedOn)}收到
              </Text>
              <View className='staff-case__due-line'>
                <DueMarker marker={dueMarkerOf(c.clock)} />
                {c.clock.dueDate && (
                  <Text className='staff-case__due'>
                    {c.clock.paused ? '最迟截止' : '截止'} {formatChineseDate(c.clock.dueDate)}
                  </Text>
                )}
              </View>
              <Text className='staff-case__status'>状态：{staffStatusLabel(c.status)}</Text>
              <Row label='承办科室' value={c.department ? nameOf(c.department) : '未分派'} />
              <Row label='首问负责' value={firstReceiverLabel(c.firstReceiver, namesOf(c))} />
              {c.pendingExtension && <Text className='staff-case__pending'>※ 有延期申请等待负责人批准</Text>}
              {c.pendingReply && <Text className='staff-case__pending'>※ 有答复等待负责人审批，还没有发给申请人</Text>}
              <Text className='staff-case__content'>{text(c.body.content) ?? ''}</Text>
              {submittedFields(c.body).map((field) => (
                <Row key={field.label} label={field.label} value={field.value} />
              ))}
              {text(c.body.outcome) && <Text>答复结果：{REPLY_OUTCOME_LABELS[c.body.outcome as ReplyOutcome]}</Text>}
            </View>
            <View className='staff-panel'>
              <Text className='staff-panel__title'>办理</Text>
              {actions.length === 0 && <Text className='staff-muted'>这件事项现在没有您可以办理的动作。</Text>}
              <View className='staff-row'>
                {actions.map((a) => (
                  <View
                    key={a}
                    className={`staff-button ${a === action ? 'staff-button--primary' : ''}`}
                    role='button'
                    aria-pressed={a === action}
                    hoverClass='jf-pressed'
                    onClick={() => setAction(a)}
                  >
                    <Text>{actionLabelOf(a, c.replyTakesEffect)}</Text>
                  </View>
                ))}
              </View>
            </View>
            {action && (
              <ActionForm
                key={action}
                type={action}
                trackingNo={c.trackingNo}
                kind={c.kind}
                extensionDaysLeft={c.extensionDaysLeft}
                replyNeedsApproval={!c.replyTakesEffect}
                pendingReply={pendingReplyOf(c)}
                replyBodies={c.replyBodies}
                onSubmit={submit}
                onCancel={() => setAction(null)}
              />
            )}
            <Timeline c={c} departmentName={nameOf} />
            <View className='staff-case__audit' role='link' hoverClass='jf-pressed' onClick={() => void Taro.navigateTo({ url: staffAuditUrl(c.trackingNo) })}>
              <Text>查看操作记录 ›</Text>
            </View>
          </View>
          <View>
            <Clock c={c} />
            <Applicant c={c} />
            <Files c={c} />
          </View>
        </View>
      )}
    </StaffShell>
  )
}
