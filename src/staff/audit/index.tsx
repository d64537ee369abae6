import Taro, { useRouter } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchStaffAccounts, fetchStaffAudit, type AuditQuery } from '@/api/staff'
import { ActionButton } from '@/components/ActionButton'
import { TextField } from '@/components/cases/Field'
import { Pager } from '@/components/staff/Pager'
import { StaffShell } from '@/components/staff/StaffShell'
import { useDepartmentNames } from '@/components/staff/use-department-names'
import type { StaffAuditEntry, StaffMember } from '@/core/schemas/staff'
import { canStaff } from '@/core/staff'
import { useStaffSession } from '@/stores/staff-session'
import {
  auditActionLabel,
  auditDetailLines,
  auditQueryOf,
  auditQuerySummary,
  AUDIT_ACTION_GROUPS,
  EMPTY_AUDIT_FILTER,
  formatChinaTime,
  matchingStaff,
  type AuditFilterErrors,
  type AuditFilterValues,
  type AuditNames
} from '../audit-model'
import { staffCaseUrl } from '../routes'
import { actorLabel } from '../timeline-words'
import { useStaffLoad } from '../use-staff-load'
import './index.scss'

const PAGE_SIZE = 20

function Chip({ on, label, onClick }: { on: boolean; label: string; onClick(): void }) {
  return (
    <View className={`staff-chip ${on ? 'staff-chip--on' : ''}`} role='radio' aria-checked={on} hoverClass='jf-pressed' onClick={onClick}>
      <Text>
        {on ? '✓ ' : ''}
        {label}
      </Text>
    </View>
  )
}

const SYSTEM = 'system'

function ActorPicker({ accounts, value, onChange }: { accounts: StaffMember[]; value: string; onChange(actor: string): void }) {
  const [typed, setTyped] = useState('')
  const chosen = accounts.find((a) => `staff:${a.id}` === value)
  return (
    <View className='staff-audit__field'>
      <Text className='staff-panel__title'>操作人</Text>
      <Input
        className='case-field__input'
        value={typed}
        placeholder='输入姓名或手机号查找'
        placeholderClass='case-field__placeholder'
        aria-label='查找操作人'
        onInput={(e) => setTyped(e.detail.value)}
      />
      <View className='staff-row staff-audit__chips' role='radiogroup' aria-label='操作人'>
        <Chip on={value === ''} label='不限' onClick={() => onChange('')} />
        {chosen && !matchingStaff(accounts, typed).includes(chosen) && <Chip on label={chosen.name} onClick={() => onChange('')} />}
        {matchingStaff(accounts, typed).map((a) => (
          <Chip key={a.id} on={value === `staff:${a.id}`} label={`${a.name}${a.disabled ? '（已停用）' : ''}`} onClick={() => onChange(`staff:${a.id}`)} />
        ))}
        <Chip on={value === SYSTEM} label='系统（自动操作）' onClick={() => onChange(SYSTEM)} />
      </View>
    </View>
  )
}

function ActionPicker({ value, onChange }: { value: string; onChange(action: string): void }) {
  const [group, setGroup] = useState(() => AUDIT_ACTION_GROUPS.findIndex((g) => g.actions.includes(value)))
  return (
    <View className='staff-audit__field'>
      <Text className='staff-panel__title'>操作类型{value ? `（已选：${auditActionLabel(value)}）` : ''}</Text>
      <View className='staff-row staff-audit__chips' role='radiogroup' aria-label='操作类别'>
        <Chip
          on={value === '' && group < 0}
          label='不限'
          onClick={() => {
            setGroup(-1)
            onChange('')
          }}
        />
        {AUDIT_ACTION_GROUPS.map((g, i) => (
          <Chip key={g.label} on={group === i} label={g.label} onClick={() => setGroup(i)} />
        ))}
      </View>
      {group >= 0 && (
        <View className='staff-row staff-audit__chips staff-audit__actions' role='radiogroup' aria-label='操作类型'>
          {AUDIT_ACTION_GROUPS[group].actions.map((a) => (
            <Chip key={a} on={value === a} label={auditActionLabel(a)} onClick={() => onChange(a)} />
          ))}
        </View>
      )}
    </View>
  )
}

