import {
  allowedReviewActions,
  decideReview,
  isPublic,
  REVIEW_ACTIONS,
  REVIEW_STATES,
  REVIEW_TRANSITIONS,
  reviewTransition,
  type ReviewAction,
  type ReviewRole,
  type ReviewState
} from './review'

const NOW = '2026-03-02T01:00:00.000Z'
const ALL_ROLES: ReviewRole[] = ['clerk', 'head', 'disclosure', 'leader', 'admin']
const step = (from: ReviewState, action: ReviewAction, roles: ReviewRole[], extra: { comment?: string; publishAt?: string; scheduledAt?: string | null } = {}) =>
  decideReview({ from, action, roles, now: NOW, ...extra })

describe('the review procedure, one row at a time', () => {
  it('a clerk, head or the disclosure office edits a draft, which stays a draft', () => {
    for (const role of ['clerk', 'head', 'disclosure'] as const) expect(step('draft', 'edit', [role])).toEqual({ ok: true, to: 'draft', scheduledAt: null })
    expect(step('draft', 'edit', ['leader'])).toMatchObject({ ok: false, refusal: 'role_not_allowed' })
  })

  it('the department head submits a draft; a clerk cannot submit on the department’s behalf', () => {
    expect(step('draft', 'submit', ['head'])).toEqual({ ok: true, to: 'submitted', scheduledAt: null })
    expect(step('draft', 'submit', ['clerk'])).toMatchObject({ ok: false, refusal: 'role_not_allowed', message: '您的岗位不能报送审核' })
  })

  it('the disclosure office collates a submitted item; a leader cannot skip that step', () => {
    expect(step('submitted', 'collate', ['disclosure'])).toEqual({ ok: true, to: 'collated', scheduledAt: null })
    expect(step('submitted', 'approve', ['leader'])).toMatchObject({ ok: false, refusal: 'not_allowed_in_state' })
  })

  it('the disclosure office sends a submitted item back to draft with a comment', () => {
    expect(step('submitted', 'send_back', ['disclosure'], { comment: '请补充文号' })).toEqual({ ok: true, to: 'draft', scheduledAt: null })
  })

  it('a leader approves a collated item; the disclosure office cannot approve it', () => {
    expect(step('collated', 'approve', ['leader'])).toEqual({ ok: true, to: 'approved', scheduledAt: null })
    expect(step('collated', 'approve', ['disclosure'])).toMatchObject({ ok: false, refusal: 'role_not_allowed' })
  })

  it('a leader sends a collated item back to draft with a comment', () => {
    expect(step('collated', 'send_back', ['leader'], { comment: '数据需核对' })).toEqual({ ok: true, to: 'draft', scheduledAt: null })
  })

  it('the disclosure office or a leader publishes an approved item at once', () => {
    expect(step('approved', 'publish', ['disclosure'])).toEqual({ ok: true, to: 'published', scheduledAt: null })
    expect(step('approved', 'publish', ['leader'])).toEqual({ ok: true, to: 'published', scheduledAt: null })
    expect(step('approved', 'publish', ['head'])).toMatchObject({ ok: false, refusal: 'role_not_allowed' })
  })

  it('the disclosure office or a leader cancels a publication set for later; the item stays approved', () => {
    const scheduledAt = '2026-03-03T01:00:00.000Z'
    expect(step('approved', 'cancel_schedule', ['disclosure'], { scheduledAt })).toEqual({ ok: true, to: 'approved', scheduledAt: null })
    expect(step('approved', 'cancel_schedule', ['leader'], { scheduledAt })).toEqual({ ok: true, to: 'approved', scheduledAt: null })
    expect(step('approved', 'cancel_schedule', ['head'], { scheduledAt })).toMatchObject({ ok: false, refusal: 'role_not_allowed' })
  })

  it('an approved item sent back goes to draft', () => {
    expect(step('approved', 'send_back', ['leader'], { comment: '暂缓发布' })).toEqual({ ok: true, to: 'draft', scheduledAt: null })
  })

  it('a published item is withdrawn only with a reason', () => {
    expect(step('published', 'unpublish', ['disclosure'], { comment: '政策已废止' })).toEqual({ ok: true, to: 'withdrawn', scheduledAt: null })
    expect(step('published', 'unpublish', ['disclosure'])).toMatchObject({ ok: false, refusal: 'comment_required', message: '请写明撤下的理由' })
  })

  it('a withdrawn item is taken back to draft to be revised', () => {
    expect(step('withdrawn', 'revise', ['clerk'])).toEqual({ ok: true, to: 'draft', scheduledAt: null })
  })

  it('has exactly the eleven rows above', () => {
    expect(REVIEW_TRANSITIONS.map((t) => `${t.from}:${t.action}→${t.to}`)).toEqual([
      'draft:edit→draft',
      'draft:submit→submitted',
      'submitted:collate→collated',
      'submitted:send_back→draft',
      'collated:approve→approved',
      'collated:send_back→draft',
      'approved:publish→published',
      'approved:cancel_schedule→approved',
      'approved:send_back→draft',
      'published:unpublish→withdrawn',
      'withdrawn:revise→draft'
    ])
  })
})

