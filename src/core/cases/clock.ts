import {
  addCalendarDays,
  countWorkingDays,
  LAST_DAY_RULE_CITATION,
  nthWorkingDayAfter,
  workingDaysBetweenDays,
  type WorkingDayCalendar,
  type WorkingDayCount
} from '../calendar/calendar'
import { dateOf, dayNumber, formatChineseDate, formatChineseDateOf, formatChineseDayOf } from '../calendar/dates'
import type { CaseEvent, CaseEventType, Clock, ClockStatus, ClockStep, DeadlineUnit, OfficePromise, PromiseClock } from '../schemas/clock'
import type { DeadlinePolicy } from './policies'
import { FIRST_STEP, nextStep } from './transitions'

/** Due soon: at most this many working days left (issue 3). */
export const DUE_SOON_WORKING_DAYS = 3

// Same-day events are taken in the order they can happen.
const SAME_DAY_ORDER: CaseEventType[] = [
  'received',
  'correction_requested',
  'correction_received',
  'accepted',
  'not_accepted',
  'consultation_started',
  'consultation_ended',
  'extended',
  'replied',
  'withdrawn'
]

const SAME_DAY_RANK = Object.fromEntries(SAME_DAY_ORDER.map((type, i) => [type, i])) as Record<CaseEventType, number>

const byDateHappened = (a: CaseEvent, b: CaseEvent) =>
  a.on < b.on ? -1 : a.on > b.on ? 1 : SAME_DAY_RANK[a.type] - SAME_DAY_RANK[b.type]

/** The article a citation opens with: '《…》第三十三条：…' → '《…》第三十三条'. */
const articleOf = (citation: string) => {
  const colon = citation.indexOf('：')
  return colon < 0 ? citation : citation.slice(0, colon)
}
/** The approval a policy asks for without what follows it: '…负责人同意，并告知申请人' → '…负责人同意'. */
const approverOf = (approval: string) => {
  const comma = approval.indexOf('，')
  return comma < 0 ? approval : approval.slice(0, comma)
}

/**
 * A consultation of a third party (条例 第三十二条): it pauses the count from the day the letter went
 * out until the view comes back, but at most until the third party's 15 working days from receiving
 * the letter (`cap`) have run; then the count resumes whether or not a view came.
 */
interface Consultation {
  from: number
  /** The day the third party received the letter, or the day it was sent when that is not recorded. */
  letterOn: number
  letterReceived: boolean
  /** The third party's last day: 15 working days after `letterOn`. */
  cap: number
  /** The day the view came back (or the case ended); null while it is awaited. */
  to: number | null
}

interface Replay {
  step: ClockStep
  receivedOn: number
  /** The day the count starts after (receipt, or the completed application after 补正). */
  startOn: number
  correctionRequestedOn?: number
  correctionDueOn?: number
  correctionReceivedOn?: number
  acceptedOn?: number
  consultations: Consultation[]
  extensionDays: number
  notes: string[]
  end?: { type: CaseEventType; on: number }
  deemedWithdrawn: boolean
}

const fmt = formatChineseDateOf
const fmtDay = formatChineseDayOf

const EVENT_LABELS: Record<CaseEventType, string> = {
  received: '收到',
  correction_requested: '要求补正',
  correction_received: '收到补正材料',
  consultation_started: '开始征求第三方意见',
  consultation_ended: '收到第三方意见',
  accepted: '受理',
  not_accepted: '不予受理',
  extended: '延长期限',
  replied: '答复',
  withdrawn: '撤回'
}

/** The pauses a count skips: each consultation from its letter to its view, never past its cap. */
function pausesOf(state: Replay): { from: number; to: number }[] {
  return state.consultations.map((c) => ({ from: c.from, to: Math.min(c.to ?? c.cap, c.cap) }))
}

/** The consultation still awaited as of the clock's day (the case not ended), if any. */
const openConsultationOf = (state: Replay): Consultation | undefined => (state.end ? undefined : state.consultations.find((c) => c.to === null))

