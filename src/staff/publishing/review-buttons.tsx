import Taro from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { toApiError } from '@/api/errors'
import { ChoiceField } from '@/components/cases/ChoiceField'
import { FieldFrame, TextField } from '@/components/cases/Field'
import { REVIEW_ACTION_LABELS, type ReviewAction } from '@/core/notices/review'
import type { NoticeReviewBody } from '@/core/schemas/publishing'
import { needsComment } from '../publishing-model'
import { defaultSchedule, publishAtOf } from './schedule-model'

export interface ReviewItem {
  id: number
  allowedActions: ReviewAction[]
}

type When = 'now' | 'later'

/** 立即发布 or 定时发布 with a date and a time in China time, then the confirming tap. */
function PublishForm({ onPublish, onCancel }: { onPublish(publishAt?: string): Promise<void>; onCancel(): void }) {
  const [when, setWhen] = useState<When>('now')
  const [schedule, setSchedule] = useState(() => defaultSchedule(new Date()))
  const [errors, setErrors] = useState<{ date?: string; time?: string }>({})
  const confirm = async () => {
    if (when === 'now') {
      await onPublish()
      return
    }
    const checked = publishAtOf(schedule.date, schedule.time, new Date())
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    await onPublish(checked.publishAt)
  }
  return (
    <View className='staff-publishing__publish'>
      <ChoiceField<When>
        label='发布方式'
        required
        choices={[
          { value: 'now', label: '立即发布', note: '居民马上能看到' },
          { value: 'later', label: '定时发布', note: '到点自动发布，之前可以取消' }
        ]}
        value={when}
        onChange={setWhen}
      />
      {when === 'later' && (
        <View className='staff-row staff-publishing__when'>
          <TextField label='发布日期' required value={schedule.date} placeholder='如 2026-12-01' error={errors.date} onChange={(date) => setSchedule((s) => ({ ...s, date }))} />
          <TextField label='发布时间（北京时间）' required value={schedule.time} placeholder='如 09:00' error={errors.time} onChange={(time) => setSchedule((s) => ({ ...s, time }))} />
        </View>
      )}
      <View className='staff-row'>
        <View className='staff-button staff-button--primary' role='button' hoverClass='jf-pressed' onClick={() => void confirm()}>
          <Text>{when === 'now' ? '确认立即发布' : '确认定时发布'}</Text>
        </View>
        <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={onCancel}>
          <Text>取消</Text>
        </View>
      </View>
    </View>
  )
}

/**
 * The review steps the server allows this person on an item, one button each: sending back and
 * withdrawing ask for the comment first, publishing asks 立即 or 定时, editing opens the editor.
 */
export function ReviewButtons({ item, review, onDone, onEdit }: { item: ReviewItem; review(id: number, body: NoticeReviewBody): Promise<unknown>; onDone(): void; onEdit(): void }) {
  const [pending, setPending] = useState<ReviewAction | null>(null)
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const send = async (action: Exclude<ReviewAction, 'edit'>, publishAt?: string) => {
    try {
      await review(item.id, { action, comment: comment.trim() || undefined, publishAt })
      const done = action === 'publish' && publishAt ? '已设定时发布' : `已${REVIEW_ACTION_LABELS[action]}`
      void Taro.showToast({ title: done, icon: 'success' })
      setPending(null)
      setComment('')
      onDone()
    } catch (caught) {
      setError(toApiError(caught).message)
    }
  }
  const run = async (action: ReviewAction) => {
    setError(null)
    if (action === 'edit') {
      onEdit()
      return
    }
    if ((needsComment(action) || action === 'publish') && pending !== action) {
      setPending(action)
      return
    }
    if (needsComment(action) && !comment.trim()) {
      setError(action === 'unpublish' ? '请写明撤下的理由' : '请写明退回修改的意见')
      return
    }
    await send(action)
  }
  return (
    <View>
      {pending === 'publish' && <PublishForm onPublish={(publishAt) => send('publish', publishAt)} onCancel={() => setPending(null)} />}
      {pending && needsComment(pending) && (
        <FieldFrame label={pending === 'unpublish' ? '撤下的理由' : '退回修改的意见'} required error={error ?? undefined}>
          <Textarea className='case-field__input case-field__input--multiline' value={comment} aria-label='审核意见' onInput={(e) => setComment(e.detail.value)} />
        </FieldFrame>
      )}
      {error && !(pending && needsComment(pending)) && <Text className='staff-error'>⚠ {error}</Text>}
      {pending !== 'publish' && (
        <View className='staff-row'>
          {item.allowedActions.map((a) => (
            <View key={a} className={`staff-button ${a === pending ? 'staff-button--primary' : ''}`} role='button' hoverClass='jf-pressed' onClick={() => void run(a)}>
              <Text>{a === pending ? `确认${REVIEW_ACTION_LABELS[a]}` : REVIEW_ACTION_LABELS[a]}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
