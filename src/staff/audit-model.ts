import type { AuditQuery } from '@/api/staff'
import { formatChineseDay } from '@/core/calendar'
import { REVIEW_ACTION_LABELS, REVIEW_STATE_LABELS, type ReviewAction, type ReviewState } from '@/core/notices/review'
import { TIMELINESS_LABELS, type Timeliness } from '@/core/notices/timeliness'
import { REPLY_OUTCOME_LABELS, type ReplyOutcome } from '@/core/schemas/cases'
import { CASE_KIND_LABELS, type CaseKind } from '@/core/schemas/clock'
import { StaffAuditQuerySchema, STAFF_ROLE_LABELS, type StaffMember, type StaffRole } from '@/core/schemas/staff'
import { ACTION_LABELS } from './case-actions'
import { CHANNEL_LABELS } from './timeline-words'

/**
 * The audit log in words an official reads: what each logged action means, its particulars, and
 * before → after of what it changed. The server logs codes and raw values (server/routes/staff-*.ts
 * call recordStaffAudit); this module is the only place that turns them into Chinese.
 */

// The case actions read as the case page's buttons; registering and uploading are logged beside them.
const CASE_ACTION_WORDS: Record<string, string> = { register_case: '登记来件', ...ACTION_LABELS, upload: '上传答复文件' }

const OTHER_ACTION_WORDS: Record<string, string> = {
  view_case: '查看事项',
  view_case_with_id_number: '查看事项（含完整证件号码）',
  view_report: '查看或导出报表',
  view_follow_ups: '查看回访任务',
  notice_create: '新建公告草稿',
  notice_edit: '修改公告草稿',
  notice_attach: '公告添加附件',
  notice_detach: '公告删除附件',
  guide_create: '新建办事指南草稿',
  guide_edit: '修改办事指南草稿',
  department_edit: '修改部门信息',
  leader_edit: '修改领导信息',
  hotline_edit: '修改值班电话或监督热线',
  reception_create: '新增领导接待日',
  reception_edit: '修改领导接待日',
  reception_delete: '删除领导接待日',
  calendar_import: '导入节假日安排',
  add_staff: '新建工作人员账号',
  disable_staff: '停用工作人员账号',
  reset_staff_password: '重设工作人员密码',
  edit_reply_template: '修改答复模板',
  send_reminders: '发送到期提醒',
  update_settings: '修改办理设置',
  sign_in_delayed: '登录尝试过多，须等待后再试'
}

const reviewWord = (subject: string, action: string): string | undefined =>
  action in REVIEW_ACTION_LABELS ? `${subject}：${REVIEW_ACTION_LABELS[action as ReviewAction]}` : undefined

/**
 * What a logged action was, in words; an action this build does not know keeps its code.
 * @example auditActionLabel('reply') // '答复'
 * @example auditActionLabel('notice_publish') // '公告：发布'
 * @example auditActionLabel('something_new') // 'something_new'
 */
export function auditActionLabel(action: string): string {
  const known = CASE_ACTION_WORDS[action] ?? OTHER_ACTION_WORDS[action]
  if (known) return known
  if (action.startsWith('notice_')) return reviewWord('公告', action.slice('notice_'.length)) ?? action
  if (action.startsWith('guide_')) return reviewWord('办事指南', action.slice('guide_'.length)) ?? action
  return action
}

const review = (prefix: string) => REVIEW_ACTIONS_LOGGED.map((a) => `${prefix}_${a}`)
const REVIEW_ACTIONS_LOGGED: ReviewAction[] = ['submit', 'collate', 'approve', 'publish', 'send_back', 'unpublish', 'revise']

