import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchFollowUps, recordCaseAction } from '@/api/staff'
import { ActionButton } from '@/components/ActionButton'
import { PhoneLink } from '@/components/PhoneLink'
import { ActionForm } from '@/components/staff/ActionForm'
import { DueMarker } from '@/components/staff/DueMarker'
import { Pager } from '@/components/staff/Pager'
import { StaffShell } from '@/components/staff/StaffShell'
import { useDepartmentNames } from '@/components/staff/use-department-names'
import { formatChineseDate } from '@/core/notices/dates'
import { CASE_KIND_LABELS } from '@/core/schemas/clock'
import type { FollowUpTask } from '@/core/schemas/follow-ups'
import { PAGE_SIZE_MAX } from '@/core/schemas/paging'
import type { StaffCaseActionBody } from '@/core/schemas/staff'
import { FOLLOW_UP_OWNER_LABELS, FOLLOW_UP_PROMISE, REMINDER_LEVEL_LABELS } from '@/core/staff'
import { actorLabel } from '../timeline-words'
import { STAFF_QUEUE_URL, staffCaseUrl } from '../routes'
import { useStaffLoad } from '../use-staff-load'
import { FOLLOW_UP_TAB_LABELS, followUpMarkerOf, followUpQueryOf, type FollowUpTab } from './followups-model'
import './index.scss'

const PAGE_SIZE = PAGE_SIZE_MAX
const TABS: FollowUpTab[] = ['open', 'overdue', 'done']

function Result({ task }: { task: FollowUpTask }) {
  const result = task.result
  if (!result) return null
  return (
    <View className='staff-followups__result'>
      <Text className={`staff-followups__solved staff-followups__solved--${result.solved ? 'yes' : 'no'}`}>{result.solved ? '✓ 问题已解决' : '✗ 问题未解决'}</Text>
      <Text className='staff-followups__line'>群众说：{result.residentSaid}</Text>
      {result.note && <Text className='staff-followups__line'>备注：{result.note}</Text>}
      <Text className='staff-muted'>
        {task.clock.followedUpOn ? `${formatChineseDate(task.clock.followedUpOn)}回访` : ''} · {result.actorName ?? actorLabel(result.actor)}
      </Text>
    </View>
  )
}

function Row({ task, open, onOpen, onDone }: { task: FollowUpTask; open: boolean; onOpen(open: boolean): void; onDone(): Promise<void> }) {
  const { nameOf } = useDepartmentNames()
  const owed = task.result === null
  const submit = async (body: StaffCaseActionBody) => {
    await recordCaseAction(task.trackingNo, body)
    void Taro.showToast({ title: '已记录回访', icon: 'success' })
    onOpen(false)
    await onDone()
  }
  return (
    <View className={`staff-followups__row staff-followups__row--${task.clock.status}`} role='listitem'>
      <View className='staff-followups__due'>
        <DueMarker marker={followUpMarkerOf(task.clock)} />
        {task.escalation && <Text className='staff-followups__escalated'>督办：{REMINDER_LEVEL_LABELS[task.escalation]}</Text>}
      </View>
      <Text className='staff-followups__title'>{task.title}</Text>
      <View className='staff-followups__case' role='link' hoverClass='jf-pressed' onClick={() => void Taro.navigateTo({ url: staffCaseUrl(task.trackingNo) })}>
        <Text>
          {CASE_KIND_LABELS[task.kind]} · {task.trackingNo} · 查看事项 ›
        </Text>
      </View>
      <Text className='staff-followups__line'>
        {formatChineseDate(task.clock.ratedOn)}评价“不满意”，应在{formatChineseDate(task.clock.dueDate)}前回访
      </Text>
      <Text className='staff-muted'>
        负责：{task.department ? nameOf(task.department) : FOLLOW_UP_OWNER_LABELS[task.owner]}
        {task.residentName ? ` · 群众：${task.residentName}` : ''}
      </Text>
      {task.ratingComment && <Text className='staff-followups__comment'>评价时说：“{task.ratingComment}”</Text>}
      {owed && task.phone && <PhoneLink phone={task.phone} label={`回访电话${task.residentName ? `（${task.residentName}）` : ''}`} />}
      <Result task={task} />
      {owed && !open && (
        <View className='staff-button staff-button--primary staff-followups__record' role='button' hoverClass='jf-pressed' onClick={() => onOpen(true)}>
          <Text>记录回访结果</Text>
        </View>
      )}
      {owed && open && <ActionForm type='follow_up' trackingNo={task.trackingNo} kind={task.kind} onSubmit={submit} onCancel={() => onOpen(false)} />}
    </View>
  )
}