describe('decideReview', () => {
  it('refuses sending back without a comment, saying what to write', () => {
    expect(step('submitted', 'send_back', ['disclosure'], { comment: '  ' })).toMatchObject({
      ok: false,
      refusal: 'comment_required',
      message: '请写明退回修改的意见'
    })
  })

  it('keeps an item approved and scheduled when it is to be published later', () => {
    expect(step('approved', 'publish', ['disclosure'], { publishAt: '2026-03-03T00:00:00+08:00' })).toEqual({
      ok: true,
      to: 'approved',
      scheduledAt: '2026-03-02T16:00:00.000Z'
    })
  })

  it('publishes at once when the time set is now', () => {
    expect(step('approved', 'publish', ['disclosure'], { publishAt: NOW })).toEqual({ ok: true, to: 'published', scheduledAt: null })
  })

  it('refuses a publication time in the past', () => {
    expect(step('approved', 'publish', ['disclosure'], { publishAt: '2026-03-01T00:00:00Z' })).toMatchObject({ ok: false, refusal: 'schedule_in_past' })
  })

  it('refuses to cancel a schedule that was never set', () => {
    expect(step('approved', 'cancel_schedule', ['leader'])).toEqual({ ok: false, refusal: 'not_allowed_in_state', message: '这条内容没有设定定时发布' })
  })

  it('refuses to cancel a schedule whose time has come: the item is published then, and withdrawing it is the way back', () => {
    expect(step('approved', 'cancel_schedule', ['leader'], { scheduledAt: NOW })).toMatchObject({ ok: false, refusal: 'not_allowed_in_state', message: expect.stringContaining('撤下') })
  })

  it('names the state when a step does not exist there', () => {
    expect(step('published', 'submit', ALL_ROLES)).toEqual({ ok: false, refusal: 'not_allowed_in_state', message: '“已发布”状态下不能报送审核' })
  })

  it('lets the administrator take no step of the procedure', () => {
    for (const from of REVIEW_STATES) for (const action of REVIEW_ACTIONS) expect(step(from, action, ['admin'], { comment: '理由' }).ok).toBe(false)
  })
})

describe('allowedReviewActions', () => {
  it('offers the disclosure office its two steps on a submitted item', () => {
    expect(allowedReviewActions('submitted', ['disclosure'])).toEqual(['collate', 'send_back'])
  })

  it('adds the steps of every role a person holds', () => {
    expect(allowedReviewActions('draft', ['clerk', 'head'])).toEqual(['edit', 'submit'])
  })

  it('offers to cancel a schedule only on an item set to be published later', () => {
    expect(allowedReviewActions('approved', ['leader'])).toEqual(['publish', 'send_back'])
    expect(allowedReviewActions('approved', ['leader'], '2026-03-03T01:00:00.000Z')).toEqual(['publish', 'cancel_schedule', 'send_back'])
  })

  it('offers nothing to a clerk on a published item', () => {
    expect(allowedReviewActions('published', ['clerk'])).toEqual([])
  })
})

describe('reviewTransition and isPublic', () => {
  it('finds the row of a step', () => {
    expect(reviewTransition('collated', 'approve')?.to).toBe('approved')
    expect(reviewTransition('draft', 'publish')).toBeUndefined()
  })

  it('shows residents published items only', () => {
    expect(REVIEW_STATES.filter(isPublic)).toEqual(['published'])
  })
})
