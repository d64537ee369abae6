import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { fetchStaffGuide, fetchStaffGuides, fetchStaffNotice, fetchStaffNotices, fetchTimelinessBoard, reviewGuide, reviewNotice } from '@/api/staff'
import { toApiError } from '@/api/errors'
import { ActionButton } from '@/components/ActionButton'
import { StaffShell } from '@/components/staff/StaffShell'
import { categoryName } from '@/core/notices/catalogue'
import type { ReviewState } from '@/core/notices/review'
import { TIMELINESS_LABELS } from '@/core/notices/timeliness'
import type { NoticeReviewBody, StaffGuide, StaffNotice, StaffNoticeSummary } from '@/core/schemas/publishing'
import { useStaffSession } from '@/stores/staff-session'
import { useStaffLoad } from '../use-staff-load'
import { canDraft } from './draft-model'
import { GuideEditor, RevisePicker } from './guide-editor'
import type { GuideFormValues } from './guide-model'
import { NoticeEditor } from './notice-editor'
import { ReviewButtons, type ReviewItem } from './review-buttons'
import { statusWords } from './schedule-model'
import './index.scss'

type Kind = 'notices' | 'guides' | 'board'
const KINDS: { id: Kind; label: string }[] = [
  { id: 'notices', label: '公开内容' },
  { id: 'guides', label: '办事指南' },
  { id: 'board', label: '时效看板' }
]

type Tab = 'waiting' | 'draft' | 'review' | 'published' | 'withdrawn'
const TABS: { id: Tab; label: string }[] = [
  { id: 'waiting', label: '待我审核' },
  { id: 'draft', label: '草稿' },
  { id: 'review', label: '审核中' },
  { id: 'published', label: '已发布' },
  { id: 'withdrawn', label: '已撤下' }
]
/** 审核中: past the department, not yet public. */
const IN_REVIEW: ReviewState[] = ['submitted', 'collated', 'approved']
const LIST_SIZE = 50

interface Listed extends ReviewItem {
  title: string
  status: string
  statusLabel: string
  scheduledAt: string | null
  updatedAt: string
}
type Page<T> = { items: T[]; total: number }

/** One tab's items: the review queue, one state, or the three states of 审核中 together (newest first). */
async function listFor<T extends Listed>(fetch: (q: { status?: ReviewState; waiting?: boolean; pageSize: number }) => Promise<Page<T>>, tab: Tab): Promise<Page<T>> {
  if (tab === 'waiting') return fetch({ waiting: true, pageSize: LIST_SIZE })
  if (tab !== 'review') return fetch({ status: tab, pageSize: LIST_SIZE })
  const pages = await Promise.all(IN_REVIEW.map((status) => fetch({ status, pageSize: LIST_SIZE })))
  const items = pages.flatMap((p) => p.items).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
  return { items, total: pages.reduce((n, p) => n + p.total, 0) }
}

function ReviewList<T extends Listed>({
  tab,
  fetch,
  review,
  meta,
  onEdit
}: {
  tab: Tab
  fetch: (q: { status?: ReviewState; waiting?: boolean; pageSize: number }) => Promise<Page<T>>
  review(id: number, body: NoticeReviewBody): Promise<unknown>
  meta(item: T): ReactNode
  onEdit(id: number): void
}) {
  const list = useStaffLoad(() => listFor(fetch, tab), [tab])
  if (list.error) return <Text className='staff-error'>⚠ {list.error}</Text>
  if (!list.data) return <Text className='staff-muted'>正在加载…</Text>
  if (list.data.items.length === 0) return <Text className='staff-muted'>{tab === 'waiting' ? '没有等您处理的内容。' : '没有内容。'}</Text>
  return (
    <View>
      {list.data.total > list.data.items.length && (
        <Text className='staff-muted staff-publishing__count'>
          共 {list.data.total} 条，这里列出最近修改的 {list.data.items.length} 条。
        </Text>
      )}
      {list.data.items.map((n) => (
        <View key={n.id} className='staff-panel staff-publishing__item'>
          <Text className='staff-publishing__title'>{n.title}</Text>
          <Text className={n.status === 'approved' && n.scheduledAt ? 'staff-publishing__scheduled' : 'staff-publishing__status'}>{statusWords(n)}</Text>
          <Text className='staff-muted'>{meta(n)}</Text>
          <ReviewButtons item={n} review={review} onDone={() => void list.reload()} onEdit={() => onEdit(n.id)} />
        </View>
      ))}
    </View>
  )
}

const noticeMeta = (n: StaffNoticeSummary) => `${categoryName(n.category)} · ${n.department} · ${TIMELINESS_LABELS[n.timeliness]}${n.publishedAt ? ` · ${n.publishedAt}发布` : ''}`
type GuideItem = Omit<StaffGuide, 'history'> & { title: string }
const guideMeta = (g: GuideItem) => `${g.topic} · ${g.department} · 承诺 ${g.promisedLimit}${g.guideId ? ' · 修订已发布的指南' : ''}`
const fetchNoticeItems = (q: { status?: ReviewState; waiting?: boolean; pageSize: number }) => fetchStaffNotices(q)
const fetchGuideItems = async (q: { status?: ReviewState; waiting?: boolean; pageSize: number }): Promise<Page<GuideItem>> => {
  const page = await fetchStaffGuides(q)
  return { ...page, items: page.items.map((g) => ({ ...g, title: g.name })) }
}

