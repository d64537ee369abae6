import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchContacts, fetchGuide, fetchGuides } from '@/api/content'
import { saveGuideDraft } from '@/api/staff'
import { toApiError } from '@/api/errors'
import { ChoiceField } from '@/components/cases/ChoiceField'
import { FieldFrame, TextField } from '@/components/cases/Field'
import { GUIDE_BODY_MAX, type StaffGuide } from '@/core/schemas/publishing'
import { useStaffLoad } from '../use-staff-load'
import { BodyField } from './body-field'
import { sourceOfBody } from './body-model'
import { checkGuideDraft, EMPTY_GUIDE_FORM, EMPTY_MATERIAL, formOfGuide, formOfPublishedGuide, type GuideFormErrors, type GuideFormValues, type MaterialRow } from './guide-model'

function Materials({ rows, errors, onChange }: { rows: MaterialRow[]; errors: GuideFormErrors['materials']; onChange(rows: MaterialRow[]): void }) {
  const setRow = (i: number, key: keyof MaterialRow) => (value: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)))
  return (
    <FieldFrame label='申请材料' required hint='每项材料写名称和份数，需要说明的写在备注里（如 原件和复印件各 1 份）。' error={errors?.all}>
      <View className='staff-publishing__materials'>
        {rows.map((row, i) => (
          <View key={i} className='staff-publishing__material'>
            <Text className='staff-publishing__material-no'>材料 {i + 1}</Text>
            <TextField label={`材料 ${i + 1} 名称`} required value={row.name} maxLength={200} error={errors?.[i]} onChange={setRow(i, 'name')} />
            <View className='staff-row'>
              <View className='staff-publishing__copies'>
                <TextField label={`材料 ${i + 1} 份数`} required value={row.copies} maxLength={50} onChange={setRow(i, 'copies')} />
              </View>
              <View className='staff-publishing__material-note'>
                <TextField label={`材料 ${i + 1} 备注`} value={row.note} maxLength={200} onChange={setRow(i, 'note')} />
              </View>
            </View>
            {rows.length > 1 && (
              <View className='staff-button staff-publishing__remove' role='button' aria-label={`删除材料 ${i + 1}`} hoverClass='jf-pressed' onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                <Text>删除这项材料</Text>
              </View>
            )}
          </View>
        ))}
        <View className='staff-row'>
          <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => onChange([...rows, EMPTY_MATERIAL])}>
            <Text>＋ 再加一项材料</Text>
          </View>
        </View>
      </View>
    </FieldFrame>
  )
}

/**
 * A service guide's draft with the eight disclosures (八公开); a revision of a published guide starts
 * from its public text and replaces it only once published.
 */
