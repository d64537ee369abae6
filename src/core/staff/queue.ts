/** The fields the queue sorts by. */
export interface Queued {
  trackingNo: string
  receivedOn: string
  clock: { dueDate: string | null }
}

/**
 * Soonest due date first; cases with nothing due from the office (waiting for the applicant or a
 * third party) after them, the oldest receipt first; the tracking number breaks ties. The server's
 * queue query sorts the same way (server/repositories/staff-cases-repository.ts).
 * @example [b, a].sort(compareQueued) // a (due 2026-11-30) before b (due 2026-12-10)
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