/** One record; `showCase` is false when the page lists one case's records, which need not repeat its number. */
function Entry({ entry, names, showCase, canOpenCases, onOnlyCase }: { entry: StaffAuditEntry; names: AuditNames; showCase: boolean; canOpenCases: boolean; onOnlyCase?: (no: string) => void }) {
  const lines = auditDetailLines(entry, names)
  return (
    <View className='staff-audit__entry'>
      <View className='staff-audit__head'>
        <Text className='staff-audit__what'>{auditActionLabel(entry.action)}</Text>
        <Text className='staff-audit__when'>{formatChinaTime(entry.at)}</Text>
      </View>
      <Text className='staff-audit__who'>操作人：{entry.actorName ?? actorLabel(entry.actor)}</Text>
      {showCase && entry.trackingNo && (
        <View className='staff-row staff-audit__case'>
          <Text className='staff-muted'>事项 {entry.trackingNo}</Text>
          {canOpenCases && (
            <View className='staff-audit__link' role='link' hoverClass='jf-pressed' onClick={() => void Taro.navigateTo({ url: staffCaseUrl(entry.trackingNo as string) })}>
              <Text>打开事项 ›</Text>
            </View>
          )}
          {onOnlyCase && (
            <View className='staff-audit__link' role='button' hoverClass='jf-pressed' onClick={() => onOnlyCase(entry.trackingNo as string)}>
              <Text>只看这件事项</Text>
            </View>
          )}
        </View>
      )}
      {lines.map((l, i) => (
        <View key={`${l.label}-${i}`} className='staff-audit__line'>
          <Text className='staff-audit__label'>{l.label}</Text>
          <Text className='staff-audit__text'>{l.text}</Text>
        </View>
      ))}
    </View>
  )
}

/**
 * 操作记录: the append-only audit log. From a case (`?no=`) it shows that case's log to whoever may
 * see the case; an administrator searches the whole log by case, official, action and days.
 */
