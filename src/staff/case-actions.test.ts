import { actionLabelOf, pendingReplyOf } from './case-actions'
import { aStaffCase } from './fixtures'

describe('the words of the case actions', () => {
  it('tells a clerk that their reply goes to the head first when the office wants replies approved', () => {
    expect(actionLabelOf('reply', false)).toBe('答复（报负责人审批）')
    expect(actionLabelOf('reply', true)).toBe('答复')
  })
})

describe('the reply waiting for approval', () => {
  const drafted = { type: 'reply_drafted', on: '2026-11-25', actor: 'staff:3', data: { outcome: 'disclosed', writtenText: '同意公开。', text: '同意公开。\n依据……' } }

  it('shows the head the outcome, the text the clerk wrote and who wrote it', () => {
    const c = aStaffCase({ pendingReply: true, events: [drafted], actorNames: { 'staff:3': '王芳' } })
    expect(pendingReplyOf(c)).toEqual({ outcome: 'disclosed', text: '同意公开。', by: '王芳' })
  })

  it('shows nothing once the reply no longer waits', () => {
    expect(pendingReplyOf(aStaffCase({ pendingReply: false, events: [drafted] }))).toBeUndefined()
  })
})