/** A correction notice after the 7th working day (条例 第三十条) on a case whose period was already extended. */
function lateCorrectionAfterExtension(state: Replay, policy: DeadlinePolicy, cal: WorkingDayCalendar, on: number): boolean {
  if (!policy.correction || state.extensionDays === 0) return false
  return on > nthWorkingDayAfter(cal, state.receivedOn, policy.correction.noticeWithinDays)
}

function replay(events: readonly CaseEvent[], policy: DeadlinePolicy, cal: WorkingDayCalendar, asOf: number): Replay {
  const asOfDate = dateOf(asOf)
  const happened = events.filter((e) => e.on <= asOfDate).sort(byDateHappened)
  const received = happened.find((e) => e.type === 'received')
  if (!received) throw new RangeError('没有收到事项的记录，无法计算期限')
  const receivedOn = dayNumber(received.on)
  const state: Replay = {
    step: FIRST_STEP[policy.flow],
    receivedOn,
    startOn: receivedOn,
    consultations: [],
    extensionDays: 0,
    notes: [],
    deemedWithdrawn: false
  }
  if (received.recordedOn && received.recordedOn > received.on) {
    state.notes.push(`本件于${fmtDay(dayNumber(received.recordedOn))}登记，期限仍自${fmtDay(receivedOn)}收到之日起算。`)
  }
  for (const event of happened) {
    if (event === received) continue
    const on = dayNumber(event.on)
    const next = nextStep(policy.flow, state.step, event.type)
    if (!next) {
      if (event.type !== 'received') {
        state.notes.push(`${fmtDay(on)}“${EVENT_LABELS[event.type]}”的记录不适用于当时的办理阶段，不影响期限。`)
      }
      continue
    }
    switch (event.type) {
      case 'correction_requested':
        // 第三十条: the notice belongs to the first 7 working days. A late one is flagged; once the
        // period has also been extended, a late notice would stretch it twice and does not count.
        if (lateCorrectionAfterExtension(state, policy, cal, on)) {
          state.notes.push(`${fmtDay(on)}要求补正，已超过收到申请后${policy.correction?.noticeWithinDays ?? ''}个工作日且答复期限已经延长，此次补正不影响期限。`)
          continue
        }
        if (state.correctionRequestedOn !== undefined) {
          state.notes.push(`${fmtDay(on)}再次要求补正；依据第三十条，补正应当一次性告知。`)
        }
        state.correctionRequestedOn = on
        state.correctionDueOn = event.correctionDueOn ? dayNumber(event.correctionDueOn) : undefined
        break
      case 'correction_received':
        // 第三十条: the period runs afresh from the completed application; nothing of the old one
        // (its pauses, an extension granted before) carries over.
        if (state.extensionDays > 0) state.notes.push(`补正前批准的延长（${state.extensionDays}个工作日）不延续到重新计算的期限。`)
        state.correctionReceivedOn = on
        state.startOn = on
        state.consultations = []
        state.extensionDays = 0
        break
      case 'consultation_started': {
        if (state.consultations.some((c) => c.to === null)) continue
        const letterOn = event.letterReceivedOn && event.letterReceivedOn > event.on ? dayNumber(event.letterReceivedOn) : on
        const days = policy.consultationPause?.thirdPartyDays ?? 0
        state.consultations.push({ from: on, letterOn, letterReceived: event.letterReceivedOn !== undefined, cap: nthWorkingDayAfter(cal, letterOn, days), to: null })
        break
      }
      case 'consultation_ended': {
        const open = state.consultations.find((c) => c.to === null)
        if (open) open.to = on
        break
      }
      case 'accepted':
        state.acceptedOn = on
        break
      case 'extended':
        applyExtension(state, policy, cal, event, on)
        break
      case 'not_accepted':
      case 'replied':
      case 'withdrawn':
        state.end = { type: event.type, on }
        break
    }
    state.step = next
  }
  if (state.end) for (const c of state.consultations) if (c.to === null) c.to = state.end.on
  if (state.step === 'awaiting_correction' && state.correctionDueOn !== undefined && asOf > state.correctionDueOn) {
    state.step = 'done'
    state.deemedWithdrawn = true
  }
  return state
}