export default function StaffAuditPage() {
  const { params } = useRouter()
  const caseNo = params.no ? decodeURIComponent(params.no) : ''
  const staff = useStaffSession((s) => s.staff)
  const searchAll = staff ? canStaff(staff, 'view_audit_all') : false
  const canOpenCases = staff ? canStaff(staff, 'view_case') : false
  const { nameOf } = useDepartmentNames()

  const [values, setValues] = useState<AuditFilterValues>({ ...EMPTY_AUDIT_FILTER, trackingNo: caseNo })
  const [errors, setErrors] = useState<AuditFilterErrors>({})
  const [query, setQuery] = useState<AuditQuery>(caseNo ? { trackingNo: caseNo } : {})
  const [page, setPage] = useState(1)
  // On a phone the search folds away so that the records come first; on a desktop it stays open (index.scss).
  const [open, setOpen] = useState(false)
  const mayLoad = searchAll || Boolean(query.trackingNo)
  const log = useStaffLoad(() => (mayLoad ? fetchStaffAudit({ ...query, page, pageSize: PAGE_SIZE }) : Promise.resolve(null)), [JSON.stringify(query), page, mayLoad])
  const accounts = useStaffLoad(() => (searchAll ? fetchStaffAccounts() : Promise.resolve([])), [searchAll])

  const known = new Map<number, string>((accounts.data ?? []).map((a) => [a.id, a.name]))
  for (const e of log.data?.items ?? []) {
    const id = /^staff:(\d+)$/.exec(e.actor)?.[1]
    if (id && e.actorName) known.set(Number(id), e.actorName)
  }
  const names: AuditNames = { departmentName: nameOf, staffName: (id) => known.get(id) }

  const search = (next: AuditFilterValues) => {
    const checked = auditQueryOf(next)
    setErrors(checked.ok ? {} : checked.errors)
    if (!checked.ok) return
    setPage(1)
    setQuery(checked.query)
    setOpen(false)
  }
  const set = (field: keyof AuditFilterValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }))
  const pages = Math.max(1, Math.ceil((log.data?.total ?? 0) / PAGE_SIZE))
  const summary = auditQuerySummary(query, (actor) => (actor === SYSTEM ? '系统' : (known.get(Number(actor.slice('staff:'.length))) ?? actor)))
  const onlyCase = searchAll
    ? (no: string) => {
        const next = { ...values, trackingNo: no }
        setValues(next)
        search(next)
      }
    : undefined

  return (
    <StaffShell section={searchAll ? 'audit' : 'queue'} title={!searchAll && caseNo ? `操作记录：${caseNo}` : '操作记录'}>
      <View className={searchAll ? 'staff-columns staff-audit' : 'staff-audit'}>
        {searchAll && (
          <View className='staff-panel staff-audit__filters'>
            <View className='staff-audit__toggle' role='button' aria-expanded={open} hoverClass='jf-pressed' onClick={() => setOpen(!open)}>
              <Text>{open ? '收起查找条件 ▲' : `查找条件 ▼${summary ? `（${summary}）` : ''}`}</Text>
            </View>
            <Text className='staff-panel__title staff-audit__filters-title'>查找记录</Text>
            <View className={`staff-audit__filter-body ${open ? '' : 'staff-audit__filter-body--closed'}`}>
              <TextField label='事项编号' value={values.trackingNo} placeholder='例如 QS-2026-000123；空着查全部' error={errors.trackingNo} onChange={set('trackingNo')} />
              <ActorPicker accounts={accounts.data ?? []} value={values.actor} onChange={set('actor')} />
              <ActionPicker value={values.action} onChange={set('action')} />
              <View className='staff-audit__dates'>
                <TextField label='从' value={values.from} placeholder='2026-11-01' error={errors.from} hint='年-月-日，按北京时间' onChange={set('from')} />
                <TextField label='到' value={values.to} placeholder='2026-11-30' error={errors.to} onChange={set('to')} />
              </View>
              {(errors.actor || errors.action) && <Text className='staff-error'>⚠ {errors.actor ?? errors.action}</Text>}
              <View className='staff-row'>
                <View className='staff-button staff-button--primary' role='button' hoverClass='jf-pressed' onClick={() => search(values)}>
                  <Text>查询</Text>
                </View>
                <View
                  className='staff-button'
                  role='button'
                  hoverClass='jf-pressed'
                  onClick={() => {
                    setValues(EMPTY_AUDIT_FILTER)
                    search(EMPTY_AUDIT_FILTER)
                  }}
                >
                  <Text>清空条件</Text>
                </View>
              </View>
            </View>
          </View>
        )}
        <View className='staff-audit__list'>
          {!searchAll && caseNo && canOpenCases && (
            <View className='staff-audit__back' role='link' hoverClass='jf-pressed' onClick={() => void Taro.redirectTo({ url: staffCaseUrl(caseNo) })}>
              <Text>‹ 返回事项</Text>
            </View>
          )}
          {!mayLoad ? (
            <View className='staff-panel'>
              <Text>请在事项页面点“查看操作记录”，查看这件事项的记录。</Text>
              <Text className='staff-muted'>查找全部记录只限系统管理员。</Text>
            </View>
          ) : log.error ? (
            <View role='alert' className='staff-panel'>
              <Text className='staff-error'>⚠ {log.error}</Text>
              <ActionButton text='重试' onClick={() => void log.reload()} />
            </View>
          ) : !log.data ? (
            <Text className='staff-muted'>正在加载…</Text>
          ) : (
            <View>
              <Text className='staff-muted'>
                共 {log.data.total} 条，最新的在前{log.loading ? '（正在刷新…）' : ''}
              </Text>
              {log.data.items.length === 0 && <Text className='staff-audit__empty'>没有符合条件的记录。</Text>}
              {log.data.items.map((e) => (
                <Entry key={e.id} entry={e} names={names} showCase={!query.trackingNo} canOpenCases={canOpenCases} onOnlyCase={onlyCase} />
              ))}
              <Pager page={page} pages={pages} onPage={setPage} />
              <Text className='staff-muted staff-audit__note'>操作记录只能查看，任何人都不能修改或删除。</Text>
            </View>
          )}
        </View>
      </View>
    </StaffShell>
  )
}
