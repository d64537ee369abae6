import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchQueue, type QueueQuery } from '@/api/staff'
import { ActionButton } from '@/components/ActionButton'
import { Pager } from '@/components/staff/Pager'
import { StaffShell } from '@/components/staff/StaffShell'
import { DueMarker } from '@/components/staff/DueMarker'
import { useDepartmentNames } from '@/components/staff/use-department-names'
import { formatChineseDate } from '@/core/notices/dates'
import { CASE_KINDS, CASE_KIND_LABELS, type CaseKind } from '@/core/schemas/clock'
import { PAGE_SIZE_MAX } from '@/core/schemas/paging'
import type { ResidentStatus } from '@/core/schemas/cases'
import type { StaffQueueItem } from '@/core/schemas/staff'
import { compareQueued, REMINDER_LEVEL_LABELS, seesAllCases } from '@/core/staff'
import { useStaffSession } from '@/stores/staff-session'
import { FollowUpsLink } from '../followups/link'
import { dueMarkerOf, STAFF_STATUS_LABELS, staffStatusLabel } from '../queue-model'
import { staffCaseUrl } from '../routes'
import { useStaffLoad } from '../use-staff-load'
import './index.scss'

/** The largest page the API serves. */
const PAGE_SIZE = PAGE_SIZE_MAX

const DUE_FILTERS: { value: QueueQuery['due'] | ''; label: string }[] = [
  { value: '', label: '全部期限' },
  { value: 'overdue', label: '！ 已超期' },
  { value: 'due_soon', label: '⚠ 3 个工作日内到期' },
  { value: 'on_track', label: '期限充裕' }
]

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

function QueueRow({ item, departmentName }: { item: StaffQueueItem; departmentName(key: string): string }) {
  return (
    <View
      className={`staff-queue__row staff-queue__row--${item.clock.status}`}
      role='link'
      hoverClass='jf-pressed'
      onClick={() => void Taro.navigateTo({ url: staffCaseUrl(item.trackingNo) })}
    >
      <View className='staff-queue__due'>
        <DueMarker marker={dueMarkerOf(item.clock)} />
        {item.escalation && <Text className='staff-queue__escalated'>督办：{REMINDER_LEVEL_LABELS[item.escalation]}</Text>}
        {item.pendingExtension && <Text className='staff-queue__escalated'>※ 延期待批准</Text>}
      </View>
      <Text className='staff-queue__title'>{item.title}</Text>
      <Text className='staff-muted'>
        {CASE_KIND_LABELS[item.kind]} · {staffStatusLabel(item.status)} · {item.trackingNo}
      </Text>
      <Text className='staff-muted'>
        {formatChineseDate(item.receivedOn)}收到
        {item.clock.dueDate ? ` · ${formatChineseDate(item.clock.dueDate)}前${item.clock.step === 'accept' ? '决定受理' : '答复'}` : ''}
        {item.department ? ` · ${departmentName(item.department)}` : ''}
      </Text>
    </View>
  )
}