/**
 * The last day of the period an extension would extend, as the case stands on a day: the reply's
 * (信息公开: from receipt or the completed application, pauses and extensions so far) or the
 * conclusion's (信访: from acceptance); undefined before the case can be extended.
 */
function currentDueOf(state: Replay, policy: DeadlinePolicy, cal: WorkingDayCalendar): number | undefined {
  const days = policy.reply.days + state.extensionDays
  if (policy.flow === 'disclosure') return nthWorkingDayAfter(cal, state.startOn, days, pausesOf(state))
  if (state.acceptedOn === undefined) return undefined
  return dayNumber(addCalendarDays(cal, dateOf(state.acceptedOn), days, policy.lastDayRule).date)
}

const unitWordOf = (policy: DeadlinePolicy) => (policy.unit === 'working_days' ? '个工作日' : '日')

/**
 * An extension counts when approved, decided within the period it extends, and up to the statutory
 * maximum in total (条例 第三十三条: 20 working days; 信访工作条例 第三十四条: 30 days). One decided
 * after the period ran out cannot revive it: the case is late, and the explanation says so.
 */
function applyExtension(state: Replay, policy: DeadlinePolicy, cal: WorkingDayCalendar, event: Extract<CaseEvent, { type: 'extended' }>, on: number) {
  const unit = unitWordOf(policy)
  if (!event.approved) {
    state.notes.push(`${fmtDay(on)}提出延长${event.days}${unit}，但未经${approverOf(policy.extension.approval)}，期限不延长。`)
    return
  }
  const due = currentDueOf(state, policy, cal)
  if (due !== undefined && on > due) {
    state.notes.push(
      `${fmtDay(on)}决定延长${event.days}${unit}，但期限已于${fmt(due)}届满；依据${articleOf(policy.extension.citation)}，延长应在期限届满前决定，此次延长不计，本件已超期。`
    )
    return
  }
  const room = policy.extension.maxDays - state.extensionDays
  const granted = Math.min(event.days, room)
  state.extensionDays += granted
  const by = event.approvedBy ? `经${event.approvedBy}批准` : '经批准'
  state.notes.push(
    `${fmtDay(on)}${by}延长${granted}${unit}（理由：${event.reason}），依据${articleOf(policy.extension.citation)}。` +
      (granted < event.days ? `申请延长${event.days}${unit}，超过法定最长${policy.extension.maxDays}${unit}，超出部分不计。` : '')
  )
}

function describeWalk(walk: WorkingDayCount, n: number, what: string): string[] {
  const lines: string[] = []
  const skipped: string[] = []
  if (walk.weekends > 0) skipped.push(`周末${walk.weekends}天`)
  for (const [name, h] of walk.holidays) {
    skipped.push(h.count === 1 ? `${name}假期1天（${fmtDay(h.first)}）` : `${name}假期${h.count}天（${fmtDay(h.first)}至${fmtDay(h.last)}）`)
  }
  if (skipped.length > 0) lines.push(`其间不计算${skipped.join('、')}。`)
  if (walk.makeUps.length > 0) lines.push(`${walk.makeUps.map(fmt).join('、')}为调休上班日，按工作日计算。`)
  if (walk.due !== null) lines.push(`第${n}个工作日为${fmt(walk.due)}，即${what}。`)
  return lines
}

/**
 * The consultations in words: their spans and the working days paused, counted to the clock's day
 * while one is still awaited; the third party's 15 working days (第三十二条) and what follows them.
 */
