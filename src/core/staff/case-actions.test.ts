import type { StaffRole } from '../schemas/staff'
import { approvesOwnReply, caseActionsFor, hasPendingExtension, hasPendingReply, isReopened, recordedTypeOf, stateAllows, type CaseState } from './case-actions'

const aCase = (over: Partial<CaseState> = {}): CaseState => ({ flow: 'petition', step: 'reply', events: [{ type: 'received' }, { type: 'accepted' }], kind: 'complaint', department: 'civil', ...over })
const clerk = { roles: ['clerk'] as StaffRole[], department: 'civil', actor: 'staff:1' }
const head = { roles: ['head'] as StaffRole[], department: 'civil', actor: 'staff:2' }
const leader = { roles: ['leader'] as StaffRole[], department: null, actor: 'staff:7' }

describe('what the case’s state allows', () => {
  it('allows accepting a 信访 matter only before it is accepted', () => {
    expect(stateAllows(aCase({ step: 'accept', events: [{ type: 'received' }] }), 'accept')).toBe(true)
    expect(stateAllows(aCase(), 'accept')).toBe(false)
  })

  it('allows no reply before a 信访 matter is accepted', () => {
    expect(stateAllows(aCase({ step: 'accept' }), 'reply')).toBe(false)
  })

  it('allows a correction request on an information request, never on a 信访 matter', () => {
    expect(stateAllows(aCase({ flow: 'disclosure' }), 'request_correction')).toBe(true)
    expect(stateAllows(aCase(), 'request_correction')).toBe(false)
  })

  it('allows one pending extension at a time, and its approval only while it is pending', () => {
    const pending = aCase({ events: [{ type: 'received' }, { type: 'accepted' }, { type: 'extension_requested' }] })
    expect(hasPendingExtension(pending)).toBe(true)
    expect(stateAllows(pending, 'extend')).toBe(false)
    expect(stateAllows(pending, 'approve_extension')).toBe(true)
    expect(stateAllows(aCase(), 'approve_extension')).toBe(false)
  })

  it('offers no extension once the statutory maximum is used up (条例 第三十三条, 信访工作条例 第三十四条)', () => {
    expect(stateAllows(aCase({ extensionDaysLeft: 0 }), 'extend')).toBe(false)
    expect(stateAllows(aCase({ extensionDaysLeft: 5 }), 'extend')).toBe(true)
  })

  it('offers no correction notice when it is late and the period was extended (条例 第三十条)', () => {
    expect(stateAllows(aCase({ flow: 'disclosure', correctionRefusal: '收到申请已超过7个工作日，且答复期限已经延长' }), 'request_correction')).toBe(false)
    expect(stateAllows(aCase({ flow: 'disclosure', correctionRefusal: null }), 'request_correction')).toBe(true)
  })

  it('takes an approval as ending the pending extension', () => {
    expect(hasPendingExtension(aCase({ events: [{ type: 'extension_requested' }, { type: 'extended' }] }))).toBe(false)
  })

  it('allows reopening only after a review was requested of the reply', () => {
    const reviewed = aCase({ step: 'done', events: [{ type: 'replied' }, { type: 'review_requested' }] })
    expect(stateAllows(reviewed, 'reopen')).toBe(true)
    expect(stateAllows(aCase({ step: 'done', events: [{ type: 'replied' }] }), 'reopen')).toBe(false)
  })

  it('allows reopening (重新办理) after the higher body’s 复查 opinion, once per reply', () => {
    const answered = aCase({ step: 'done', events: [{ type: 'replied' }, { type: 'review_requested' }, { type: 'review_forwarded' }, { type: 'review_answered' }] })
    expect(stateAllows(answered, 'reopen')).toBe(true)
    expect(stateAllows(aCase({ step: 'done', events: [...answered.events, { type: 'reopened' }, { type: 'replied' }] }), 'reopen')).toBe(false)
  })

  it('forwards a 复查 request to the body one level up once, and records its opinion only after forwarding (信访工作条例 第三十五条)', () => {
    const asked = aCase({ step: 'done', events: [{ type: 'replied' }, { type: 'review_requested' }] })
    expect(stateAllows(asked, 'forward_review')).toBe(true)
    expect(stateAllows(asked, 'record_review_opinion')).toBe(false)
    const forwarded = aCase({ step: 'done', events: [...asked.events, { type: 'review_forwarded' }] })
    expect(stateAllows(forwarded, 'forward_review')).toBe(false)
    expect(stateAllows(forwarded, 'record_review_opinion')).toBe(true)
    expect(stateAllows(aCase({ step: 'done', events: [...forwarded.events, { type: 'review_answered' }] }), 'record_review_opinion')).toBe(false)
  })

  it('records the delivery of a reply handed over or posted once per reply', () => {
    expect(stateAllows(aCase({ step: 'done', events: [{ type: 'replied' }] }), 'record_delivery')).toBe(true)
    expect(stateAllows(aCase({ step: 'done', events: [{ type: 'replied' }, { type: 'reply_delivered' }] }), 'record_delivery')).toBe(false)
    expect(stateAllows(aCase(), 'record_delivery')).toBe(false)
  })

  it('allows a second reply once a replied case is reopened', () => {
    const reopened = aCase({ step: 'done', events: [{ type: 'replied' }, { type: 'review_requested' }, { type: 'reopened' }] })
    expect(isReopened(reopened)).toBe(true)
    expect(stateAllows(reopened, 'reply')).toBe(true)
  })

  it('allows a follow-up visit only after a “dissatisfied” rating', () => {
    expect(stateAllows(aCase({ step: 'done', events: [{ type: 'replied' }, { type: 'rated', rating: 'dissatisfied' }] }), 'follow_up')).toBe(true)
    expect(stateAllows(aCase({ step: 'done', events: [{ type: 'replied' }, { type: 'rated', rating: 'satisfied' }] }), 'follow_up')).toBe(false)
  })

  it('allows one follow-up visit per “dissatisfied” rating, and another after a second one', () => {
    const followed = [{ type: 'replied' }, { type: 'rated', rating: 'dissatisfied' as const }, { type: 'followed_up' }]
    expect(stateAllows(aCase({ step: 'done', events: followed }), 'follow_up')).toBe(false)
    expect(stateAllows(aCase({ step: 'done', events: [...followed, { type: 'rated', rating: 'dissatisfied' }] }), 'follow_up')).toBe(true)
  })

  it('allows an internal note whatever the state', () => {
    expect(stateAllows(aCase({ step: 'done' }), 'note')).toBe(true)
  })

  it('allows no assignment of a closed case', () => {
    expect(stateAllows(aCase({ step: 'done', events: [{ type: 'replied' }] }), 'assign')).toBe(false)
  })
})

