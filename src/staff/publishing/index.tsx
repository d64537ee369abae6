import Taro from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchContacts } from '@/api/content'
import { fetchStaffNotice, fetchStaffNotices, fetchTimelinessBoard, reviewNotice, saveNoticeDraft, uploadNoticeAttachment } from '@/api/staff'
import { toApiError } from '@/api/errors'
import { ActionButton } from '@/components/ActionButton'
import { ChoiceField } from '@/components/cases/ChoiceField'
import { FieldFrame, TextField } from '@/components/cases/Field'
import { StaffShell } from '@/components/staff/StaffShell'
import { categoryName, type CategoryId } from '@/core/notices/catalogue'
import { REVIEW_ACTION_LABELS, type ReviewAction, type ReviewState } from '@/core/notices/review'
import { TIMELINESS_LABELS, TIMELINESS_KINDS, type Timeliness } from '@/core/notices/timeliness'
import { NOTICE_CATEGORY_IDS, type StaffNotice, type StaffNoticeSummary } from '@/core/schemas/publishing'
import { checkNoticeDraft, EMPTY_NOTICE_FORM, formOfNotice, needsComment, type NoticeFormErrors, type NoticeFormValues } from '../publishing-model'
import { useStaffLoad } from '../use-staff-load'
import './index.scss'

type Tab = 'waiting' | 'draft' | 'published' | 'board'
const TABS: { id: Tab; label: string }[] = [
  { id: 'waiting', label: '待我审核' },
  { id: 'draft', label: '草稿' },
  { id: 'published', label: '已发布' },
  { id: 'board', label: '时效看板' }
]