function describeConsultations(cal: WorkingDayCalendar, policy: DeadlinePolicy, state: Replay, asOf: number, due: number): string[] {
  if (state.consultations.length === 0) return []
  const open = openConsultationOf(state)
  let paused = 0
  const spans = state.consultations.map((c) => {
    const until = Math.min(c.to ?? asOf, c.cap, asOf)
    paused += Math.max(0, workingDaysBetweenDays(cal, c.from, until))
    return c === open && asOf <= c.cap ? `${fmtDay(c.from)}起` : `${fmtDay(c.from)}至${fmtDay(Math.min(c.to ?? c.cap, c.cap))}`
  })
  const lines = [`征求第三方意见期间（${spans.join('、')}）不计算在期限内，${open && asOf <= open.cap ? '至今' : ''}共暂停${paused}个工作日。`]
  const article = policy.consultationPause ? articleOf(policy.consultationPause.thirdPartyCitation) : ''
  const days = policy.consultationPause?.thirdPartyDays ?? 0
  for (const c of state.consultations) {
    const letter = c.letterReceived ? `征求意见书于${fmtDay(c.letterOn)}送达` : `征求意见书于${fmtDay(c.from)}发出（未登记送达日期，自发出之日起算）`
    if (c === open && asOf <= c.cap) {
      lines.push(
        `依据${article}，第三方应当自收到征求意见书之日起${days}个工作日内提出意见；${letter}，第${days}个工作日为${fmt(c.cap)}。` +
          `逾期未提出意见的，自次日起恢复计算；按此推算，答复期限最迟为${fmt(due)}，提前收到意见的相应提前。`
      )
    } else if (c === open) {
      lines.push(`${letter}，第三方未在${days}个工作日内（至${fmt(c.cap)}）提出意见，依据${article}，自次日起恢复计算期限。`)
    } else if (c.to !== null && c.to > c.cap) {
      lines.push(`${letter}，第三方于${fmtDay(c.to)}提出意见，超过${days}个工作日（至${fmt(c.cap)}），超出的时间依据${article}计入期限。`)
    }
  }
  return lines
}

function provisionalNote(provisional: boolean, years: number[]): string[] {
  if (!provisional) return []
  const unannounced = [...new Set(years)].join('、')
  return [`${unannounced}年的放假安排国务院尚未公布，期限暂按法定节假日推算（不含调休），公布后可能调整。`]
}

function statusOf(cal: WorkingDayCalendar, asOf: number, due: number): ClockStatus {
  return statusFrom(asOf, due, asOf > due ? 0 : workingDaysBetweenDays(cal, asOf, due))
}

function statusFrom(asOf: number, due: number, workingDaysLeft: number): ClockStatus {
  if (asOf > due) return 'overdue'
  return workingDaysLeft <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'on_track'
}

/** What is left from `from` to `due` in the clock's unit. */
function marginOf(cal: WorkingDayCalendar, unit: DeadlineUnit, from: number, due: number): number {
  return unit === 'working_days' ? remainingWorkingDays(cal, from, due) : due - from
}

function answeredStatus(answeredOn: number, due: number): ClockStatus {
  return answeredOn <= due ? 'answered_in_time' : 'answered_late'
}

/** Working days from `from` to `due`; past the due day at least −1, even when only rest days have passed. */
function remainingWorkingDays(cal: WorkingDayCalendar, from: number, due: number): number {
  const left = workingDaysBetweenDays(cal, from, due)
  return from > due ? Math.min(left, -1) : left
}

function provisionalYears(cal: WorkingDayCalendar, from: number, to: number): number[] {
  const years: number[] = []
  for (let y = Number(dateOf(from).slice(0, 4)); y <= Number(dateOf(to).slice(0, 4)); y++) if (!cal.announced.has(y)) years.push(y)
  return years
}

/** What a clock says apart from its policy; every clock is built by `makeClock` with one shape. */
interface ClockParts {
  step: ClockStep
  dueDate: string | null
  remaining: number | null
  status: ClockStatus
  provisional: boolean
  paused: boolean
  explanation: string[]
}

interface ClockBase {
  policy: DeadlinePolicy
  citation: string
}

