import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { saveDepartment, saveHotline, saveLeader } from '@/api/staff'
import { TextField } from '@/components/cases/Field'
import type { Contacts, Hotline, Leader } from '@/core/schemas/contacts'
import { DepartmentEditBodySchema, HotlineEditBodySchema, LeaderEditBodySchema, type StaffDepartment } from '@/core/schemas/publishing'
import { useEditForm, type EditForm } from './use-edit-form'

/** One line of a contact card: a label and what residents read. */
export function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className='staff-office__line'>
      <Text className='staff-office__label'>{label}：</Text>
      <Text>{children}</Text>
    </View>
  )
}

/** 保存 and 取消 under a form, with the server's refusal above them. */
export function FormButtons<V extends Record<string, string>>({ form, onCancel, saveText = '保存' }: { form: EditForm<V>; onCancel(): void; saveText?: string }) {
  return (
    <View>
      {form.failure && <Text className='staff-error'>⚠ {form.failure}</Text>}
      <View className='staff-row'>
        <View className='staff-button staff-button--primary' role='button' hoverClass='jf-pressed' onClick={() => void form.submit()}>
          <Text>{form.saving ? '正在保存…' : saveText}</Text>
        </View>
        <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={onCancel}>
          <Text>取消</Text>
        </View>
      </View>
    </View>
  )
}

export function EditButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <View className='staff-button staff-office__edit' role='button' aria-label={label} hoverClass='jf-pressed' onClick={onClick}>
      <Text>修改</Text>
    </View>
  )
}

function DepartmentForm({ department, onDone }: { department: StaffDepartment; onDone(saved: boolean): void }) {
  const form = useEditForm(
    { name: department.name, phone: department.phone, duties: department.duties, address: department.address, hours: department.hours },
    DepartmentEditBodySchema,
    (v) => ({ ...v, key: department.key }),
    (body) => saveDepartment(department.id, body),
    () => onDone(true)
  )
  const { values, set, errors } = form
  return (
    <View className='staff-panel staff-office__form'>
      <Text className='staff-panel__title'>修改：{department.name}</Text>
      <TextField label='部门名称' required value={values.name} maxLength={50} error={errors.name} onChange={set('name')} />
      <TextField label='电话' required value={values.phone} maxLength={30} placeholder='如 021-12345678' error={errors.phone} onChange={set('phone')} />
      <TextField label='职责' required multiline value={values.duties} maxLength={1000} error={errors.duties} onChange={set('duties')} />
      <TextField label='地址' required value={values.address} maxLength={200} hint='居民来办事时找得到的位置，如 街道办事处一楼 3 号窗口。' error={errors.address} onChange={set('address')} />
      <TextField label='办公时间' required value={values.hours} maxLength={100} placeholder='如 工作日 9:00—12:00，13:30—17:00' error={errors.hours} onChange={set('hours')} />
      <FormButtons form={form} onCancel={() => onDone(false)} />
    </View>
  )
}

/** 部门: each department's name, phone, duties, address and hours as residents see them on 联系. */
export function DepartmentsSection({ departments, editable, onChanged }: { departments: StaffDepartment[]; editable: boolean; onChanged(): void }) {
  const [editing, setEditing] = useState<number | null>(null)
  return (
    <View className='staff-office__grid'>
      {departments.map((d) =>
        editing === d.id ? (
          <DepartmentForm
            key={d.id}
            department={d}
            onDone={(saved) => {
              setEditing(null)
              if (saved) onChanged()
            }}
          />
        ) : (
          <View key={d.id} className='staff-panel staff-office__card'>
            <View className='staff-office__head'>
              <Text className='staff-office__name'>{d.name}</Text>
              {editable && <EditButton label={`修改${d.name}`} onClick={() => setEditing(d.id)} />}
            </View>
            <Line label='电话'>{d.phone}</Line>
            <Line label='职责'>{d.duties}</Line>
            <Line label='地址'>{d.address}</Line>
            <Line label='办公时间'>{d.hours}</Line>
          </View>
        )
      )}
    </View>
  )
}