describe('the actions a person may take now', () => {
  it('offers a clerk the actions of an accepted 信访 matter of their department', () => {
    expect(caseActionsFor(clerk, aCase())).toEqual(['extend', 'reply', 'note'])
  })

  it('offers a head also assignment, and the office’s head the approval of a pending 信访 extension (信访工作条例 第三十四条)', () => {
    const pending = aCase({ events: [{ type: 'accepted' }, { type: 'extension_requested' }] })
    expect(caseActionsFor(head, pending)).toEqual(['assign', 'reply', 'note'])
    expect(caseActionsFor(leader, pending)).toEqual(['assign', 'approve_extension', 'reply', 'note'])
  })

  it('never offers the approval of an extension to the person who asked for it, whatever their roles (four eyes)', () => {
    const own = { ...aCase({ events: [{ type: 'accepted' }, { type: 'extension_requested' }] }), pendingExtensionBy: 'staff:7' }
    expect(caseActionsFor(leader, own)).not.toContain('approve_extension')
    expect(caseActionsFor({ ...leader, actor: 'staff:8' }, own)).toContain('approve_extension')
  })

  it('has an information request’s extension approved by the head of the disclosure office, not a section head (条例 第三十三条)', () => {
    const pending = aCase({ flow: 'disclosure', kind: 'info_request', events: [{ type: 'received' }, { type: 'extension_requested' }] })
    expect(caseActionsFor({ roles: ['disclosure_head'], department: null }, pending)).toContain('approve_extension')
    expect(caseActionsFor(head, pending)).not.toContain('approve_extension')
    expect(caseActionsFor(leader, pending)).not.toContain('approve_extension')
  })

  it('offers a clerk nothing on another department’s case', () => {
    expect(caseActionsFor(clerk, aCase({ department: 'urban' }))).toEqual([])
  })

  it('records every extension as a request, whoever asks, an approver too: a second person approves it', () => {
    expect(recordedTypeOf(clerk, { kind: 'complaint', department: 'civil' }, 'extend')).toBe('extension_requested')
    expect(recordedTypeOf(clerk, { kind: 'info_request', department: null }, 'extend')).toBe('extension_requested')
  })
})