function makeClock({ policy, citation }: ClockBase, parts: ClockParts): Clock {
  return {
    step: parts.step,
    dueDate: parts.dueDate,
    unit: policy.unit,
    remaining: parts.remaining,
    status: parts.status,
    provisional: parts.provisional,
    paused: parts.paused,
    policy: { id: policy.id, title: policy.title, citation },
    explanation: parts.explanation
  }
}

function disclosureClock(cal: WorkingDayCalendar, policy: DeadlinePolicy, state: Replay, asOf: number): Clock {
  const base: ClockBase = { policy, citation: policy.reply.citation }
  const lines: string[] = [`依据${policy.reply.citation}。`]
  if (state.deemedWithdrawn) {
    return makeClock(base, {
      step: 'done',
      dueDate: null,
      remaining: null,
      status: 'closed',
      provisional: false,
      paused: false,
      explanation: [
        `${fmtDay(state.correctionRequestedOn ?? state.receivedOn)}已一次性告知申请人补正，补正期限最迟于${fmt(state.correctionDueOn ?? asOf)}。`,
        // The citation itself ends in 视为放弃申请: said once.
        `申请人逾期未补正。依据${policy.correction?.citation ?? '《中华人民共和国政府信息公开条例》第三十条'}。`,
        ...state.notes
      ]
    })
  }
  if (state.step === 'awaiting_correction') {
    const until = state.correctionDueOn !== undefined ? `，补正期限至${fmt(state.correctionDueOn)}` : ''
    return makeClock(base, {
      step: 'awaiting_correction',
      dueDate: null,
      remaining: null,
      status: 'on_track',
      provisional: false,
      paused: false,
      explanation: [
        `${fmtDay(state.correctionRequestedOn ?? state.receivedOn)}已一次性告知申请人补正${until}。`,
        `依据${policy.correction?.citation ?? ''}。收到补正后的申请之日起，重新计算${policy.reply.days}个工作日。`,
        ...correctionTimeliness(cal, policy, state),
        ...state.notes
      ]
    })
  }
  const n = policy.reply.days + state.extensionDays
  const pauses = pausesOf(state)
  const walk = countWorkingDays(cal, state.startOn, n, pauses)
  // Every pause ends by its cap, so the count always reaches a day: while a view is awaited, the
  // latest due date (the third party using its 15 working days in full).
  const due = walk.due as number
  if (state.correctionReceivedOn !== undefined) {
    lines.push(`收到申请之日为${fmt(state.receivedOn)}；${fmtDay(state.correctionRequestedOn ?? state.receivedOn)}已一次性告知申请人补正，答复期限自收到补正后的申请之日起计算（第三十条）。`)
    lines.push(...correctionTimeliness(cal, policy, state))
    lines.push(`${fmt(state.correctionReceivedOn)}收到补正后的申请，当日不计入，自次日起重新计算。`)
  } else {
    lines.push(`收到申请之日为${fmt(state.receivedOn)}，当日不计入，自次日起计算。`)
  }
  if (state.extensionDays > 0) {
    lines.push(`答复期限为${policy.reply.days}个工作日，延长${state.extensionDays}个工作日，共${n}个工作日。`)
  }
  lines.push(...describeConsultations(cal, policy, state, asOf, due))
  lines.push(...describeWalk(walk, n, '答复期限'))
  lines.push(...state.notes)
  lines.push(...provisionalNote(walk.provisional, provisionalYears(cal, state.startOn, due)))
  if (!state.end && state.correctionRequestedOn === undefined && policy.correction) {
    const noticeBy = countWorkingDays(cal, state.receivedOn, policy.correction.noticeWithinDays, []).due
    if (noticeBy !== null && asOf <= noticeBy) lines.push(`如申请内容不明确，应在${fmt(noticeBy)}前一次性告知申请人补正。`)
  }
  const open = openConsultationOf(state)
  return finish(cal, base, state, due, asOf, walk.provisional, lines, open !== undefined && asOf <= open.cap)
}

