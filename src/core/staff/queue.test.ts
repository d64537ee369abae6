import { compareQueued, type Queued } from './queue'

const aCase = (trackingNo: string, dueDate: string | null, receivedOn = '2026-11-01'): Queued => ({ trackingNo, receivedOn, clock: { dueDate } })
const order = (cases: Queued[]) => [...cases].sort(compareQueued).map((c) => c.trackingNo)

describe('the order of the case queue', () => {
  it('puts the soonest due date first and cases with nothing due last', () => {
    expect(order([aCase('C', null), aCase('B', '2026-12-10'), aCase('A', '2026-11-30')])).toEqual(['A', 'B', 'C'])
  })

  it('orders cases due the same day by their day of receipt', () => {
    expect(order([aCase('B', '2026-11-30', '2026-11-05'), aCase('A', '2026-11-30', '2026-11-02')])).toEqual(['A', 'B'])
  })

  it('orders cases received the same day by tracking number', () => {
    expect(order([aCase('QS-2026-000002', null), aCase('QS-2026-000001', null)])).toEqual(['QS-2026-000001', 'QS-2026-000002'])
  })
})
