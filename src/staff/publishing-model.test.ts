import { checkNoticeDraft, EMPTY_NOTICE_FORM, needsComment } from './publishing-model'

describe('publishing forms', () => {
  it('asks for a comment to send back and a reason to unpublish, not to approve', () => {
    expect(needsComment('send_back')).toBe(true)
    expect(needsComment('unpublish')).toBe(true)
    expect(needsComment('approve')).toBe(false)
  })

  it('asks an ad-hoc notice for the day of its decision', () => {
    const checked = checkNoticeDraft({ ...EMPTY_NOTICE_FORM, title: '冬季供暖安排', category: 'gov-practical', departmentId: 1, timeliness: 'adhoc', body: '正文' })
    expect(checked).toEqual({ ok: false, errors: { decisionDate: '及时公开的内容请填写作出决定的日期（应在决定后 3 日内发布）' } })
  })

  it('accepts a complete draft', () => {
    const checked = checkNoticeDraft({ ...EMPTY_NOTICE_FORM, title: '冬季供暖安排', category: 'gov-practical', departmentId: 1, timeliness: 'adhoc', decisionDate: '2026-11-20', body: '正文' })
    expect(checked.ok && checked.body).toMatchObject({ title: '冬季供暖安排', decisionDate: '2026-11-20', commentUntil: null })
  })
})
