import type { Page } from '../schemas/common'
import type { QueueDue } from '../schemas/staff'

/** The fields the queue sorts, filters and counts by. */
export interface Queued {
  trackingNo: string
  receivedOn: string
  status: string
  due: QueueDue | null
  clock: { dueDate: string | null }
}

/**
 * Soonest due date first; cases with nothing due from the office (waiting for the applicant,
 * replied) after them, the oldest receipt first; the tracking number breaks ties.
 */
export function compareQueued(a: Queued, b: Queued): number {
  const da = a.clock.dueDate
  const db = b.clock.dueDate
  if (da !== db) {
    if (da === null) return 1
    if (db === null) return -1
    return da < db ? -1 : 1
  }
  if (a.receivedOn !== b.receivedOn) return a.receivedOn < b.receivedOn ? -1 : 1
  return a.trackingNo < b.trackingNo ? -1 : a.trackingNo > b.trackingNo ? 1 : 0
}

/**
 * One page of the queue: the cases sorted by due date, filtered by status and due bucket, with the
 * count of each status before the status filter (the workbench's tabs show them).
 * @example arrangeQueue(items, { due: 'overdue' }, 1, 20) // { items, total, page: 1, pageSize: 20, counts: { processing: 3, … } }
 */
export function arrangeQueue<T extends Queued>(
  all: readonly T[],
  filter: { status?: string; due?: QueueDue },
  page: number,
  pageSize: number
): Page<T> & { counts: Record<string, number> } {
  const inBucket = all.filter((c) => !filter.due || c.due === filter.due)
  const counts: Record<string, number> = {}
  for (const c of inBucket) counts[c.status] = (counts[c.status] ?? 0) + 1
  const matching = inBucket.filter((c) => !filter.status || c.status === filter.status).sort(compareQueued)
  return { items: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length, page, pageSize, counts }
}
