import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { fetchContacts } from '@/api/content'
import { fetchCalendarYear, fetchReceptions, fetchStaffDepartments } from '@/api/staff'
import { StaffShell } from '@/components/staff/StaffShell'
import { chinaDateOf } from '@/core/residents/china-time'
import { canEditOfficeContent } from '@/core/staff/workbench'
import { useStaffSession } from '@/stores/staff-session'
import { STAFF_ADMIN_URL } from '../routes'
import { useStaffLoad, type StaffLoad } from '../use-staff-load'
import { CalendarSection } from './calendar-section'
import { DepartmentsSection, HotlinesSection, LeadersSection } from './contacts-sections'
import { calendarYearsToShow, canImportCalendar } from './office-model'
import { ReceptionsSection } from './receptions-section'
import './index.scss'

type Tab = 'departments' | 'leaders' | 'hotlines' | 'receptions' | 'calendar'
const TABS: { id: Tab; label: string }[] = [
  { id: 'departments', label: '部门' },
  { id: 'leaders', label: '领导' },
  { id: 'hotlines', label: '值班电话' },
  { id: 'receptions', label: '接待日' },
  { id: 'calendar', label: '节假日' }
]

/** The loading and failure states every tab shares; `render` gets the data once it is there. */
function Loaded<T>({ load, render }: { load: StaffLoad<T>; render(data: T): ReactNode }) {
  if (load.error) {
    return (
      <View>
        <Text className='staff-error'>⚠ {load.error}</Text>
        <View className='staff-row'>
          <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => void load.reload()}>
            <Text>重试</Text>
          </View>
        </View>
      </View>
    )
  }
  if (!load.data) return <Text className='staff-muted'>正在加载…</Text>
  return <>{render(load.data)}</>
}

function DepartmentsTab({ editable }: { editable: boolean }) {
  const load = useStaffLoad(fetchStaffDepartments, [])
  return <Loaded load={load} render={(departments) => <DepartmentsSection departments={departments} editable={editable} onChanged={() => void load.reload()} />} />
}

function ContactsTab({ tab, editable }: { tab: 'leaders' | 'hotlines'; editable: boolean }) {
  const load = useStaffLoad(fetchContacts, [])
  return (
    <Loaded
      load={load}
      render={(contacts) =>
        tab === 'leaders' ? (
          <LeadersSection leaders={contacts.leaders} editable={editable} onChanged={() => void load.reload()} />
        ) : (
          <HotlinesSection contacts={contacts} editable={editable} onChanged={() => void load.reload()} />
        )
      }
    />
  )
}

function ReceptionsTab({ editable }: { editable: boolean }) {
  const load = useStaffLoad(() => Promise.all([fetchReceptions(), fetchContacts()]), [])
  return (
    <Loaded
      load={load}
      render={([receptions, contacts]) => <ReceptionsSection receptions={receptions} leaders={contacts.leaders} editable={editable} onChanged={() => void load.reload()} />}
    />
  )
}

function CalendarTab({ canImport }: { canImport: boolean }) {
  const load = useStaffLoad(() => Promise.all(calendarYearsToShow(chinaDateOf(new Date())).map(fetchCalendarYear)), [])
  return <Loaded load={load} render={(years) => <CalendarSection years={years} canImport={canImport} onImported={() => void load.reload()} />} />
}

/**
 * 联系方式与节假日 (from 管理): what residents read on 联系 — departments, leaders, the duty phone and
 * supervision hotline, leader reception days — and the holiday calendar the legal clocks count with.
 * Everyone may look; the disclosure office and administrators edit, administrators import a year.
 */
export default function StaffOfficePage() {
  const staff = useStaffSession((s) => s.staff)
  const [tab, setTab] = useState<Tab>('departments')
  const editable = staff ? canEditOfficeContent(staff) : false
  return (
    <StaffShell section='admin' title='联系方式与节假日'>
      <View className='staff-row staff-office__top'>
        <View className='staff-button' role='link' hoverClass='jf-pressed' onClick={() => void Taro.redirectTo({ url: STAFF_ADMIN_URL })}>
          <Text>‹ 返回管理</Text>
        </View>
      </View>
      <Text className='staff-office__intro'>
        {editable ? '这里的修改保存后，居民在“联系”页马上能看到，每次修改都记入操作记录。' : '只有公开办和系统管理员可以修改这些内容，您可以查看。'}
      </Text>
      <View className='staff-row staff-office__tabs' role='tablist'>
        {TABS.map((t) => (
          <View key={t.id} className={`staff-chip ${t.id === tab ? 'staff-chip--on' : ''}`} role='tab' aria-selected={t.id === tab} hoverClass='jf-pressed' onClick={() => setTab(t.id)}>
            <Text>
              {t.id === tab ? '✓ ' : ''}
              {t.label}
            </Text>
          </View>
        ))}
      </View>
      {tab === 'departments' && <DepartmentsTab editable={editable} />}
      {(tab === 'leaders' || tab === 'hotlines') && <ContactsTab key={tab} tab={tab} editable={editable} />}
      {tab === 'receptions' && <ReceptionsTab editable={editable} />}
      {tab === 'calendar' && <CalendarTab canImport={staff ? canImportCalendar(staff.roles) : false} />}
    </StaffShell>
  )
}