function correctionTimeliness(cal: WorkingDayCalendar, policy: DeadlinePolicy, state: Replay): string[] {
  if (!policy.correction || state.correctionRequestedOn === undefined) return []
  const noticeBy = countWorkingDays(cal, state.receivedOn, policy.correction.noticeWithinDays, []).due
  if (noticeBy === null || state.correctionRequestedOn <= noticeBy) return []
  return [`补正通知应在收到申请后${policy.correction.noticeWithinDays}个工作日内（${fmt(noticeBy)}前）发出，实际于${fmtDay(state.correctionRequestedOn)}发出，已超过期限。`]
}

function finish(
  cal: WorkingDayCalendar,
  base: ClockBase,
  state: Replay,
  due: number,
  asOf: number,
  provisional: boolean,
  lines: string[],
  paused = false
): Clock {
  const dueDate = dateOf(due)
  if (state.end) {
    const closed = state.end.type === 'withdrawn'
    if (closed) lines.push(`${fmtDay(state.end.on)}申请人撤回，办理终结。`)
    else lines.push(`${fmtDay(state.end.on)}已${EVENT_LABELS[state.end.type]}，${state.end.on <= due ? '在期限内' : '超过期限'}。`)
    return makeClock(base, {
      step: 'done',
      dueDate,
      remaining: closed ? null : marginOf(cal, base.policy.unit, state.end.on, due),
      status: closed ? 'closed' : answeredStatus(state.end.on, due),
      provisional,
      paused: false,
      explanation: lines
    })
  }
  const workingLeft = workingDaysBetweenDays(cal, asOf, due)
  const remaining = base.policy.unit === 'days' ? due - asOf : asOf > due ? Math.min(workingLeft, -1) : workingLeft
  return makeClock(base, {
    step: state.step,
    dueDate,
    remaining,
    status: statusFrom(asOf, due, workingLeft),
    provisional,
    paused,
    explanation: lines
  })
}

function calendarPeriodLines(cal: WorkingDayCalendar, policy: DeadlinePolicy, from: number, days: number, what: string) {
  const answer = addCalendarDays(cal, dateOf(from), days, policy.lastDayRule)
  const lines: string[] = []
  if (answer.movedFrom) {
    const moved = dayNumber(answer.movedFrom)
    const holiday = cal.holidayNames.get(moved)
    const rest = holiday ? `${holiday}假期` : '周末'
    lines.push(
      `第${days}日为${formatChineseDate(answer.movedFrom)}，是${rest}，依据${LAST_DAY_RULE_CITATION}，以休假日结束的次日即${formatChineseDate(answer.date)}为${what}。`
    )
  } else {
    lines.push(`第${days}日为${formatChineseDate(answer.date)}，即${what}。`)
  }
  return { due: dayNumber(answer.date), provisional: answer.provisional, lines }
}

function petitionClock(cal: WorkingDayCalendar, policy: DeadlinePolicy, state: Replay, asOf: number): Clock {
  const acceptance = policy.acceptance ?? { days: policy.reply.days, citation: policy.reply.citation }
  const accept = calendarPeriodLines(cal, policy, state.receivedOn, acceptance.days, '书面告知接收情况和处理途径的期限')
  const acceptLines = [`依据${acceptance.citation}。`, `收到之日为${fmt(state.receivedOn)}，当日不计入，自次日起按自然日计算${acceptance.days}日。`, ...accept.lines]

  if (state.acceptedOn === undefined) {
    const base: ClockBase = { policy, citation: acceptance.citation }
    const lines = [...acceptLines, ...state.notes, ...provisionalNote(accept.provisional, provisionalYears(cal, state.receivedOn, accept.due))]
    return finish(cal, base, state, accept.due, asOf, accept.provisional, lines)
  }

  const base: ClockBase = { policy, citation: policy.reply.citation }
  const lines: string[] = []
  lines.push(
    state.acceptedOn <= accept.due
      ? `${fmtDay(state.acceptedOn)}受理，在受理期限内。`
      : `${fmtDay(state.acceptedOn)}受理，晚于受理期限${formatChineseDate(dateOf(accept.due))}。`
  )
  const total = policy.reply.days + state.extensionDays
  lines.push(`依据${policy.reply.citation}。受理之日不计入，自次日起按自然日计算${total}日${state.extensionDays > 0 ? `（${policy.reply.days}日，延长${state.extensionDays}日）` : ''}。`)
  const reply = calendarPeriodLines(cal, policy, state.acceptedOn, total, '办结期限')
  lines.push(...reply.lines, ...state.notes, ...provisionalNote(reply.provisional, provisionalYears(cal, state.acceptedOn, reply.due)))
  return finish(cal, base, state, reply.due, asOf, reply.provisional, lines)
}

