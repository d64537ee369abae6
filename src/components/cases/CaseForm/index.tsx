import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { APPLICANT_TYPE_LABELS, DELIVERY_LABELS, ORGANISATION_KIND_LABELS, PROVISION_FORMAT_LABELS } from '@/core/cases/submitted-fields'
import { CONTENT_MAX, ID_TYPES, ID_TYPE_LABELS, TITLE_MAX } from '@/core/schemas/cases'
import type { CaseKind } from '@/core/schemas/clock'
import { AttachmentPicker } from '../AttachmentPicker'
import { ChoiceField } from '../ChoiceField'
import { FieldFrame, TextField } from '../Field'
import type { CaseField, CaseFormErrors, CaseFormValues } from '../form-model'
import './index.scss'

export interface CaseFormProps {
  kind: CaseKind
  values: CaseFormValues
  errors: CaseFormErrors
  onChange<F extends CaseField>(field: F, value: CaseFormValues[F]): void
  /**
   * Show the photo and file picker (default). The picker uploads to the residents' /uploads, which
   * refuses a staff token, so the workbench's register page turns it off.
   */
  withAttachments?: boolean
}

// The words of each choice live in core, where the staff case page reads them too.
const choicesOf = <T extends Record<string, string>>(labels: T) => Object.entries(labels).map(([value, label]) => ({ value: value as keyof T & string, label }))
const APPLICANT_TYPES = choicesOf(APPLICANT_TYPE_LABELS)
const ORGANISATION_KINDS = choicesOf(ORGANISATION_KIND_LABELS)
const FORMATS = choicesOf(PROVISION_FORMAT_LABELS)
const DELIVERIES = choicesOf(DELIVERY_LABELS)
const ID_CHOICES = ID_TYPES.filter((t) => t !== 'social_credit_code').map((t) => ({ value: t, label: ID_TYPE_LABELS[t] }))
const ORG_ID_CHOICES = [{ value: 'social_credit_code' as const, label: ID_TYPE_LABELS.social_credit_code }]

/** Location is picked on the map only in the mini-program, where Taro.chooseLocation needs no key. */
const canChooseLocation = () => process.env.TARO_ENV === 'weapp'

function LocationField({ values, onChange, error }: { values: CaseFormValues; onChange: CaseFormProps['onChange']; error?: string }) {
  const choose = async () => {
    try {
      const place = await Taro.chooseLocation({})
      onChange('location', { latitude: place.latitude, longitude: place.longitude, address: [place.address, place.name].filter(Boolean).join(' ') })
    } catch {
      // Closed the map: keep what was there.
    }
  }
  return (
    <FieldFrame label='地点' hint='在地图上选出事情发生的地方，方便工作人员找到。' error={error}>
      {values.location && (
        <View className='case-form__place'>
          <Text className='case-form__place-text'>{values.location.address || '已选择地图上的位置'}</Text>
          <View className='case-form__small-button' role='button' hoverClass='jf-pressed' onClick={() => onChange('location', undefined)}>
            <Text>清除</Text>
          </View>
        </View>
      )}
      <View className='case-form__wide-button' role='button' hoverClass='jf-pressed' onClick={() => void choose()}>
        <Text>{values.location ? '重新选择地点' : '在地图上选择地点'}</Text>
      </View>
    </FieldFrame>
  )
}

