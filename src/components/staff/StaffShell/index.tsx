import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect, type ReactNode } from 'react'
import { PageShell } from '@/components/PageShell'
import { isStaffSessionValid, useStaffSession } from '@/stores/staff-session'
import './index.scss'

export type StaffSection = 'queue' | 'register' | 'publishing' | 'reports'

const SECTIONS: { id: StaffSection; label: string; url: string }[] = [
  { id: 'queue', label: '待办事项', url: '/staff/queue/index' },
  { id: 'register', label: '登记来件', url: '/staff/register/index' },
  { id: 'publishing', label: '信息发布', url: '/staff/publishing/index' },
  { id: 'reports', label: '统计报表', url: '/staff/reports/index' }
]

export interface StaffShellProps {
  section: StaffSection
  title: string
  children: ReactNode
}

/**
 * Root of every workbench page after sign-in: who is signed in, the four sections and 退出. Sends a
 * visitor without a valid staff session to the sign-in page. Wider than the resident pages on a
 * desktop browser (see index.scss).
 */
export function StaffShell({ section, title, children }: StaffShellProps) {
  const { token, expiresAt, staff, signOut } = useStaffSession()
  const signedIn = isStaffSessionValid({ token, expiresAt }, new Date())
  useEffect(() => {
    if (!signedIn) void Taro.redirectTo({ url: '/staff/login/index' })
  }, [signedIn])
  if (!signedIn) return <PageShell className='staff'>{null}</PageShell>
  return (
    <PageShell className='staff'>
      <View className='staff-bar'>
        <View className='staff-bar__who'>
          <Text className='staff-bar__name'>{staff?.name ?? '工作人员'}</Text>
          {staff?.department && <Text className='staff-bar__dept'>{staff.department}</Text>}
        </View>
        <View
          className='staff-bar__out'
          role='button'
          hoverClass='jf-pressed'
          onClick={() => {
            signOut()
            void Taro.redirectTo({ url: '/staff/login/index' })
          }}
        >
          <Text>退出</Text>
        </View>
      </View>
      <View className='staff-nav' role='navigation'>
        {SECTIONS.map((s) => (
          <View
            key={s.id}
            className={`staff-nav__item ${s.id === section ? 'staff-nav__item--current' : ''}`}
            role='link'
            aria-current={s.id === section ? 'page' : undefined}
            hoverClass='jf-pressed'
            onClick={() => {
              if (s.id !== section) void Taro.redirectTo({ url: s.url })
            }}
          >
            <Text>{s.label}</Text>
          </View>
        ))}
      </View>
      <View className='staff-main'>
        <Text className='staff-main__title'>{title}</Text>
        {children}
      </View>
    </PageShell>
  )
}
