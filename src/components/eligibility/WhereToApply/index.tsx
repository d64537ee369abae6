import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AddressLink } from '@/components/AddressLink'
import { PhoneLink } from '@/components/PhoneLink'
import type { Contacts } from '@/core/schemas/contacts'
import type { GuideSummary } from '@/core/schemas/guides'
import { guideUrl } from '@/packages/content/routes'
import { findDepartment, findGuide } from './match'
import './index.scss'

export interface WhereToApplyProps {
  /** The service guide's name as the programme gives it (最低生活保障申请). */
  guideName: string
  /** The published contacts, or null when they were never loaded on this phone. */
  contacts: Contacts | null
  /** The published service guides (possibly from the cache); empty when never loaded. */
  guides: readonly GuideSummary[]
}

/**
 * Where to apply: the department that the programme's service guide names, with a phone to tap and
 * an address for the map, and the guide itself. Without a published department it points to the
 * office's duty phone and address, so the resident always has somewhere to ask.
 */
export function WhereToApply({ guideName, contacts, guides }: WhereToApplyProps) {
  const guide = findGuide(guides, guideName)
  const department = contacts && guide ? findDepartment(contacts.departments, guide.departmentName) : null
  return (
    <View className='where-to-apply'>
      {department ? (
        <View className='where-to-apply__links'>
          <Text className='where-to-apply__name'>{department.name}</Text>
          <Text className='where-to-apply__hours'>办公时间：{department.hours}</Text>
          <PhoneLink phone={department.phone} label='咨询电话' />
          <AddressLink address={department.address} location={department.location} name={department.name} />
        </View>
      ) : contacts ? (
        <View className='where-to-apply__links'>
          <Text className='where-to-apply__name'>{guide ? guide.departmentName : contacts.office.name}</Text>
          <Text className='where-to-apply__hours'>可以先打电话或到街道办事处问询：</Text>
          <PhoneLink phone={contacts.dutyPhone.phone} label={contacts.dutyPhone.label} />
          <AddressLink address={contacts.office.address} location={contacts.office.location} name={contacts.office.name} />
        </View>
      ) : (
        <View className='where-to-apply__links'>
          {guide && <Text className='where-to-apply__name'>{guide.departmentName}</Text>}
          <Text className='where-to-apply__hours'>电话和地址要联网后才能显示，请稍后再看。</Text>
        </View>
      )}
      {guide && (
        <View
          className='where-to-apply__guide'
          hoverClass='jf-pressed'
          role='link'
          onClick={() => void Taro.navigateTo({ url: guideUrl(guide.id) })}
        >
          <Text className='where-to-apply__guide-text'>{`办事指南：${guide.name}`}</Text>
          <Text className='where-to-apply__guide-open'>查看 ›</Text>
        </View>
      )}
    </View>
  )
}