describe('replies the office wants a head to approve', () => {
  const drafted = aCase({ replyNeedsApproval: true, events: [{ type: 'received' }, { type: 'accepted' }, { type: 'reply_drafted', actor: 'staff:1' }] })

  it('records every reply as a draft when the office wants replies of the kind approved, a head’s or leader’s too: nobody approves their own reply', () => {
    expect(recordedTypeOf(clerk, { kind: 'complaint', department: 'civil', replyNeedsApproval: true }, 'reply')).toBe('reply_drafted')
  })

  it('lets the operator’s system token (npm run case:admin), which is no person, reply at once', () => {
    expect(recordedTypeOf({ roles: ['leader'], department: null, operator: true }, { kind: 'complaint', department: null, replyNeedsApproval: true }, 'reply')).toBe('replied')
    expect(recordedTypeOf({ roles: ['clerk', 'head', 'leader'], department: 'civil' }, { kind: 'complaint', department: 'civil', replyNeedsApproval: true }, 'reply')).toBe('reply_drafted')
  })

  it('sends a reply at once when the office does not', () => {
    expect(recordedTypeOf(clerk, { kind: 'complaint', department: 'civil' }, 'reply')).toBe('replied')
  })

  it('offers nobody the approval of a reply they wrote, whatever roles they hold', () => {
    const byTheHead = aCase({ replyNeedsApproval: true, events: [{ type: 'received' }, { type: 'accepted' }, { type: 'reply_drafted', actor: 'staff:2' }] })
    expect(approvesOwnReply('staff:2', byTheHead)).toBe(true)
    expect(caseActionsFor(head, byTheHead)).not.toContain('approve_reply')
    expect(caseActionsFor({ ...head, roles: ['head', 'leader'] }, byTheHead)).not.toContain('approve_reply')
    expect(caseActionsFor({ ...head, actor: 'staff:9' }, byTheHead)).toContain('approve_reply')
  })

  it('allows no second reply while one waits for approval', () => {
    expect(hasPendingReply(drafted)).toBe(true)
    expect(stateAllows(drafted, 'reply')).toBe(false)
  })

  it('lets the head approve or return a waiting reply, and only a waiting one', () => {
    expect(caseActionsFor(head, drafted)).toEqual(expect.arrayContaining(['approve_reply', 'return_reply']))
    expect(caseActionsFor(clerk, drafted)).not.toContain('approve_reply')
    expect(stateAllows(aCase(), 'approve_reply')).toBe(false)
  })

  it('lets the clerk reply again once the head has returned the draft', () => {
    const returned = aCase({ replyNeedsApproval: true, events: [...drafted.events, { type: 'reply_returned' }] })
    expect(hasPendingReply(returned)).toBe(false)
    expect(stateAllows(returned, 'reply')).toBe(true)
  })
})