/**
 * 回访任务: the follow-ups owed after replies rated 不满意, the soonest promised date first, each with
 * the number to call and a form for the result; and those already made.
 */
export default function StaffFollowUpsPage() {
  const [tab, setTab] = useState<FollowUpTab>('open')
  const [page, setPage] = useState(1)
  const [recording, setRecording] = useState<string | null>(null)
  const list = useStaffLoad(() => fetchFollowUps({ ...followUpQueryOf(tab), page, pageSize: PAGE_SIZE }), [tab, page])
  const counts = list.data?.counts
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE_SIZE))
  const countOf = (t: FollowUpTab) => (counts ? ` ${t === 'open' ? counts.open : t === 'overdue' ? counts.overdue : counts.done}` : '')
  const keyOf = (task: FollowUpTask) => `${task.trackingNo}:${task.clock.ratedOn}`

  return (
    <StaffShell section='queue' title='回访任务'>
      <View className='staff-followups__back' role='link' hoverClass='jf-pressed' onClick={() => void Taro.redirectTo({ url: STAFF_QUEUE_URL })}>
        <Text>‹ 返回待办事项</Text>
      </View>
      <View className='staff-panel'>
        <Text className='staff-followups__promise'>
          群众对答复评价“不满意”的，由承办科室（没有转办的由政务公开办）在 {FOLLOW_UP_PROMISE.days} {FOLLOW_UP_PROMISE.unit === 'working_days' ? '个工作日' : '日'}内回访。
        </Text>
        <Text className='staff-muted'>这是本办事处的服务承诺，不是法定期限。回访后群众可以再评价一次。</Text>
        <View className='staff-row staff-followups__tabs' role='radiogroup' aria-label='回访状态'>
          {TABS.map((t) => (
            <View
              key={t}
              className={`staff-chip ${tab === t ? 'staff-chip--on' : ''}`}
              role='radio'
              aria-checked={tab === t}
              hoverClass='jf-pressed'
              onClick={() => {
                setPage(1)
                setTab(t)
              }}
            >
              <Text>
                {tab === t ? '✓ ' : ''}
                {FOLLOW_UP_TAB_LABELS[t]}
                {countOf(t)}
              </Text>
            </View>
          ))}
        </View>
      </View>
      {list.error ? (
        <View role='alert' className='staff-panel'>
          <Text className='staff-error'>⚠ {list.error}</Text>
          <ActionButton text='重试' onClick={() => void list.reload()} />
        </View>
      ) : list.loading && !list.data ? (
        <Text className='staff-muted'>正在加载…</Text>
      ) : (
        <View>
          <Text className='staff-muted'>
            共 {list.data?.total ?? 0} 件{tab === 'done' ? '，最近的在前' : '，最急的在前'}
            {list.loading ? '（正在刷新…）' : ''}
          </Text>
          {list.data?.items.length === 0 && (
            <Text className='staff-followups__empty'>{tab === 'done' ? '还没有回访记录。' : tab === 'overdue' ? '没有超期的回访。' : '没有待回访的事项。'}</Text>
          )}
          <View className='staff-followups__list' role='list'>
            {list.data?.items.map((task) => (
              <Row
                key={keyOf(task)}
                task={task}
                open={recording === keyOf(task)}
                onOpen={(open) => setRecording(open ? keyOf(task) : null)}
                onDone={list.reload}
              />
            ))}
          </View>
          <Pager page={page} pages={pages} onPage={setPage} />
        </View>
      )}
    </StaffShell>
  )
}