export function GuideEditor({ editing, start, onSaved, onCancel }: { editing: StaffGuide | null; start?: GuideFormValues; onSaved(): void; onCancel(): void }) {
  const [saved, setSaved] = useState<StaffGuide | null>(editing)
  const [values, setValues] = useState<GuideFormValues>(editing ? formOfGuide(editing) : (start ?? EMPTY_GUIDE_FORM))
  const [errors, setErrors] = useState<GuideFormErrors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const contacts = useStaffLoad(fetchContacts, [])
  const set = <K extends keyof GuideFormValues>(key: K) => (value: GuideFormValues[K]) => setValues((v) => ({ ...v, [key]: value }))
  const save = async () => {
    const checked = checkGuideDraft(values)
    setFailure(null)
    if (!checked.ok) {
      setErrors(checked.errors)
      setFailure('还有没填好的地方，请看标红的提示。')
      return
    }
    setErrors({})
    try {
      const stored = await saveGuideDraft(checked.body, saved?.id)
      setSaved(stored)
      // The box shows what the server kept of 办事须知, so anything it dropped is seen at once.
      setValues((v) => ({ ...v, body: sourceOfBody(stored.body, 'html') }))
      void Taro.showToast({ title: '草稿已保存', icon: 'success' })
    } catch (caught) {
      setFailure(toApiError(caught).message)
    }
  }
  const departments = (contacts.data?.departments ?? []).map((d) => ({ value: String(d.id), label: d.name }))
  const revising = values.revises ?? saved?.guideId ?? null
  const title = saved ? `修改办事指南草稿（${saved.statusLabel}）` : values.revises ? '修订已发布的办事指南' : '新建办事指南'
  return (
    <View className='staff-panel staff-publishing__editor'>
      <Text className='staff-panel__title'>{title}</Text>
      {revising !== null && <Text className='staff-muted staff-publishing__revising'>修订稿发布前，居民看到的仍是原来的指南。</Text>}
      <TextField label='事项名称' required value={values.name} maxLength={100} placeholder='如 最低生活保障申请' error={errors.name} onChange={set('name')} />
      <TextField label='简介' required value={values.summary} maxLength={200} hint='一句话说明这项服务给谁、办什么。' error={errors.summary} onChange={set('summary')} />
      <TextField label='主题' required value={values.topic} maxLength={50} placeholder='如 社会救助、养老服务' error={errors.topic} onChange={set('topic')} />
      <ChoiceField<string>
        label='受理部门'
        required
        choices={departments}
        value={values.departmentId === null ? '' : String(values.departmentId)}
        error={errors.departmentId}
        onChange={(v) => set('departmentId')(Number(v))}
      />
      <TextField label='设定依据' required multiline maxLength={5000} value={values.legalBasis} hint='每行写一条法规或文件，如《社会救助暂行办法》第九条。' error={errors.legalBasis} onChange={set('legalBasis')} />
      <TextField label='办理流程' required multiline maxLength={5000} value={values.procedure} hint='每行写一步，按先后顺序。' error={errors.procedure} onChange={set('procedure')} />
      <Materials rows={values.materials} errors={errors.materials} onChange={set('materials')} />
      <TextField label='法定时限' required value={values.statutoryLimit} maxLength={100} placeholder='如 30 个工作日' error={errors.statutoryLimit} onChange={set('statutoryLimit')} />
      <TextField label='承诺时限' required value={values.promisedLimit} maxLength={100} placeholder='如 20 个工作日' error={errors.promisedLimit} onChange={set('promisedLimit')} />
      <TextField label='收费标准' required value={values.feeStandard} maxLength={200} error={errors.feeStandard} onChange={set('feeStandard')} />
      <TextField label='收费依据' required value={values.feeBasis} maxLength={200} placeholder='不收费的写“无”' error={errors.feeBasis} onChange={set('feeBasis')} />
      <BodyField label='办事须知' alwaysRich maxLength={GUIDE_BODY_MAX} value={values.body} error={errors.body} onChange={set('body')} />
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

/** The published guides to choose one to revise; choosing loads its public text into a new draft. */
export function RevisePicker({ onPick, onCancel }: { onPick(start: GuideFormValues): void; onCancel(): void }) {
  const guides = useStaffLoad(() => fetchGuides({ pageSize: 50 }), [])
  const [error, setError] = useState<string | null>(null)
  const pick = async (id: number) => {
    setError(null)
    try {
      onPick(formOfPublishedGuide(await fetchGuide(id)))
    } catch (caught) {
      setError(toApiError(caught).message)
    }
  }
  return (
    <View className='staff-panel staff-publishing__editor'>
      <Text className='staff-panel__title'>选择要修订的办事指南</Text>
      {guides.error && <Text className='staff-error'>⚠ {guides.error}</Text>}
      {error && <Text className='staff-error'>⚠ {error}</Text>}
      {!guides.data && !guides.error && <Text className='staff-muted'>正在加载…</Text>}
      {guides.data?.items.map((g) => (
        <View key={g.id} className='staff-publishing__pick' role='button' hoverClass='jf-pressed' onClick={() => void pick(g.id)}>
          <Text className='staff-publishing__title'>{g.name}</Text>
          <Text className='staff-muted'>
            {g.departmentName} · 承诺 {g.promisedLimit}
          </Text>
        </View>
      ))}
      <View className='staff-row'>
        <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={onCancel}>
          <Text>取消</Text>
        </View>
      </View>
    </View>
  )
}