/** The actions an administrator can search for, in groups so that a phone shows a few at a time. */
export const AUDIT_ACTION_GROUPS: readonly { label: string; actions: readonly string[] }[] = [
  { label: '办理事项', actions: Object.keys(CASE_ACTION_WORDS) },
  { label: '查看', actions: ['view_case', 'view_case_with_id_number', 'view_report', 'view_follow_ups'] },
  { label: '公告', actions: ['notice_create', 'notice_edit', 'notice_attach', 'notice_detach', ...review('notice')] },
  { label: '办事指南', actions: ['guide_create', 'guide_edit', ...review('guide')] },
  { label: '联系方式与日历', actions: ['department_edit', 'leader_edit', 'hotline_edit', 'reception_create', 'reception_edit', 'reception_delete', 'calendar_import'] },
  { label: '账号、模板与设置', actions: ['add_staff', 'disable_staff', 'reset_staff_password', 'edit_reply_template', 'update_settings', 'send_reminders'] }
]

const CHINA_OFFSET_MS = 8 * 3600 * 1000

/**
 * An instant as a time in China, whatever the device's zone.
 * @example formatChinaTime('2026-11-25T06:05:00.000Z') // '2026年11月25日 14:05'
 */
export function formatChinaTime(iso: string): string {
  const china = new Date(Date.parse(iso) + CHINA_OFFSET_MS).toISOString()
  return `${formatChineseDay(china.slice(0, 10))} ${china.slice(11, 16)}`
}

/** What the audit page knows besides the entry: names of departments and of staff. */
export interface AuditNames {
  departmentName(key: string): string
  /** The staff member's name, when the page knows it (administrators load the accounts). */
  staffName(id: number): string | undefined
}

/** One readable line of an entry: `label：text`. */
export interface AuditLine {
  label: string
  text: string
}

const LONG = 80
const clip = (s: string) => (s.length > LONG ? `${s.slice(0, LONG)}…（共 ${s.length} 字）` : s)
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
const isInstant = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && !Number.isNaN(Date.parse(v))

/** A value of no particular kind, written plainly; lists and objects by their size when long. */
function plain(v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）'
  if (typeof v === 'boolean') return v ? '是' : '否'
  if (isDate(v)) return formatChineseDay(v)
  if (isInstant(v)) return formatChinaTime(v)
  if (typeof v === 'string') return clip(v)
  if (typeof v === 'number') return String(v)
  if (Array.isArray(v)) return v.length <= 5 && v.every((x) => typeof x !== 'object') ? v.map(plain).join('、') : `共 ${v.length} 项`
  return `共 ${Object.keys(v as object).length} 项`
}

const staffWord = (names: AuditNames, v: unknown) => (typeof v === 'number' ? (names.staffName(v) ?? `工作人员 ${v} 号`) : plain(v))

const REPORT_WORDS: Record<string, string> = { dashboard: '办件统计', trend: '每月趋势', 'annual-disclosure': '政府信息公开年度报告表' }
const FORMAT_WORDS: Record<string, string> = { csv: '下载 CSV', xlsx: '下载 Excel', json: '在页面查看' }
const SETTING_WORDS: Record<string, string> = { replyApproval: '答复须经负责人批准的事项类型', superiorBodies: '复议与复查机关' }
/** A body named in replies: its name and, when set, how to reach it. */
const bodyWord = (v: unknown): string => {
  if (!v || typeof v !== 'object') return plain(v)
  const b = v as { name?: unknown; contact?: unknown }
  return b.contact ? `${plain(b.name)}（${plain(b.contact)}）` : plain(b.name)
}
const HOTLINE_WORDS: Record<string, string> = { dutyPhone: '值班电话', supervisionHotline: '监督热线' }