function promiseClock(cal: WorkingDayCalendar, promise: OfficePromise, state: Replay, asOf: number): PromiseClock {
  const answer =
    promise.unit === 'days'
      ? addCalendarDays(cal, dateOf(state.receivedOn), promise.days)
      : countWorkingDays(cal, state.receivedOn, promise.days, [])
  const due = 'date' in answer ? dayNumber(answer.date) : (answer.due as number)
  const answered = state.end && state.end.type !== 'withdrawn' ? state.end.on : undefined
  return {
    label: promise.label,
    basis: promise.basis,
    dueDate: dateOf(due),
    unit: promise.unit,
    remaining: state.end?.type === 'withdrawn' ? null : marginOf(cal, promise.unit, answered ?? asOf, due),
    status:
      state.end?.type === 'withdrawn' ? 'closed' : answered !== undefined ? answeredStatus(answered, due) : statusOf(cal, asOf, due),
    provisional: answer.provisional
  }
}

/**
 * The clock of a case as of a day: what is due next, by when, how much is left, and the working of
 * the date in plain Chinese. Events are taken in the order they happened (a letter registered late
 * keeps its receipt date); events after `asOf` have not happened yet.
 *
 * @example
 * clockOf([{ type: 'received', on: '2025-09-26' }], DISCLOSURE_2019, cal, '2025-10-09')
 * // { step: 'reply', dueDate: '2025-10-30', unit: 'working_days', remaining: 15, status: 'on_track', … }
 */
export function clockOf(
  events: readonly CaseEvent[],
  policy: DeadlinePolicy,
  cal: WorkingDayCalendar,
  asOf: string,
  officePromise?: OfficePromise
): Clock {
  const today = dayNumber(asOf)
  const state = replay(events, policy, cal, today)
  const clock = policy.flow === 'disclosure' ? disclosureClock(cal, policy, state, today) : petitionClock(cal, policy, state, today)
  if (!officePromise) return clock
  const promise = promiseClock(cal, officePromise, state, today)
  clock.explanation.push(
    `另：${promise.basis}“${promise.label}”，承诺期限为${formatChineseDate(promise.dueDate)}，与法定期限并列显示，不替代法定期限。`
  )
  clock.officePromise = promise
  return clock
}

/** The last days of what a case waits on from others, as the staff queue keeps them (see QueueKeys). */
export interface WaitingPeriods {
  /** The last day to complete a correction (补正) while the case waits for one; the day after, the application is taken as withdrawn (条例 第三十条). */
  correctionDueOn: string | null
  /** The third party's last day (15 working days from the letter, 第三十二条) while its view is awaited; the day after, the count resumes. */
  consultationDueOn: string | null
}

/**
 * What a case waits on from others as of a day, with the last day of each.
 * @example waitingPeriodsOf([{ type: 'received', on: '2026-11-02' }, { type: 'correction_requested', on: '2026-11-04', correctionDueOn: '2026-11-20' }], DISCLOSURE_2019, cal, '2026-11-05') // { correctionDueOn: '2026-11-20', consultationDueOn: null }
 */
export function waitingPeriodsOf(events: readonly CaseEvent[], policy: DeadlinePolicy, cal: WorkingDayCalendar, asOf: string): WaitingPeriods {
  const state = replay(events, policy, cal, dayNumber(asOf))
  const open = openConsultationOf(state)
  return {
    correctionDueOn: state.step === 'awaiting_correction' && state.correctionDueOn !== undefined ? dateOf(state.correctionDueOn) : null,
    consultationDueOn: open ? dateOf(open.cap) : null
  }
}

