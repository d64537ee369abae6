import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect, type ReactNode } from 'react'
import { endStaffSession } from '@/api/staff'
import { PageShell } from '@/components/PageShell'
import { workbenchSectionsFor, type WorkbenchSection } from '@/core/staff/workbench'
import { isStaffSessionValid, useStaffSession } from '@/stores/staff-session'
import { useDepartmentNames } from '../use-department-names'
import './index.scss'

export type StaffSection = WorkbenchSection

const SECTIONS: Record<StaffSection, { label: string; url: string }> = {
  queue: { label: '待办事项', url: '/staff/queue/index' },
  register: { label: '登记来件', url: '/staff/register/index' },
  publishing: { label: '信息发布', url: '/staff/publishing/index' },
  reports: { label: '统计报表', url: '/staff/reports/index' },
  audit: { label: '操作记录', url: '/staff/audit/index' },
  admin: { label: '管理', url: '/staff/admin/index' }
}

/** Without the person's roles (GET /staff/me failed at sign-in) the case sections stay offered; the server still checks each request. */
const WITHOUT_ROLES: StaffSection[] = ['queue', 'register', 'publishing', 'reports']

export interface StaffShellProps {
  section: StaffSection
  title: string
  children: ReactNode
}

/**
 * Root of every workbench page after sign-in: who is signed in (with the department's name), the
 * sections the permission matrix lets this person use, and 退出. Sends a visitor without a valid
 * staff session to the sign-in page. Wider than the resident pages on a desktop browser (see index.scss).
 */
export function StaffShell({ section, title, children }: StaffShellProps) {
  const { token, expiresAt, staff, signOut } = useStaffSession()
  const { nameOf } = useDepartmentNames()
  const signedIn = isStaffSessionValid({ token, expiresAt }, new Date())
  useEffect(() => {
    if (!signedIn) void Taro.redirectTo({ url: '/staff/login/index' })
  }, [signedIn])
  if (!signedIn) return <PageShell className='staff'>{null}</PageShell>
  const sections = staff ? workbenchSectionsFor(staff) : WITHOUT_ROLES
  return (
    <PageShell className='staff'>
      <View className='staff-bar'>
        <View className='staff-bar__who'>
          <Text className='staff-bar__name'>{staff?.name ?? '工作人员'}</Text>
          {staff?.department && <Text className='staff-bar__dept'>{nameOf(staff.department)}</Text>}
        </View>
        <View
          className='staff-bar__out'
          role='button'
          hoverClass='jf-pressed'
          onClick={() => {
            const leaving = token
            signOut()
            // The server ends the session too; offline, it lapses after its 12 hours.
            if (leaving) void endStaffSession(leaving).catch(() => undefined)
            void Taro.redirectTo({ url: '/staff/login/index' })
          }}
        >
          <Text>退出</Text>
        </View>
      </View>
      <View className={`staff-nav staff-nav--${sections.length}`} role='navigation'>
        {sections.map((id) => (
          <View
            key={id}
            className={`staff-nav__item ${id === section ? 'staff-nav__item--current' : ''}`}
            role='link'
            aria-current={id === section ? 'page' : undefined}
            hoverClass='jf-pressed'
            onClick={() => {
              if (id !== section) void Taro.redirectTo({ url: SECTIONS[id].url })
            }}
          >
            <Text>{SECTIONS[id].label}</Text>
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