function Board() {
  const board = useStaffLoad(fetchTimelinessBoard, [])
  if (board.error) return <Text className='staff-error'>⚠ {board.error}</Text>
  if (!board.data) return <Text className='staff-muted'>正在加载…</Text>
  if (board.data.entries.length === 0) return <Text className='staff-muted'>✓ 没有超过时限的内容。</Text>
  return (
    <View>
      {board.data.entries.map((e) => (
        <View key={`${e.kind}-${e.ref}`} className='staff-panel staff-publishing__item'>
          <Text className='staff-publishing__late'>！ {e.reasonLabel}：已超 {e.daysLate} 天</Text>
          <Text className='staff-publishing__title'>{e.title}</Text>
          <Text className='staff-muted'>
            应于 {e.dueOn} 前{e.department ? ` · ${e.department}` : ''}
          </Text>
        </View>
      ))}
    </View>
  )
}

type Editing = { kind: 'notice'; notice: StaffNotice | null } | { kind: 'guide'; guide: StaffGuide | null; start?: GuideFormValues } | { kind: 'revise' } | null

/** 信息发布: notices and service guides through review (queue, drafts, in review, published), their editors and the timeliness board. */
export default function StaffPublishingPage() {
  const staff = useStaffSession((s) => s.staff)
  // Without the person's roles (GET /staff/me failed at sign-in) the buttons stay; the server still decides.
  const drafts = staff ? canDraft(staff.roles) : true
  const [kind, setKind] = useState<Kind>('notices')
  const [tab, setTab] = useState<Tab>('waiting')
  const [editing, setEditing] = useState<Editing>(null)
  const [version, setVersion] = useState(0)
  const [openError, setOpenError] = useState<string | null>(null)
  const open = async (load: () => Promise<Editing>) => {
    setOpenError(null)
    try {
      setEditing(await load())
    } catch (caught) {
      setOpenError(toApiError(caught).message)
    }
  }
  const closeEditor = (saved: boolean) => {
    setEditing(null)
    if (saved) {
      setTab('draft')
      setVersion((v) => v + 1)
    }
  }
  const chips = <T extends string>(items: { id: T; label: string }[], current: T, choose: (id: T) => void, label: string) => (
    <View className='staff-row staff-publishing__tabs' role='tablist' aria-label={label}>
      {items.map((t) => (
        <View key={t.id} className={`staff-chip ${t.id === current ? 'staff-chip--on' : ''}`} role='tab' aria-selected={t.id === current} hoverClass='jf-pressed' onClick={() => choose(t.id)}>
          <Text>
            {t.id === current ? '✓ ' : ''}
            {t.label}
          </Text>
        </View>
      ))}
    </View>
  )
  const editor = (() => {
    if (!editing) return null
    if (editing.kind === 'notice') return <NoticeEditor key={editing.notice?.id ?? 'new'} editing={editing.notice} onSaved={() => closeEditor(true)} onCancel={() => closeEditor(false)} />
    if (editing.kind === 'guide') return <GuideEditor key={editing.guide?.id ?? 'new'} editing={editing.guide} start={editing.start} onSaved={() => closeEditor(true)} onCancel={() => closeEditor(false)} />
    return <RevisePicker onPick={(start) => setEditing({ kind: 'guide', guide: null, start })} onCancel={() => closeEditor(false)} />
  })()
  return (
    <StaffShell section='publishing' title='信息发布'>
      {chips(KINDS, kind, (k) => {
        setKind(k)
        setEditing(null)
      }, '内容类别')}
      {kind !== 'board' && chips(TABS, tab, setTab, '审核状态')}
      {editor}
      {drafts && !editor && kind === 'notices' && (
        <View className='staff-publishing__new'>
          <ActionButton kind='plain' text='＋ 新建公开内容' onClick={() => setEditing({ kind: 'notice', notice: null })} />
        </View>
      )}
      {drafts && !editor && kind === 'guides' && (
        <View className='staff-row staff-publishing__new'>
          <ActionButton kind='plain' text='＋ 新建办事指南' onClick={() => setEditing({ kind: 'guide', guide: null })} />
          <ActionButton kind='plain' text='修订已发布的指南' onClick={() => setEditing({ kind: 'revise' })} />
        </View>
      )}
      {openError && <Text className='staff-error'>⚠ {openError}</Text>}
      {kind === 'board' && <Board />}
      {kind === 'notices' && (
        <ReviewList<StaffNoticeSummary>
          key={`notices-${tab}-${version}`}
          tab={tab}
          fetch={fetchNoticeItems}
          review={reviewNotice}
          meta={noticeMeta}
          onEdit={(id) => void open(async () => ({ kind: 'notice', notice: await fetchStaffNotice(id) }))}
        />
      )}
      {kind === 'guides' && (
        <ReviewList<GuideItem>
          key={`guides-${tab}-${version}`}
          tab={tab}
          fetch={fetchGuideItems}
          review={reviewGuide}
          meta={guideMeta}
          onEdit={(id) => void open(async () => ({ kind: 'guide', guide: await fetchStaffGuide(id) }))}
        />
      )}
    </StaffShell>
  )
}