/** 待办事项: the cases the person may see, the most pressing deadline first. */
export default function StaffQueuePage() {
  const staff = useStaffSession((s) => s.staff)
  const [kind, setKind] = useState<CaseKind | ''>('')
  const [status, setStatus] = useState<ResidentStatus | ''>('')
  const [due, setDue] = useState<QueueQuery['due'] | ''>('')
  const [department, setDepartment] = useState('')
  const { departments, nameOf } = useDepartmentNames()
  const [more, setMore] = useState(false)
  const [page, setPage] = useState(1)
  const query: QueueQuery = { kind: kind || undefined, status: status || undefined, due: due || undefined, department: department || undefined, page, pageSize: PAGE_SIZE }
  const queue = useStaffLoad(() => fetchQueue(query), [kind, status, due, department, page])
  const pages = Math.max(1, Math.ceil((queue.data?.total ?? 0) / PAGE_SIZE))
  // A new filter starts again from the first page.
  const filter = <T,>(set: (value: T) => void) => (value: T) => {
    setPage(1)
    set(value)
  }
  const items = queue.data ? [...queue.data.items].sort(compareQueued) : []
  const counts = queue.data?.counts ?? {}

  return (
    <StaffShell section='queue' title='待办事项'>
      <FollowUpsLink />
      <View className='staff-columns staff-queue'>
        <View className='staff-queue__filters staff-panel'>
          <Text className='staff-panel__title'>按状态（件数）</Text>
          <View className='staff-row' role='radiogroup' aria-label='状态'>
            <Chip on={status === ''} label='全部' onClick={() => filter(setStatus)('')} />
            {(Object.keys(STAFF_STATUS_LABELS) as ResidentStatus[])
              .filter((s) => counts[s] || s === status)
              .map((s) => (
                <Chip key={s} on={status === s} label={`${STAFF_STATUS_LABELS[s]} ${counts[s] ?? 0}`} onClick={() => filter(setStatus)(s)} />
              ))}
          </View>
          <Text className='staff-panel__title'>期限</Text>
          <View className='staff-row' role='radiogroup' aria-label='期限'>
            {DUE_FILTERS.map((f) => (
              <Chip key={f.label} on={due === f.value} label={f.label} onClick={() => filter(setDue)(f.value)} />
            ))}
          </View>
          <View className='staff-queue__more' role='button' aria-expanded={more} hoverClass='jf-pressed' onClick={() => setMore(!more)}>
            <Text>
              {more ? '收起 ▲' : `按类型${staff && seesAllCases(staff) ? '、科室' : ''}筛选 ▼`}
              {!more && (kind || department) ? `（已选：${[kind && CASE_KIND_LABELS[kind], department && nameOf(department)].filter(Boolean).join('、')}）` : ''}
            </Text>
          </View>
          {more && <Text className='staff-panel__title'>类型</Text>}
          {more && (
            <View className='staff-row' role='radiogroup' aria-label='类型'>
              <Chip on={kind === ''} label='全部' onClick={() => filter(setKind)('')} />
              {CASE_KINDS.map((k) => (
                <Chip key={k} on={kind === k} label={CASE_KIND_LABELS[k]} onClick={() => filter(setKind)(k)} />
              ))}
            </View>
          )}
          {more && staff && seesAllCases(staff) && (
            <View>
              <Text className='staff-panel__title'>科室</Text>
              {departments.length > 0 ? (
                <View className='staff-row' role='radiogroup' aria-label='科室'>
                  <Chip on={department === ''} label='全部' onClick={() => filter(setDepartment)('')} />
                  {departments.map((d) => (
                    <Chip key={d.key} on={department === d.key} label={d.name} onClick={() => filter(setDepartment)(d.key)} />
                  ))}
                </View>
              ) : (
                <Input
                  className='case-field__input'
                  value={department}
                  placeholder='科室代码，如 civil-affairs；空着看全部'
                  aria-label='科室'
                  onConfirm={(e) => filter(setDepartment)(e.detail.value.trim())}
                  onBlur={(e) => filter(setDepartment)(e.detail.value.trim())}
                />
              )}
            </View>
          )}
        </View>
        <View className='staff-queue__list'>
          {queue.error ? (
            <View role='alert' className='staff-panel'>
              <Text className='staff-error'>⚠ {queue.error}</Text>
              <ActionButton text='重试' onClick={() => void queue.reload()} />
            </View>
          ) : queue.loading && !queue.data ? (
            <Text className='staff-muted'>正在加载…</Text>
          ) : (
            <View>
              <Text className='staff-muted'>
                共 {queue.data?.total ?? items.length} 件，按期限先后排列
                {queue.loading ? '（正在刷新…）' : ''}
              </Text>
              {items.length === 0 && <Text className='staff-queue__empty'>没有符合条件的事项。</Text>}
              {items.map((item) => (
                <QueueRow key={item.trackingNo} item={item} departmentName={nameOf} />
              ))}
              <Pager page={page} pages={pages} onPage={setPage} />
            </View>
          )}
        </View>
      </View>
    </StaffShell>
  )
}
