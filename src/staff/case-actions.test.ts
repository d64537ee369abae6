import { aClock, aStaffCase } from './fixtures'
import { hasPendingExtension, offeredActions } from './case-actions'

const clerk = { roles: ['clerk'] as const, department: 'civil-affairs' }
const head = { roles: ['head'] as const, department: 'civil-affairs' }

describe('the actions offered on a case', () => {
  it('offers a clerk what the reply step allows, but neither assigning nor approving', () => {
    expect(offeredActions(aStaffCase(), clerk)).toEqual(['request_correction', 'consultation_started', 'consultation_ended', 'extend', 'reply', 'note'])
  })

  it('offers acceptance only while a 信访 matter waits for it', () => {
    const c = aStaffCase({ kind: 'complaint', clock: aClock({ step: 'accept' }), allowedEvents: ['accepted', 'not_accepted', 'withdrawn'] })
    expect(offeredActions(c, clerk)).toEqual(['accept', 'not_accept', 'note'])
  })

  it('offers nothing but a note to a clerk of another department', () => {
    expect(offeredActions(aStaffCase(), { roles: ['clerk'], department: 'urban' })).toEqual([])
  })

  it('offers a head the approval of a clerk’s pending extension, and no second extension meanwhile', () => {
    const c = aStaffCase({
      events: [
        { type: 'received', on: '2026-11-20', data: {}, actor: 'resident' },
        { type: 'extended', on: '2026-12-10', data: { days: 20, reason: '需调档', approved: false }, actor: 'staff:2' }
      ]
    })
    expect(hasPendingExtension(c)).toBe(true)
    const actions = offeredActions(c, head)
    expect(actions).toContain('approve_extension')
    expect(actions).not.toContain('extend')
    expect(offeredActions(c, clerk)).not.toContain('approve_extension')
  })

  it('offers 重新办理 to a head after the resident asked for a review of the reply', () => {
    const c = aStaffCase({
      clock: aClock({ step: 'done', status: 'answered_in_time' }),
      allowedEvents: [],
      events: [
        { type: 'replied', on: '2026-12-01', data: { outcome: 'disclosed' }, actor: 'staff:2' },
        { type: 'review_requested', on: '2026-12-05', data: { reason: '内容不全' }, actor: 'resident' }
      ]
    })
    expect(offeredActions(c, head)).toEqual(['reopen', 'note'])
    expect(offeredActions(c, clerk)).toEqual(['note'])
  })

  it('offers an administrator nothing on a case', () => {
    expect(offeredActions(aStaffCase(), { roles: ['admin'], department: null })).toEqual([])
  })
})
