import { ANNOUNCED_SCHEDULES, createCalendar } from '../src/core/calendar'
import { clockOf, DISCLOSURE_2019 } from '../src/core/cases'
import type { CaseEvent } from '../src/core/schemas/clock'
import { callsPerSecond } from './measure'

/**
 * Deadline computations per second for an information request with 10 events (receipt, correction,
 * two consultations, an extension …), explanation included. Issue 3 target: ≥ 200,000/s.
 * The calendar is built once, as in the server; its per-year day table is filled on first use.
 */
const cal = createCalendar(ANNOUNCED_SCHEDULES)
const events: CaseEvent[] = [
  { type: 'received', on: '2025-09-03' },
  { type: 'correction_requested', on: '2025-09-05', correctionDueOn: '2025-09-19' },
  { type: 'correction_received', on: '2025-09-12' },
  { type: 'consultation_started', on: '2025-09-16' },
  { type: 'consultation_ended', on: '2025-09-22' },
  { type: 'consultation_started', on: '2025-09-25' },
  { type: 'consultation_ended', on: '2025-10-10' },
  { type: 'extended', on: '2025-10-20', days: 15, reason: '需要调取历史档案', approved: true, approvedBy: '政务公开办主任' },
  { type: 'extended', on: '2025-11-03', days: 5, reason: '涉及多个部门', approved: true },
  { type: 'replied', on: '2025-11-14' }
]
const asOfs = ['2025-09-10', '2025-10-01', '2025-10-15', '2025-11-05', '2025-11-20']

let sink = 0
const run = (n: number) => {
  for (let i = 0; i < n; i++) sink += clockOf(events, DISCLOSURE_2019, cal, asOfs[i % asOfs.length]).explanation.length
}

const rate = callsPerSecond(run, 20_000, 100_000)
console.log(`deadline_computations_per_s: ${rate.cpu}`)
console.log(`deadline_computations_per_wall_s: ${rate.wall}`)
if (sink === 0) console.log('deadline_bench_sink: 0')
