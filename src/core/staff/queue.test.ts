import type { QueueDue } from '../schemas/staff'
import { arrangeQueue, type Queued } from './queue'

const aCase = (trackingNo: string, dueDate: string | null, over: Partial<Queued> = {}): Queued => ({
  trackingNo,
  receivedOn: '2026-11-01',
  status: 'processing',
  due: (dueDate ? 'on_track' : null) as QueueDue | null,
  clock: { dueDate },
  ...over
})

describe('the case queue', () => {
  it('puts the soonest due date first and cases with nothing due last', () => {
    const page = arrangeQueue([aCase('C', null), aCase('B', '2026-12-10'), aCase('A', '2026-11-30')], {}, 1, 20)
    expect(page.items.map((c) => c.trackingNo)).toEqual(['A', 'B', 'C'])
  })

  it('orders cases due the same day by their day of receipt', () => {
    const page = arrangeQueue([aCase('B', '2026-11-30', { receivedOn: '2026-11-05' }), aCase('A', '2026-11-30', { receivedOn: '2026-11-02' })], {}, 1, 20)
    expect(page.items.map((c) => c.trackingNo)).toEqual(['A', 'B'])
  })

  it('keeps only the overdue cases when asked', () => {
    const page = arrangeQueue([aCase('A', '2026-11-20', { due: 'overdue' }), aCase('B', '2026-12-20')], { due: 'overdue' }, 1, 20)
    expect(page.items.map((c) => c.trackingNo)).toEqual(['A'])
  })

  it('counts every status of the filter, also those the status filter leaves out', () => {
    const page = arrangeQueue([aCase('A', null, { status: 'replied' }), aCase('B', '2026-12-01'), aCase('C', '2026-12-02')], { status: 'replied' }, 1, 20)
    expect(page.counts).toEqual({ replied: 1, processing: 2 })
    expect(page.total).toBe(1)
  })

  it('answers the requested page and the total of all pages', () => {
    const all = Array.from({ length: 5 }, (_, i) => aCase(`C${i}`, `2026-12-0${i + 1}`))
    const page = arrangeQueue(all, {}, 2, 2)
    expect(page).toMatchObject({ total: 5, page: 2, pageSize: 2 })
    expect(page.items.map((c) => c.trackingNo)).toEqual(['C2', 'C3'])
  })
})