function LeaderForm({ leader, onDone }: { leader: Leader; onDone(saved: boolean): void }) {
  const form = useEditForm(
    { name: leader.name, post: leader.post, duties: leader.duties, phone: leader.phone },
    LeaderEditBodySchema,
    (v) => v,
    (body) => saveLeader(leader.id, body),
    () => onDone(true)
  )
  const { values, set, errors } = form
  return (
    <View className='staff-panel staff-office__form'>
      <Text className='staff-panel__title'>修改：{leader.name}</Text>
      <TextField label='姓名' required value={values.name} maxLength={50} error={errors.name} onChange={set('name')} />
      <TextField label='职务' required value={values.post} maxLength={50} placeholder='如 街道办事处主任' error={errors.post} onChange={set('post')} />
      <TextField label='分工' required multiline value={values.duties} maxLength={1000} hint='负责哪些方面的工作，居民据此知道找谁。' error={errors.duties} onChange={set('duties')} />
      <TextField label='办公电话' required value={values.phone} maxLength={30} error={errors.phone} onChange={set('phone')} />
      <FormButtons form={form} onCancel={() => onDone(false)} />
    </View>
  )
}

/** 领导: each leader's post, division of duties (分工) and office phone. */
export function LeadersSection({ leaders, editable, onChanged }: { leaders: Leader[]; editable: boolean; onChanged(): void }) {
  const [editing, setEditing] = useState<number | null>(null)
  return (
    <View className='staff-office__grid'>
      {leaders.map((l) =>
        editing === l.id ? (
          <LeaderForm
            key={l.id}
            leader={l}
            onDone={(saved) => {
              setEditing(null)
              if (saved) onChanged()
            }}
          />
        ) : (
          <View key={l.id} className='staff-panel staff-office__card'>
            <View className='staff-office__head'>
              <Text className='staff-office__name'>
                {l.name}　<Text className='staff-muted'>{l.post}</Text>
              </Text>
              {editable && <EditButton label={`修改${l.name}`} onClick={() => setEditing(l.id)} />}
            </View>
            <Line label='分工'>{l.duties}</Line>
            <Line label='办公电话'>{l.phone}</Line>
          </View>
        )
      )}
    </View>
  )
}

type HotlineKey = 'dutyPhone' | 'supervisionHotline'
const HOTLINE_TITLES: Record<HotlineKey, string> = { dutyPhone: '值班电话', supervisionHotline: '监督热线' }

function HotlineForm({ which, hotline, onDone }: { which: HotlineKey; hotline: Hotline; onDone(saved: boolean): void }) {
  const form = useEditForm(
    { label: hotline.label, phone: hotline.phone, hours: hotline.hours },
    HotlineEditBodySchema,
    (v) => v,
    (body) => saveHotline(which, body),
    () => onDone(true)
  )
  const { values, set, errors } = form
  return (
    <View className='staff-panel staff-office__form'>
      <Text className='staff-panel__title'>修改{HOTLINE_TITLES[which]}</Text>
      <TextField label='名称' required value={values.label} maxLength={50} hint='居民在“联系”页看到的名称。' error={errors.label} onChange={set('label')} />
      <TextField label='电话' required value={values.phone} maxLength={30} error={errors.phone} onChange={set('phone')} />
      <TextField label='服务时间' required value={values.hours} maxLength={100} placeholder='如 24 小时' error={errors.hours} onChange={set('hours')} />
      <FormButtons form={form} onCancel={() => onDone(false)} />
    </View>
  )
}

/** 值班电话 and 监督热线, the two numbers the 联系 page puts first. */
export function HotlinesSection({ contacts, editable, onChanged }: { contacts: Contacts; editable: boolean; onChanged(): void }) {
  const [editing, setEditing] = useState<HotlineKey | null>(null)
  return (
    <View className='staff-office__grid'>
      {(['dutyPhone', 'supervisionHotline'] as const).map((key) => {
        const hotline = contacts[key]
        return editing === key ? (
          <HotlineForm
            key={key}
            which={key}
            hotline={hotline}
            onDone={(saved) => {
              setEditing(null)
              if (saved) onChanged()
            }}
          />
        ) : (
          <View key={key} className='staff-panel staff-office__card'>
            <View className='staff-office__head'>
              <Text className='staff-office__name'>{HOTLINE_TITLES[key]}</Text>
              {editable && <EditButton label={`修改${HOTLINE_TITLES[key]}`} onClick={() => setEditing(key)} />}
            </View>
            <Line label='名称'>{hotline.label}</Line>
            <Line label='电话'>{hotline.phone}</Line>
            <Line label='服务时间'>{hotline.hours}</Line>
          </View>
        )
      })}
    </View>
  )
}
