import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { downloadReport, fetchAnnualDisclosure, fetchDashboard, fetchMonthlyTrend, reportExportUrl } from '@/api/staff'
import { toApiError } from '@/api/errors'
import { ActionButton } from '@/components/ActionButton'
import { StaffShell } from '@/components/staff/StaffShell'
import { TrendBars } from '@/components/staff/TrendBars'
import { useDepartmentNames } from '@/components/staff/use-department-names'
import { chinaDateOf } from '@/core/residents/china-time'
import { useStaffSession } from '@/stores/staff-session'
import type { AnnualDisclosureTable } from '@/core/schemas/reports'
import { dashboardFigures, onTimeBars, receivedBars } from '../report-model'
import { useStaffLoad } from '../use-staff-load'
import './index.scss'

function Exports({ path, params, name }: { path: string; params: Record<string, string | number | undefined>; name: string }) {
  const [error, setError] = useState<string | null>(null)
  const get = (format: 'csv' | 'xlsx') => {
    setError(null)
    downloadReport(reportExportUrl(path, params, format), `${name}.${format}`).catch((caught: unknown) => setError(toApiError(caught).message))
  }
  return (
    <View className='staff-reports__exports'>
      <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => get('csv')}>
        <Text>下载 CSV</Text>
      </View>
      <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => get('xlsx')}>
        <Text>下载 Excel（XLSX）</Text>
      </View>
      {error && <Text className='staff-error'>⚠ {error}</Text>}
    </View>
  )
}