function ReviewButtons({ notice, onDone, onEdit }: { notice: StaffNoticeSummary; onDone(): void; onEdit(): void }) {
  const [pending, setPending] = useState<ReviewAction | null>(null)
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const run = async (action: ReviewAction) => {
    if (action === 'edit') {
      onEdit()
      return
    }
    if (needsComment(action) && pending !== action) {
      setPending(action)
      setError(null)
      return
    }
    if (needsComment(action) && !comment.trim()) {
      setError(action === 'unpublish' ? '请写明撤下的理由' : '请写明退回修改的意见')
      return
    }
    try {
      await reviewNotice(notice.id, { action: action as Exclude<ReviewAction, 'edit'>, comment: comment.trim() || undefined })
      void Taro.showToast({ title: `已${REVIEW_ACTION_LABELS[action]}`, icon: 'success' })
      setPending(null)
      setComment('')
      onDone()
    } catch (caught) {
      setError(toApiError(caught).message)
    }
  }
  const actions = notice.allowedActions
  return (
    <View>
      {pending && (
        <FieldFrame label={pending === 'unpublish' ? '撤下的理由' : '退回修改的意见'} required error={error ?? undefined}>
          <Textarea className='case-field__input case-field__input--multiline' value={comment} aria-label='审核意见' onInput={(e) => setComment(e.detail.value)} />
        </FieldFrame>
      )}
      {!pending && error && <Text className='staff-error'>⚠ {error}</Text>}
      <View className='staff-row'>
        {actions.map((a) => (
          <View key={a} className={`staff-button ${a === pending ? 'staff-button--primary' : ''}`} role='button' hoverClass='jf-pressed' onClick={() => void run(a)}>
            <Text>{a === pending ? `确认${REVIEW_ACTION_LABELS[a]}` : REVIEW_ACTION_LABELS[a]}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

function NoticeList({ tab, onEdit }: { tab: Exclude<Tab, 'board'>; onEdit(id: number): void }) {
  const query = tab === 'waiting' ? { waiting: true } : { status: tab as ReviewState }
  const list = useStaffLoad(() => fetchStaffNotices({ ...query, pageSize: 50 }), [tab])
  if (list.error) return <Text className='staff-error'>⚠ {list.error}</Text>
  if (!list.data) return <Text className='staff-muted'>正在加载…</Text>
  if (list.data.items.length === 0) return <Text className='staff-muted'>{tab === 'waiting' ? '没有等您审核的内容。' : '没有内容。'}</Text>
  return (
    <View>
      {list.data.items.map((n) => (
        <View key={n.id} className='staff-panel staff-publishing__item'>
          <Text className='staff-publishing__title'>{n.title}</Text>
          <Text className='staff-muted'>
            {n.statusLabel} · {categoryName(n.category)} · {n.department} · {TIMELINESS_LABELS[n.timeliness]}
            {n.publishedAt ? ` · ${n.publishedAt}发布` : ''}
          </Text>
          <ReviewButtons notice={n} onDone={() => void list.reload()} onEdit={() => onEdit(n.id)} />
        </View>
      ))}
    </View>
  )
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

function Attachments({ notice, onChange }: { notice: StaffNotice; onChange(n: StaffNotice): void }) {
  const [error, setError] = useState<string | null>(null)
  const add = async () => {
    let path: string
    try {
      path = (await Taro.chooseImage({ count: 1, sizeType: ['original'] })).tempFilePaths[0]
    } catch {
      return // the picker was closed
    }
    try {
      setError(null)
      onChange(await uploadNoticeAttachment(notice.id, path))
    } catch (caught) {
      setError(toApiError(caught).message)
    }
  }
  return (
    <FieldFrame label={`附件（${notice.attachments.length} 个）`} error={error ?? undefined}>
      <View>
        {notice.attachments.map((a) => (
          <Text key={a.id} className='staff-muted staff-publishing__file'>
            · {a.name}
          </Text>
        ))}
        <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => void add()}>
          <Text>添加附件</Text>
        </View>
      </View>
    </FieldFrame>
  )
}

function Editor({ editing, onSaved, onCancel }: { editing: StaffNotice | null; onSaved(): void; onCancel(): void }) {
  const [saved, setSaved] = useState<StaffNotice | null>(editing)
  const [values, setValues] = useState<NoticeFormValues>(editing ? formOfNotice(editing) : EMPTY_NOTICE_FORM)
  const [errors, setErrors] = useState<NoticeFormErrors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const contacts = useStaffLoad(fetchContacts, [])
  const set = <K extends keyof NoticeFormValues>(key: K) => (value: NoticeFormValues[K]) => setValues((v) => ({ ...v, [key]: value }))
  const save = async () => {
    const checked = checkNoticeDraft(values)
    setFailure(null)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    try {
      setSaved(await saveNoticeDraft(checked.body, saved?.id))
      void Taro.showToast({ title: '草稿已保存', icon: 'success' })
    } catch (caught) {
      setFailure(toApiError(caught).message)
    }
  }
  const departments = (contacts.data?.departments ?? []).map((d) => ({ value: String(d.id), label: d.name }))
  return (
    <View className='staff-panel staff-publishing__editor'>
      <Text className='staff-panel__title'>{saved ? `修改草稿（${saved.statusLabel}）` : '新建公开内容'}</Text>
      <TextField label='标题' required value={values.title} maxLength={100} error={errors.title} onChange={set('title')} />
      <ChoiceField<string>
        label='公开类别'
        required
        choices={NOTICE_CATEGORY_IDS.map((c) => ({ value: c, label: categoryName(c as CategoryId) }))}
        value={values.category}
        error={errors.category}
        onChange={set('category')}
      />
      <ChoiceField<string>
        label='发布部门'
        required
        choices={departments}
        value={values.departmentId === null ? '' : String(values.departmentId)}
        error={errors.departmentId}
        onChange={(v) => set('departmentId')(Number(v))}
      />
      <ChoiceField<Timeliness>
        label='时效类型'
        required
        choices={TIMELINESS_KINDS.map((t) => ({ value: t, label: TIMELINESS_LABELS[t] }))}
        value={values.timeliness}
        error={errors.timeliness}
        onChange={set('timeliness')}
      />
      {values.timeliness === 'adhoc' && (
        <TextField label='作出决定的日期' required value={values.decisionDate} placeholder='如 2026-11-20' hint='及时公开的内容应在决定后 3 日内发布。' error={errors.decisionDate} onChange={set('decisionDate')} />
      )}
      {values.category === 'consultation' && (
        <TextField label='征求意见截止日期' value={values.commentUntil} placeholder='如 2026-12-31' error={errors.commentUntil} onChange={set('commentUntil')} />
      )}
      <TextField label='正文' required multiline maxLength={50000} value={values.body} hint='段落之间空一行。' error={errors.body} onChange={set('body')} />
      {saved ? <Attachments notice={saved} onChange={setSaved} /> : <Text className='staff-muted'>保存草稿后可以添加附件。</Text>}
      {failure && <Text className='staff-error'>⚠ {failure}</Text>}
      <View className='staff-row'>
        <View className='staff-button staff-button--primary' role='button' hoverClass='jf-pressed' onClick={() => void save()}>
          <Text>保存草稿</Text>
        </View>
        <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={saved ? onSaved : onCancel}>
          <Text>{saved ? '完成' : '取消'}</Text>
        </View>
      </View>
    </View>
  )
}

/** 信息发布: drafts, the review queue with its buttons, the editor and the timeliness board. */
export default function StaffPublishingPage() {
  const [tab, setTab] = useState<Tab>('waiting')
  const [editing, setEditing] = useState<StaffNotice | null | 'new'>(null)
  const [version, setVersion] = useState(0)
  const [openError, setOpenError] = useState<string | null>(null)
  const edit = async (id: number) => {
    setOpenError(null)
    try {
      setEditing(await fetchStaffNotice(id))
    } catch (caught) {
      setOpenError(toApiError(caught).message)
    }
  }
  return (
    <StaffShell section='publishing' title='信息发布'>
      <View className='staff-row staff-publishing__tabs' role='tablist'>
        {TABS.map((t) => (
          <View key={t.id} className={`staff-chip ${t.id === tab ? 'staff-chip--on' : ''}`} role='tab' aria-selected={t.id === tab} hoverClass='jf-pressed' onClick={() => setTab(t.id)}>
            <Text>
              {t.id === tab ? '✓ ' : ''}
              {t.label}
            </Text>
          </View>
        ))}
      </View>
      {editing ? (
        <Editor
          key={editing === 'new' ? 'new' : editing.id}
          editing={editing === 'new' ? null : editing}
          onSaved={() => {
            setEditing(null)
            setTab('draft')
            setVersion(version + 1)
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <View className='staff-publishing__new'>
          <ActionButton kind='plain' text='＋ 新建公开内容' onClick={() => setEditing('new')} />
        </View>
      )}
      {openError && <Text className='staff-error'>⚠ {openError}</Text>}
      {tab === 'board' ? <Board /> : <NoticeList key={`${tab}-${version}`} tab={tab} onEdit={(id) => void edit(id)} />}
    </StaffShell>
  )
}