/** What is left to extend on a case on a day: the period an extension would extend and the days still allowed. */
export interface ExtensionRoom {
  /** The last day of the period as the case stands; null when nothing can be extended (no period runs). */
  dueDate: string | null
  /** Days already granted, and the days still allowed up to the statutory maximum, in the policy's unit. */
  usedDays: number
  daysLeft: number
}

/**
 * The room for an extension decided on `on`, from the events that happened by then.
 * @example extensionRoomOf([{ type: 'received', on: '2025-09-26' }], DISCLOSURE_2019, cal, '2025-10-20') // { dueDate: '2025-10-30', usedDays: 0, daysLeft: 20 }
 */
export function extensionRoomOf(events: readonly CaseEvent[], policy: DeadlinePolicy, cal: WorkingDayCalendar, on: string): ExtensionRoom {
  const state = replay(events, policy, cal, dayNumber(on))
  const due = state.step === 'reply' ? currentDueOf(state, policy, cal) : undefined
  return { dueDate: due === undefined ? null : dateOf(due), usedDays: state.extensionDays, daysLeft: policy.extension.maxDays - state.extensionDays }
}

/** Why an extension cannot be granted: decided after the period ran out, or longer than what is left. */
export interface ExtensionRefusal {
  code: 'EXTENSION_TOO_LATE' | 'EXTENSION_OVER_LIMIT'
  message: string
}

/**
 * Whether an extension of `days` decided on `on` may be granted, and why not: the period must still
 * run on that day (an extension extends a period, it cannot revive one) and all extensions together
 * stay within the statutory maximum (条例 第三十三条: 20 working days; 信访工作条例 第三十四条: 30 days).
 * @example extensionRefusalOf({ dueDate: '2025-10-30', usedDays: 20, daysLeft: 0 }, DISCLOSURE_2019, '2025-10-20', 5)?.code // 'EXTENSION_OVER_LIMIT'
 */
export function extensionRefusalOf(room: ExtensionRoom, policy: DeadlinePolicy, on: string, days: number): ExtensionRefusal | null {
  const unit = unitWordOf(policy)
  const article = articleOf(policy.extension.citation)
  if (room.dueDate !== null && on > room.dueDate) {
    return {
      code: 'EXTENSION_TOO_LATE',
      message: `期限已于${formatChineseDate(room.dueDate)}届满，本件已经超期，不能再延长：延长须在期限届满前决定（${article}）。`
    }
  }
  if (days > room.daysLeft) {
    return {
      code: 'EXTENSION_OVER_LIMIT',
      message:
        room.daysLeft === 0
          ? `本件已延长${room.usedDays}${unit}，达到最长${policy.extension.maxDays}${unit}，不能再延长（${article}）。`
          : `延长合计最长${policy.extension.maxDays}${unit}，本件已延长${room.usedDays}${unit}，最多还能延长${room.daysLeft}${unit}（${article}）。`
    }
  }
  return null
}

/**
 * Why a correction notice (补正) decided on `on` cannot be given, or null: after the 7th working day
 * from receipt it is late (第三十条, flagged by the clock), and once the period has also been extended
 * it is refused.
 * @example correctionRefusalOf([{ type: 'received', on: '2025-09-26' }], DISCLOSURE_2019, cal, '2025-10-14') // null (late, flagged, allowed)
 */
export function correctionRefusalOf(events: readonly CaseEvent[], policy: DeadlinePolicy, cal: WorkingDayCalendar, on: string): string | null {
  const day = dayNumber(on)
  if (!lateCorrectionAfterExtension(replay(events, policy, cal, day), policy, cal, day)) return null
  return `收到申请已超过${policy.correction?.noticeWithinDays ?? ''}个工作日，且答复期限已经延长，不能再要求补正（${articleOf(policy.correction?.citation ?? '')}）。`
}