/** The yearly table as the State Council's template lays it out; it scrolls sideways on a phone. */
export function AnnualTable({ table }: { table: AnnualDisclosureTable }) {
  return (
    <View className='staff-annual' role='table' aria-label={table.title}>
      <View className='staff-annual__row staff-annual__row--head' role='row'>
        <View className='staff-annual__label' role='columnheader'>
          <Text>项目</Text>
        </View>
        {table.columns.map((c) => (
          <View key={c.key} className='staff-annual__cell' role='columnheader'>
            <Text>{c.label}</Text>
          </View>
        ))}
      </View>
      {table.rows.map((row) => (
        <View key={row.key} className={`staff-annual__row staff-annual__row--depth${row.depth}`} role='row'>
          <View className='staff-annual__label' role='rowheader'>
            <Text>{row.label}</Text>
          </View>
          {table.columns.map((c) => (
            <View key={c.key} className='staff-annual__cell' role='cell'>
              <Text>{row.counts ? String(row.counts[c.key]) : ''}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}

/** 统计报表: the dashboard of a period, the monthly trends and the yearly disclosure table, each exportable. */
export default function StaffReportsPage() {
  const today = chinaDateOf(new Date())
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`)
  const [to, setTo] = useState(today)
  const [department, setDepartment] = useState('')
  const year = Number(to.slice(0, 4)) || Number(today.slice(0, 4))
  const params = { from, to, department: department || undefined }
  const dashboard = useStaffLoad(() => fetchDashboard(params), [from, to, department])
  const trend = useStaffLoad(() => fetchMonthlyTrend({ year, department: department || undefined }), [year, department])
  // The yearly table covers the whole office: only the disclosure office, leaders and admins read it.
  // The selector returns a boolean: a selector that builds a new array (`roles ?? []`) on every call
  // makes React re-render without end (error #185) once a refused session clears the staff.
  const officeWide = useStaffSession((st) => (st.staff?.roles ?? []).some((r) => r === 'disclosure' || r === 'leader' || r === 'admin'))
  const annual = useStaffLoad(() => (officeWide ? fetchAnnualDisclosure(year) : Promise.resolve(null)), [year, officeWide])
  const ownDepartment = useStaffSession((st) => st.staff?.department ?? null)
  const { departments, nameOf } = useDepartmentNames()
  const [choosingDepartment, setChoosingDepartment] = useState(false)

  return (
    <StaffShell section='reports' title='统计报表'>
      <View className='staff-panel staff-reports__period'>
        <Text className='staff-panel__title'>统计期间（按收件日期）</Text>
        <View className='staff-row'>
          <Input className='case-field__input staff-reports__date' value={from} aria-label='开始日期' onBlur={(e) => setFrom(e.detail.value.trim())} onConfirm={(e) => setFrom(e.detail.value.trim())} />
          <Text className='staff-reports__to'>至</Text>
          <Input className='case-field__input staff-reports__date' value={to} aria-label='结束日期' onBlur={(e) => setTo(e.detail.value.trim())} onConfirm={(e) => setTo(e.detail.value.trim())} />
        </View>
        {officeWide ? (
          <View className='staff-reports__department-toggle' role='button' aria-expanded={choosingDepartment} hoverClass='jf-pressed' onClick={() => setChoosingDepartment(!choosingDepartment)}>
            <Text>
              范围：{department ? nameOf(department) : '全街道'} {choosingDepartment ? '▲' : '▼ 按科室查看'}
            </Text>
          </View>
        ) : (
          ownDepartment && <Text className='staff-muted staff-reports__own'>本科室：{nameOf(ownDepartment)}</Text>
        )}
        {officeWide && choosingDepartment && (
          <View className='staff-row staff-reports__departments' role='radiogroup' aria-label='科室'>
            {[{ key: '', name: '全街道' }, ...departments].map((d) => (
              <View
                key={d.key || 'all'}
                className={`staff-chip ${department === d.key ? 'staff-chip--on' : ''}`}
                role='radio'
                aria-checked={department === d.key}
                hoverClass='jf-pressed'
                onClick={() => {
                  setDepartment(d.key)
                  setChoosingDepartment(false)
                }}
              >
                <Text>
                  {department === d.key ? '✓ ' : ''}
                  {d.name}
                </Text>
              </View>
            ))}
          </View>
        )}
      </View>

      <View className='staff-panel'>
        <Text className='staff-panel__title'>办件情况</Text>
        {dashboard.error ? (
          <View role='alert'>
            <Text className='staff-error'>⚠ {dashboard.error}</Text>
            <ActionButton text='重试' onClick={() => void dashboard.reload()} />
          </View>
        ) : !dashboard.data ? (
          <Text className='staff-muted'>正在计算…</Text>
        ) : (
          <View>
            <View className='staff-reports__figures'>
              {dashboardFigures(dashboard.data).map((f) => (
                <View key={f.label} className={`staff-reports__figure ${f.alert ? 'staff-reports__figure--alert' : ''}`}>
                  <Text className='staff-reports__figure-label'>
                    {f.alert ? '！ ' : ''}
                    {f.label}
                  </Text>
                  <Text className='staff-reports__figure-value'>{f.value}</Text>
                  {f.note && <Text className='staff-muted'>{f.note}</Text>}
                </View>
              ))}
            </View>
            <Exports path='/staff/reports/dashboard' params={params} name={`办件统计-${from}-${to}`} />
          </View>
        )}
      </View>

      <View className='staff-columns staff-reports__trends'>
        <View className='staff-panel'>
          {trend.data ? <TrendBars title={`${year}年每月收件数`} bars={receivedBars(trend.data)} /> : <Text className='staff-muted'>{trend.error ? `⚠ ${trend.error}` : '正在计算…'}</Text>}
        </View>
        <View className='staff-panel'>
          {trend.data ? <TrendBars title={`${year}年每月按期答复率`} bars={onTimeBars(trend.data)} /> : <Text className='staff-muted'>{trend.error ? `⚠ ${trend.error}` : '正在计算…'}</Text>}
        </View>
      </View>

      {officeWide && (
        <View className='staff-panel'>
          <Text className='staff-panel__title'>{annual.data?.title ?? `${year}年政府信息公开工作年度报告（依申请公开部分）`}</Text>
          {annual.error ? (
            <Text className='staff-error'>⚠ {annual.error}</Text>
          ) : !annual.data ? (
            <Text className='staff-muted'>正在计算…</Text>
          ) : (
            <View>
              <Text className='staff-muted staff-reports__swipe'>表格较宽：左右滑动查看各类申请人的列。</Text>
              {/* Scrolls sideways within its frame on a phone; the keyboard can scroll it too (h5-chrome.ts). */}
              <View className='staff-reports__scroll' role='region' aria-label={`${annual.data.title}（可左右滚动）`} data-keyboard-scroll>
                <AnnualTable table={annual.data} />
              </View>
              <Exports path='/staff/reports/annual-disclosure' params={{ year }} name={`政府信息公开年度报告-${year}`} />
            </View>
          )}
        </View>
      )}
    </StaffShell>
  )
}