/** Each known key of `detail` (and of before/after objects): its label and how its value reads. */
const FIELDS: Record<string, { label: string; value?: (v: unknown, names: AuditNames) => string }> = {
  report: { label: '报表', value: (v) => REPORT_WORDS[v as string] ?? plain(v) },
  name: { label: '名称' },
  roles: { label: '角色', value: (v) => (Array.isArray(v) ? v.map((r) => STAFF_ROLE_LABELS[r as StaffRole] ?? String(r)).join('、') : plain(v)) },
  staffId: { label: '工作人员', value: (v, names) => staffWord(names, v) },
  on: { label: '办理日期' },
  receivedOn: { label: '收到日期' },
  days: { label: '延长', value: (v) => `${plain(v)} 个工作日` },
  periodDays: { label: '补正期限', value: (v) => `${plain(v)} 个工作日` },
  missing: { label: '需补正', value: (v) => (Array.isArray(v) ? v.map(String).join('；') : plain(v)) },
  reason: { label: '理由' },
  party: { label: '征求意见对象' },
  outcome: { label: '答复结果', value: (v) => REPLY_OUTCOME_LABELS[v as ReplyOutcome] ?? plain(v) },
  text: { label: '内容' },
  legalBasis: { label: '法律依据' },
  remedies: { label: '救济途径' },
  attachments: { label: '附件', value: (v) => (Array.isArray(v) ? `${v.length} 件` : plain(v)) },
  department: { label: '科室', value: (v, names) => (typeof v === 'string' && v ? names.departmentName(v) : '（无）') },
  handlerId: { label: '承办人', value: (v, names) => staffWord(names, v) },
  kind: { label: '事项类型', value: (v) => CASE_KIND_LABELS[v as CaseKind] ?? plain(v) },
  channel: { label: '来件方式', value: (v) => CHANNEL_LABELS[v as string] ?? plain(v) },
  year: { label: '年份' },
  from: { label: '起始日期' },
  to: { label: '截止日期' },
  format: { label: '方式', value: (v) => FORMAT_WORDS[v as string] ?? plain(v) },
  noticeId: { label: '公告编号' },
  guideDraftId: { label: '办事指南草稿编号' },
  departmentId: { label: '部门编号' },
  leaderId: { label: '领导编号' },
  receptionId: { label: '接待日编号' },
  attachmentId: { label: '附件编号' },
  id: { label: '文件编号' },
  size: { label: '大小', value: (v) => (typeof v === 'number' ? `${Math.max(1, Math.round(v / 1024))} KB` : plain(v)) },
  title: { label: '标题' },
  comment: { label: '意见' },
  scheduledAt: { label: '定时发布' },
  scheduled: { label: '定时发布', value: (v) => (v ? '是（到点自动发布）' : '否') },
  revises: { label: '修订的办事指南' },
  asOf: { label: '日期' },
  sent: { label: '发出提醒', value: (v) => `${plain(v)} 条` },
  key: { label: '项目', value: (v) => HOTLINE_WORDS[v as string] ?? plain(v) },
  duties: { label: '职责' },
  phone: { label: '电话' },
  address: { label: '地址' },
  hours: { label: '时间' },
  post: { label: '职务' },
  label: { label: '名称' },
  category: { label: '栏目' },
  timeliness: { label: '时效', value: (v) => TIMELINESS_LABELS[v as Timeliness] ?? plain(v) },
  body: { label: '正文' },
  schedule: { label: '接待时间' },
  place: { label: '接待地点' },
  topics: { label: '接待内容' },
  sortOrder: { label: '排序' },
  decisionDate: { label: '决定日期' },
  renewalDate: { label: '更新日期' },
  commentUntil: { label: '征求意见截止' },
  summary: { label: '简介' },
  topic: { label: '主题' },
  procedure: { label: '办理流程' },
  materials: { label: '申请材料' },
  statutoryLimit: { label: '法定时限' },
  promisedLimit: { label: '承诺时限' },
  feeStandard: { label: '收费标准' },
  feeBasis: { label: '收费依据' },
  provisional: { label: '暂定安排' },
  source: { label: '来源' },
  holidays: { label: '节日' },
  daysOff: { label: '放假日', value: (v) => (typeof v === 'number' ? `${v} 天` : plain(v)) },
  makeUpWorkdays: { label: '调休上班日', value: (v) => (typeof v === 'number' ? `${v} 天` : plain(v)) },
  setting: { label: '设置', value: (v) => SETTING_WORDS[v as string] ?? plain(v) },
  reconsiderationBody: { label: '行政复议机关', value: bodyWord },
  reviewBody: { label: '复查机关', value: bodyWord },
  holder: { label: '负责公开的机关', value: bodyWord },
  kinds: { label: '事项类型', value: (v) => (Array.isArray(v) ? (v.length ? v.map((k) => CASE_KIND_LABELS[k as CaseKind] ?? String(k)).join('、') : '（无）') : plain(v)) },
  state: { label: '标签页' },
  page: { label: '页码' },
  trackingNos: { label: '看到的事项', value: (v) => (Array.isArray(v) ? `${v.length} 件` : plain(v)) }
}

