import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { resolveApiUrl } from '@/api/base-url'
import { fetchContacts } from '@/api/content'
import { AddressLink } from '@/components/AddressLink'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { PhoneLink } from '@/components/PhoneLink'
import { ResourceState } from '@/components/ResourceState'
import { SectionTitle } from '@/components/SectionTitle'
import type { Contacts, Department, Leader } from '@/core/schemas/contacts'
import { useResource } from '@/hooks/use-resource'
import './index.scss'

function LeaderCard({ leader }: { leader: Leader }) {
  return (
    <Card className='contacts__leader'>
      <View className='contacts__leader-head'>
        {leader.photoUrl ? (
          <Image className='contacts__photo' src={resolveApiUrl(leader.photoUrl)} mode='aspectFill' lazyLoad ariaLabel={`${leader.name}的照片`} nativeProps={{ alt: `${leader.name}的照片` }} />
        ) : (
          <View className='contacts__photo contacts__photo--none'>
            <Text>{leader.name.slice(0, 1)}</Text>
          </View>
        )}
        <View className='contacts__leader-name'>
          <Text className='contacts__name'>{leader.name}</Text>
          <Text className='contacts__post'>{leader.post}</Text>
        </View>
      </View>
      <Text className='contacts__field'>分工：{leader.duties}</Text>
      <PhoneLink phone={leader.phone} label='办公电话' />
    </Card>
  )
}

function DepartmentItem({ department, open, onToggle }: { department: Department; open: boolean; onToggle(): void }) {
  return (
    <Card className='contacts__department'>
      <View className='contacts__department-head' onClick={onToggle} hoverClass='jf-pressed' role='button' aria-expanded={open}>
        <Text className='contacts__name'>{department.name}</Text>
        <Text className='contacts__toggle'>{open ? '收起 ▲' : '展开 ▼'}</Text>
      </View>
      {open && (
        <View className='contacts__department-body'>
          <Text className='contacts__field'>职责：{department.duties}</Text>
          <Text className='contacts__field'>办公时间：{department.hours}</Text>
          <PhoneLink phone={department.phone} label='电话' />
          <AddressLink address={department.address} location={department.location} name={department.name} />
        </View>
      )}
    </Card>
  )
}

function ContactsView({ contacts }: { contacts: Contacts }) {
  const [openDepartments, setOpenDepartments] = useState<number[]>([])
  const toggle = (id: number) => setOpenDepartments((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]))
  const { office, dutyPhone, supervisionHotline } = contacts
  return (
    <View>
      <Card className='contacts__hotlines'>
        <PhoneLink phone={dutyPhone.phone} label={dutyPhone.label} note={dutyPhone.hours} tone='urgent' />
        <PhoneLink phone={supervisionHotline.phone} label={supervisionHotline.label} note={supervisionHotline.hours} tone='urgent' />
      </Card>

      <Card>
        <Text className='contacts__office'>{office.name}</Text>
        <Text className='contacts__field'>办公时间：{office.hours}</Text>
        <AddressLink address={office.address} location={office.location} name={office.name} />
      </Card>

      <SectionTitle text='站所办' note='点名称展开电话、地址和职责' />
      {contacts.departments.length === 0 && <EmptyState text='暂无部门信息' />}
      {contacts.departments.map((department) => (
        <DepartmentItem key={department.id} department={department} open={openDepartments.includes(department.id)} onToggle={() => toggle(department.id)} />
      ))}

      <SectionTitle text='领导接待日' note='领导当面听取居民意见' />
      {contacts.receptions.length === 0 && <EmptyState text='暂无接待安排' />}
      {contacts.receptions.map((reception) => (
        <Card key={reception.id}>
          <Text className='contacts__name'>
            {reception.leaderName} <Text className='contacts__post'>{reception.leaderPost}</Text>
          </Text>
          <Text className='contacts__field'>时间：{reception.when}</Text>
          <Text className='contacts__field'>地点：{reception.place}</Text>
          <Text className='contacts__field'>接待内容：{reception.topics}</Text>
        </Card>
      ))}

      <SectionTitle text='领导班子' />
      {contacts.leaders.length === 0 && <EmptyState text='暂无领导信息' />}
      {contacts.leaders.map((leader) => (
        <LeaderCard key={leader.id} leader={leader} />
      ))}
    </View>
  )
}

export default function ContactsPage() {
  const contacts = useResource('contacts', fetchContacts)

  usePullDownRefresh(async () => {
    await contacts.reload()
    Taro.stopPullDownRefresh()
  })

  return (
    <PageShell className='contacts'>
      <ResourceState {...contacts} onRetry={contacts.reload} hasData={contacts.data !== null}>
        {contacts.data && <ContactsView contacts={contacts.data} />}
      </ResourceState>
    </PageShell>
  )
}
