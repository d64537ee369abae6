import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { deleteReception, saveReception } from '@/api/staff'
import { toApiError } from '@/api/errors'
import { ChoiceField } from '@/components/cases/ChoiceField'
import { TextField } from '@/components/cases/Field'
import type { Leader } from '@/core/schemas/contacts'
import { ReceptionBodySchema, type StaffReception } from '@/core/schemas/publishing'
import { EditButton, FormButtons, Line } from './contacts-sections'
import { useEditForm } from './use-edit-form'

function ReceptionForm({ reception, leaders, nextSortOrder, onDone }: { reception: StaffReception | null; leaders: Leader[]; nextSortOrder: number; onDone(saved: boolean): void }) {
  const form = useEditForm(
    {
      leaderId: reception ? String(reception.leaderId) : '',
      schedule: reception?.schedule ?? '',
      place: reception?.place ?? '',
      topics: reception?.topics ?? ''
    },
    ReceptionBodySchema,
    (v) => ({ ...v, leaderId: v.leaderId ? Number(v.leaderId) : undefined, sortOrder: reception?.sortOrder ?? nextSortOrder }),
    (body) => saveReception(body, reception?.id),
    () => onDone(true)
  )
  const { values, set, errors } = form
  return (
    <View className='staff-panel staff-office__form'>
      <Text className='staff-panel__title'>{reception ? `修改接待日：${reception.leaderName}` : '添加领导接待日'}</Text>
      <ChoiceField<string>
        label='接待领导'
        required
        choices={leaders.map((l) => ({ value: String(l.id), label: l.name, note: l.post }))}
        value={values.leaderId}
        error={errors.leaderId}
        onChange={set('leaderId')}
      />
      <TextField label='接待时间' required value={values.schedule} maxLength={100} placeholder='如 每月第一个星期三 上午 9:00—11:30' hint='按公告的写法写，固定日期也可以，如 2026年12月2日 上午。' error={errors.schedule} onChange={set('schedule')} />
      <TextField label='接待地点' required value={values.place} maxLength={100} placeholder='如 街道办事处一楼接待室' error={errors.place} onChange={set('place')} />
      <TextField label='接待内容' required multiline value={values.topics} maxLength={500} hint='这位领导接待哪些方面的来访。' error={errors.topics} onChange={set('topics')} />
      <FormButtons form={form} saveText={reception ? '保存' : '添加'} onCancel={() => onDone(false)} />
    </View>
  )
}

function ReceptionCard({ reception, editable, onEdit, onDeleted }: { reception: StaffReception; editable: boolean; onEdit(): void; onDeleted(): void }) {
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const remove = async () => {
    setError(null)
    try {
      await deleteReception(reception.id)
      void Taro.showToast({ title: '已删除', icon: 'success' })
      onDeleted()
    } catch (caught) {
      setError(toApiError(caught).message)
    }
  }
  return (
    <View className='staff-panel staff-office__card'>
      <View className='staff-office__head'>
        <Text className='staff-office__name'>{reception.leaderName}</Text>
        {editable && !confirming && <EditButton label={`修改${reception.leaderName}的接待日`} onClick={onEdit} />}
      </View>
      <Line label='接待时间'>{reception.schedule}</Line>
      <Line label='接待地点'>{reception.place}</Line>
      <Line label='接待内容'>{reception.topics}</Line>
      {error && <Text className='staff-error'>⚠ {error}</Text>}
      {editable &&
        (confirming ? (
          <View className='staff-office__confirm' role='alert'>
            <Text>删除后居民将看不到这次接待日安排。确定删除吗？</Text>
            <View className='staff-row'>
              <View className='staff-button staff-office__danger' role='button' hoverClass='jf-pressed' onClick={() => void remove()}>
                <Text>确认删除</Text>
              </View>
              <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => setConfirming(false)}>
                <Text>不删除</Text>
              </View>
            </View>
          </View>
        ) : (
          <View className='staff-row'>
            <View className='staff-button staff-office__delete' role='button' aria-label={`删除${reception.leaderName}的接待日`} hoverClass='jf-pressed' onClick={() => setConfirming(true)}>
              <Text>删除</Text>
            </View>
          </View>
        ))}
    </View>
  )
}

/** 领导接待日: which leader receives residents when and where; add, change or remove a day. */
export function ReceptionsSection({ receptions, leaders, editable, onChanged }: { receptions: StaffReception[]; leaders: Leader[]; editable: boolean; onChanged(): void }) {
  const [editing, setEditing] = useState<number | 'new' | null>(null)
  const done = (saved: boolean) => {
    setEditing(null)
    if (saved) onChanged()
  }
  const nextSortOrder = Math.min(1000, receptions.reduce((max, r) => Math.max(max, r.sortOrder), 0) + 1)
  return (
    <View>
      {editable &&
        (editing === 'new' ? (
          <ReceptionForm reception={null} leaders={leaders} nextSortOrder={nextSortOrder} onDone={done} />
        ) : (
          <View className='staff-row staff-office__add'>
            <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => setEditing('new')}>
              <Text>＋ 添加接待日</Text>
            </View>
          </View>
        ))}
      {receptions.length === 0 && <Text className='staff-muted'>还没有领导接待日安排。</Text>}
      <View className='staff-office__grid'>
        {receptions.map((r) =>
          editing === r.id ? (
            <ReceptionForm key={r.id} reception={r} leaders={leaders} nextSortOrder={nextSortOrder} onDone={done} />
          ) : (
            <ReceptionCard key={r.id} reception={r} editable={editable} onEdit={() => setEditing(r.id)} onDeleted={onChanged} />
          )
        )}
      </View>
    </View>
  )
}