/** Keys that say nothing an official needs: the action's own type and how the server stored it. */
const SILENT = new Set(['type', 'recordedAs', 'recordedOn', 'before', 'after'])

const NAME_KEYS = ['name', 'title', 'label']
const FIELD_ORDER = Object.keys(FIELDS)
const rank = (key: string) => (FIELD_ORDER.includes(key) ? FIELD_ORDER.indexOf(key) : FIELD_ORDER.length)
const labelOf = (key: string) => FIELDS[key]?.label ?? key
const valueOf = (key: string, v: unknown, names: AuditNames) => FIELDS[key]?.value?.(v, names) ?? plain(v)
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

function changeLines(before: unknown, after: unknown, names: AuditNames): AuditLine[] {
  if (typeof before === 'string' && typeof after === 'string' && before in REVIEW_STATE_LABELS && after in REVIEW_STATE_LABELS) {
    return [{ label: '状态', text: `${REVIEW_STATE_LABELS[before as ReviewState]} → ${REVIEW_STATE_LABELS[after as ReviewState]}` }]
  }
  if (isRecord(before) && isRecord(after)) {
    // `after` is what was sent, every editable field; `before` may carry more (the row's id).
    const keys = Object.keys(after).filter((k) => !same(before[k], after[k]))
    // What was edited, by its unchanged name, so that the lines below say whose phone changed.
    const subject = NAME_KEYS.filter((k) => typeof after[k] === 'string' && same(before[k], after[k])).map((k) => ({ label: labelOf(k), text: valueOf(k, after[k], names) }))
    if (keys.length === 0) return [...subject, { label: '修改', text: '内容没有变化' }]
    return [...subject, ...keys.map((k) => ({ label: labelOf(k), text: `${valueOf(k, before[k], names)} → ${valueOf(k, after[k], names)}` }))]
  }
  if (before === undefined && isRecord(after)) return Object.entries(after).map(([k, v]) => ({ label: labelOf(k), text: valueOf(k, v, names) }))
  if (isRecord(before) && after === undefined) return Object.entries(before).map(([k, v]) => ({ label: `删除前${labelOf(k)}`, text: valueOf(k, v, names) }))
  if (after === 'draft' && before === undefined) return [{ label: '状态', text: REVIEW_STATE_LABELS.draft }]
  const lines: AuditLine[] = []
  if (before !== undefined) lines.push({ label: '修改前', text: plain(before) })
  if (after !== undefined) lines.push({ label: '修改后', text: plain(after) })
  return lines
}

/**
 * The particulars of one entry as labelled lines: what was done (days, reasons, outcomes, names),
 * then what changed, before → after, one line per changed field. The day something was entered is
 * shown only when it differs from the day it happened.
 * @example auditDetailLines({ action: 'notice_publish', detail: { noticeId: 7, before: 'approved', after: 'published' } }, names)
 * // [{ label: '公告编号', text: '7' }, { label: '状态', text: '领导已审批 → 已发布' }]
 */