function ApplicantFields({ values, errors, onChange }: Omit<CaseFormProps, 'kind'>) {
  const organisation = values.applicantType === 'organisation'
  return (
    <View className='case-form__group'>
      <Text className='case-form__group-title'>申请人信息</Text>
      <Text className='case-form__group-note'>依法申请公开需要写明申请人。身份证件号码只用于核对身份，不会公开。</Text>
      <ChoiceField
        label='申请人是'
        required
        choices={APPLICANT_TYPES}
        value={values.applicantType}
        error={errors.applicantType}
        onChange={(v) => {
          onChange('applicantType', v)
          onChange('idType', v === 'organisation' ? 'social_credit_code' : 'id_card')
        }}
      />
      {organisation && (
        <ChoiceField label='单位类型' required choices={ORGANISATION_KINDS} value={values.organisationKind as never} error={errors.organisationKind} onChange={(v) => onChange('organisationKind', v)} />
      )}
      <TextField label={organisation ? '单位名称' : '姓名'} required value={values.name} error={errors.name} maxLength={50} onChange={(v) => onChange('name', v)} />
      <ChoiceField label='证件类型' required choices={organisation ? ORG_ID_CHOICES : ID_CHOICES} value={values.idType} error={errors.idType} onChange={(v) => onChange('idType', v)} />
      <TextField
        label='证件号码'
        required
        type={values.idType === 'id_card' ? 'idcard' : 'text'}
        value={values.idNumber}
        error={errors.idNumber}
        maxLength={30}
        hint={values.idType === 'id_card' ? '18 位，最后一位可能是 X' : undefined}
        onChange={(v) => onChange('idNumber', v)}
      />
      {organisation && (
        <>
          <TextField label='法定代表人' required value={values.legalRepresentative} error={errors.legalRepresentative} maxLength={50} onChange={(v) => onChange('legalRepresentative', v)} />
          <TextField label='联系人' required value={values.contactPerson} error={errors.contactPerson} maxLength={50} onChange={(v) => onChange('contactPerson', v)} />
        </>
      )}
      <TextField label='手机号码' required type='number' value={values.phone} error={errors.phone} maxLength={11} onChange={(v) => onChange('phone', v)} />
      <TextField label='通信地址' value={values.address} error={errors.address} maxLength={200} hint='选择邮寄时必填' onChange={(v) => onChange('address', v)} />
      <TextField label='电子邮箱' value={values.email} error={errors.email} maxLength={100} hint='选择发到电子邮箱时必填' onChange={(v) => onChange('email', v)} />
    </View>
  )
}

/** The fields of one kind of case, every message from the schema shown under its field. */
export function CaseForm({ kind, values, errors, onChange, withAttachments = true }: CaseFormProps) {
  const info = kind === 'info_request'
  return (
    <View className='case-form'>
      {!info && <TextField label='标题' required value={values.title} error={errors.title} maxLength={TITLE_MAX} placeholder='一句话说明是什么事' onChange={(v) => onChange('title', v)} />}
      <TextField
        label={info ? '需要公开的信息' : '具体内容'}
        required
        multiline
        value={values.content}
        error={errors.content}
        maxLength={CONTENT_MAX}
        placeholder={info ? '写明文件名称、文号或大致时间，例如：2025年本街道老旧小区改造计划' : '什么时间、什么地点、发生了什么事'}
        onChange={(v) => onChange('content', v)}
      />
      {info && (
        <>
          <ApplicantFields values={values} errors={errors} onChange={onChange} />
          <ChoiceField label='提供形式' required choices={FORMATS} value={values.format as never} error={errors.format} onChange={(v) => onChange('format', v)} />
          <ChoiceField label='获取方式' required choices={DELIVERIES} value={values.delivery as never} error={errors.delivery} onChange={(v) => onChange('delivery', v)} />
        </>
      )}
      <TextField label='涉及的部门或事项' value={values.department} error={errors.department} maxLength={50} placeholder='不清楚可以不填' onChange={(v) => onChange('department', v)} />
      {canChooseLocation() && <LocationField values={values} onChange={onChange} error={errors.location} />}
      {withAttachments && <AttachmentPicker attachments={values.attachments} error={errors.attachments} onChange={(a) => onChange('attachments', a)} />}
      {!info && (
        <TextField label='联系电话' type='number' value={values.contactPhone} error={errors.contactPhone} maxLength={11} hint='工作人员需要时会打这个电话' onChange={(v) => onChange('contactPhone', v)} />
      )}
      <ChoiceField
        label='答复能否公开'
        required
        choices={[
          { value: 'yes', label: '可以公开', note: '隐去姓名和电话' },
          { value: 'no', label: '不公开' }
        ]}
        value={values.publishReply ? 'yes' : 'no'}
        onChange={(v) => onChange('publishReply', v === 'yes')}
      />
    </View>
  )
}
