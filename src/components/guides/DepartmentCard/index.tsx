import { Text, View } from '@tarojs/components'
import { AddressLink } from '@/components/AddressLink'
import { PhoneLink } from '@/components/PhoneLink'
import type { GuideDetail } from '@/core/schemas/guides'
import './index.scss'

/** Where to apply: the department, its hours, and a phone and address a resident can tap. */
export function DepartmentCard({ department }: { department: GuideDetail['department'] }) {
  return (
    <View className='department-card'>
      <Text className='department-card__name'>{department.name}</Text>
      <Text className='department-card__hours'>办公时间：{department.hours}</Text>
      <PhoneLink phone={department.phone} label='咨询电话' />
      <AddressLink address={department.address} location={department.location} name={department.name} />
    </View>
  )
}