export function auditDetailLines(entry: { action: string; detail: Record<string, unknown> }, names: AuditNames): AuditLine[] {
  const d = entry.detail
  const lines: AuditLine[] = []
  if (entry.action === 'edit_reply_template' && typeof d.kind === 'string') {
    lines.push({ label: '模板', text: `${valueOf('kind', d.kind, names)} · ${valueOf('outcome', d.outcome, names)}` })
  } else {
    // A new account's entry carries the name itself; its number would only repeat it.
    const skip = entry.action === 'add_staff' ? new Set(['staffId']) : SILENT
    // The database keeps no order of keys (jsonb): lines follow the order of FIELDS, unknown keys last.
    const keys = Object.keys(d).sort((a, b) => rank(a) - rank(b))
    for (const key of keys) {
      const value = d[key]
      if (SILENT.has(key) || skip.has(key) || value === undefined) continue
      if (entry.action === 'view_report' && key === 'department') lines.push({ label: '范围', text: typeof value === 'string' && value ? names.departmentName(value) : '全街道' })
      else lines.push({ label: entry.action === 'add_staff' && key === 'name' ? '姓名' : labelOf(key), text: valueOf(key, value, names) })
    }
  }
  if (isDate(d.recordedOn) && d.recordedOn !== d.on && d.on !== undefined) lines.push({ label: '录入日期', text: formatChineseDay(d.recordedOn) })
  // A clerk's extension is recorded as a request that waits for a head's approval.
  if (d.recordedAs === 'extension_requested') lines.push({ label: '状态', text: '等待负责人批准' })
  if ('before' in d || 'after' in d) lines.push(...changeLines(d.before, d.after, names))
  return lines
}

/** The search form of the audit page, as typed. */
export interface AuditFilterValues {
  trackingNo: string
  actor: string
  action: string
  from: string
  to: string
}

export const EMPTY_AUDIT_FILTER: AuditFilterValues = { trackingNo: '', actor: '', action: '', from: '', to: '' }

export type AuditFilterErrors = Partial<Record<keyof AuditFilterValues, string>>

/**
 * The query of a search, or the message under each field that is wrong (the server's own schema).
 * @example auditQueryOf({ ...EMPTY_AUDIT_FILTER, from: '2026-11-30', to: '2026-11-01' }) // { ok: false, errors: { to: '开始日期不能晚于结束日期' } }
 */
export function auditQueryOf(values: AuditFilterValues): { ok: true; query: AuditQuery } | { ok: false; errors: AuditFilterErrors } {
  const trimmed = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim() || undefined]))
  const checked = StaffAuditQuerySchema.safeParse({ ...trimmed, trackingNo: (trimmed.trackingNo as string | undefined)?.toUpperCase() })
  if (checked.success) {
    const { page: _page, pageSize: _pageSize, ...query } = checked.data
    return { ok: true, query }
  }
  const errors: AuditFilterErrors = {}
  for (const issue of checked.error.issues) {
    const key = issue.path[0] as keyof AuditFilterValues
    errors[key] ??= issue.message
  }
  return { ok: false, errors }
}

/**
 * The conditions of a search in a few words, for the folded search panel on a phone.
 * @example auditQuerySummary({ actor: 'staff:3', from: '2026-11-01' }, () => '王芳') // '王芳、2026年11月1日起'
 */
export function auditQuerySummary(query: AuditQuery, actorName: (actor: string) => string): string {
  const parts: string[] = []
  if (query.trackingNo) parts.push(query.trackingNo)
  if (query.actor) parts.push(actorName(query.actor))
  if (query.action) parts.push(auditActionLabel(query.action))
  if (query.from && query.to) parts.push(`${formatChineseDay(query.from)}至${formatChineseDay(query.to)}`)
  else if (query.from) parts.push(`${formatChineseDay(query.from)}起`)
  else if (query.to) parts.push(`${formatChineseDay(query.to)}止`)
  return parts.join('、')
}

/**
 * The accounts whose name or phone contains what was typed, at most `limit` of them, enabled first.
 * @example matchingStaff([{ name: '王芳', phone: '13900000001', … }], '王') // [王芳]
 */
export function matchingStaff(accounts: readonly StaffMember[], typed: string, limit = 8): StaffMember[] {
  const t = typed.trim()
  const found = t ? accounts.filter((a) => a.name.includes(t) || a.phone.includes(t)) : [...accounts]
  return found.sort((a, b) => Number(a.disabled) - Number(b.disabled)).slice(0, limit)
}
