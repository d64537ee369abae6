import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchContacts } from '@/api/content'
import { removeNoticeAttachment, saveNoticeDraft, uploadNoticeAttachment } from '@/api/staff'
import { toApiError } from '@/api/errors'
import { ChoiceField } from '@/components/cases/ChoiceField'
import { FieldFrame, TextField } from '@/components/cases/Field'
import { categoryName, type CategoryId } from '@/core/notices/catalogue'
import { TIMELINESS_LABELS, TIMELINESS_KINDS, type Timeliness } from '@/core/notices/timeliness'
import { NOTICE_BODY_MAX, NOTICE_CATEGORY_IDS, type StaffNotice } from '@/core/schemas/publishing'
import { checkNoticeDraft, EMPTY_NOTICE_FORM, formOfNotice, type NoticeFormErrors, type NoticeFormValues } from '../publishing-model'
import { useStaffLoad } from '../use-staff-load'
import { BodyField } from './body-field'
import { attachmentFacts, attachmentProblem } from './draft-model'
import { pickDraftFile, pickerIsBrowser, releasePickedFile } from './pick-file'

/** The files of a saved draft: each with its type and size and a 删除 button; PDF files and pictures may be added. */
function Attachments({ notice, onChange }: { notice: StaffNotice; onChange(n: StaffNotice): void }) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const add = async (from: 'photo' | 'file') => {
    if (busy) return
    const file = await pickDraftFile(from)
    if (!file) return
    const problem = attachmentProblem(file)
    if (problem) {
      setError(problem)
      releasePickedFile(file)
      return
    }
    setError(null)
    setBusy('正在上传…')
    try {
      onChange(await uploadNoticeAttachment(notice.id, file.path, file.name))
    } catch (caught) {
      setError(toApiError(caught).message)
    } finally {
      releasePickedFile(file)
      setBusy(null)
    }
  }
  const remove = async (attachmentId: number) => {
    if (busy) return
    setError(null)
    setBusy('正在删除…')
    try {
      onChange(await removeNoticeAttachment(notice.id, attachmentId))
    } catch (caught) {
      setError(toApiError(caught).message)
    } finally {
      setBusy(null)
    }
  }
  return (
    <FieldFrame label={`附件（${notice.attachments.length} 个）`} hint='可以添加 PDF 文件或 JPG、PNG 图片，每个不超过 10 MB；报送审核后不能再改附件。' error={error ?? undefined}>
      <View className='staff-publishing__files'>
        {notice.attachments.map((a) => (
          <View key={a.id} className='staff-publishing__file'>
            <View className='staff-publishing__file-text'>
              <Text className='staff-publishing__file-name'>{a.name}</Text>
              <Text className='staff-muted'>{attachmentFacts(a)}</Text>
            </View>
            <View className='staff-button staff-publishing__remove' role='button' aria-label={`删除附件${a.name}`} hoverClass='jf-pressed' onClick={() => void remove(a.id)}>
              <Text>删除</Text>
            </View>
          </View>
        ))}
        {busy && <Text className='staff-muted'>{busy}</Text>}
        <View className='staff-row'>
          {pickerIsBrowser() ? (
            <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => void add('file')}>
              <Text>＋ 添加附件</Text>
            </View>
          ) : (
            <>
              <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => void add('photo')}>
                <Text>＋ 添加图片</Text>
              </View>
              <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => void add('file')}>
                <Text>＋ 从聊天添加 PDF</Text>
              </View>
            </>
          )}
        </View>
      </View>
    </FieldFrame>
  )
}

/** A notice's draft: the catalogue's fields, the body with its formatting buttons and preview, and its files once saved. */
export function NoticeEditor({ editing, onSaved, onCancel }: { editing: StaffNotice | null; onSaved(): void; onCancel(): void }) {
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
      const stored = await saveNoticeDraft(checked.body, saved?.id)
      setSaved(stored)
      // The box shows what the server kept, so anything it dropped is seen at once.
      setValues(formOfNotice(stored))
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
      <BodyField label='正文' required maxLength={NOTICE_BODY_MAX} value={values.body} error={errors.body} onChange={set('body')} />
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
