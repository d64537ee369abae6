import { formatChineseDay } from '@/core/calendar'
import { RATING_LABELS, REPLY_OUTCOME_LABELS, type Rating, type ReplyOutcome } from '@/core/schemas/cases'

export const CHANNEL_LABELS: Record<string, string> = { online: '网上', window: '窗口', post: '信件', phone: '电话', other: '其他' }

const EVENT_WORDS: Record<string, string> = {
  received: '收到',
  accepted: '受理',
  not_accepted: '不予受理',
  assigned: '转办',
  correction_requested: '告知补正',
  correction_received: '已补正',
  consultation_started: '开始征求意见',
  consultation_ended: '结束征求意见',
  extension_requested: '申请延期（待批准）',
  extension_approved: '批准延期',
  extended: '延期',
  replied: '答复',
  reply_drafted: '拟写答复（待负责人审批）',
  reply_returned: '负责人退回答复',
  withdrawn: '申请人撤回',
  rated: '申请人评价',
  reply_delivered: '答复已送达',
  review_requested: '申请人申请复查',
  review_forwarded: '复查请求已转送',
  review_answered: '收到复查意见',
  reopened: '重新办理（本机关）',
  followed_up: '回访',
  note: '内部备注'
}

interface EventLike {
  type: string
  data: Record<string, unknown>
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : null)

/**
 * One line of the staff timeline: what happened and its particulars; a department by its name when
 * `departmentName` knows it.
 * @example eventLine({ type: 'extended', data: { days: 20, reason: '需调取档案', approved: false } }) // '延期 20 个工作日（待批准）：需调取档案'
 */
export function eventLine(e: EventLike, departmentName: (key: string) => string = (key) => key): string {
  const word = EVENT_WORDS[e.type] ?? e.type
  const d = e.data
  switch (e.type) {
    case 'received':
      return str(d.channel) ? `${word}（${CHANNEL_LABELS[d.channel as string] ?? String(d.channel)}）` : word
    case 'not_accepted':
      return str(d.reason) ? `${word}：${String(d.reason)}` : word
    case 'assigned':
      return `${word}到 ${str(d.department) ? departmentName(d.department as string) : '—'}${str(d.reason) ? `：${String(d.reason)}` : ''}`
    case 'correction_requested': {
      const missing = Array.isArray(d.missing) ? (d.missing as unknown[]).map(String) : []
      return `${word}：${missing.join('；')}${str(d.correctionDueOn) ? `（最迟于${formatChineseDay(String(d.correctionDueOn))}补正）` : ''}`
    }
    case 'consultation_started':
      return str(d.party) ? `${word}：${String(d.party)}` : word
    case 'extended':
    case 'extension_requested':
      return `延期 ${String(d.days ?? '')} 个工作日${d.approved === false || e.type === 'extension_requested' ? '（待批准）' : ''}${str(d.reason) ? `：${String(d.reason)}` : ''}`
    case 'replied':
    case 'reply_drafted': {
      const outcome = str(d.outcome) as ReplyOutcome | null
      const approved = str(d.approvedBy) ? `（${String(d.approvedBy)}批准）` : ''
      return outcome ? `${word}：${REPLY_OUTCOME_LABELS[outcome] ?? outcome}${approved}` : word
    }
    case 'reply_returned':
      return str(d.comment) ? `${word}：${String(d.comment)}` : word
    case 'review_requested':
      return str(d.reason) ? `${word}：${String(d.reason)}` : word
    case 'reply_delivered':
      return `${word}（${d.means === 'post' ? '邮寄签收' : '当面交付'}）`
    case 'review_forwarded':
      return `${word}${str(d.to) ? `至${String(d.to)}` : ''}`
    case 'review_answered':
      return `${str(d.by) ? `收到${String(d.by)}的复查意见` : word}${str(d.text) ? `：${String(d.text)}` : ''}`
    case 'rated': {
      const rating = str(d.rating) as Rating | null
      return `${word}：${rating ? (RATING_LABELS[rating] ?? rating) : '—'}${str(d.comment) ? `（“${String(d.comment)}”）` : ''}`
    }
    case 'followed_up': {
      const solved = d.solved === true ? '问题已解决' : d.solved === false ? '问题未解决' : null
      const said = str(d.residentSaid) ?? str(d.text)
      return [`${word}${solved ? `：${solved}` : ''}`, said && `群众说：${said}`, str(d.note) && `备注：${String(d.note)}`].filter(Boolean).join('；')
    }
    default:
      return word
  }
}

/**
 * Who recorded an event, in words: the official's name when the case view names them.
 * @example actorLabel('staff:3', { 'staff:3': '王芳' }) // '王芳'
 * @example actorLabel('staff:3') // '工作人员 3 号'
 * @example actorLabel('resident') // '申请人本人'
 */
export function actorLabel(actor: string, names: Record<string, string> = {}): string {
  if (names[actor]) return names[actor]
  if (actor === 'resident' || actor.startsWith('resident:')) return '申请人本人'
  const staff = /^staff:(\d+)$/.exec(actor)
  if (staff) return `工作人员 ${staff[1]} 号`
  if (actor === 'system') return '系统'
  return actor
}

/**
 * Who is first responsible for a case (首问负责): the official who received it at the window or by
 * phone. A case the resident submitted online was received by nobody in person, so the department
 * it is assigned to answers for it.
 * @example firstReceiverLabel('staff:3', { 'staff:3': '王芳' }) // '王芳'
 * @example firstReceiverLabel('resident') // '网上提交，由承办科室负责'
 */
export function firstReceiverLabel(actor: string, names: Record<string, string> = {}): string {
  if (actor === 'resident' || actor.startsWith('resident:')) return '网上提交，由承办科室负责'
  return actorLabel(actor, names)
}
