import { checkAction, emptyActionValues, extensionApprovalNote, extensionHint, remediesPreview } from './action-form'

const values = (over: Partial<ReturnType<typeof emptyActionValues>> = {}) => ({ ...emptyActionValues(), ...over })

describe('checking an action before it is sent', () => {
  it('asks for the reason of 不予受理', () => {
    expect(checkAction('not_accept', 'complaint', values())).toEqual({ ok: false, errors: { reason: '请填写理由' } })
  })

  it('asks for everything missing at once when requesting a correction', () => {
    expect(checkAction('request_correction', 'info_request', values())).toEqual({ ok: false, errors: { missing: '请列出需要补正的全部内容（一次性告知）' } })
  })

  it('sends the checklist and the period of a correction', () => {
    const checked = checkAction('request_correction', 'info_request', values({ missing: ['申请人身份证明', ' '], periodDays: '10' }))
    expect(checked).toEqual({ ok: true, body: { type: 'request_correction', missing: ['申请人身份证明'], periodDays: 10 } })
  })

  it('refuses an extension of 0 days and one without a reason', () => {
    expect(checkAction('extend', 'info_request', values({ days: '0' }))).toEqual({ ok: false, errors: { reason: '请填写理由', days: '延长天数至少为 1' } })
  })

  it('asks a reply to an information request for its outcome and its text', () => {
    expect(checkAction('reply', 'info_request', values())).toEqual({ ok: false, errors: { outcome: '请选择答复结果', text: '请填写答复内容' } })
  })

  it('sends the body holding the information with a 无法提供 reply (政府信息公开条例 第三十六条第（五）项)', () => {
    const checked = checkAction('reply', 'info_request', values({ outcome: 'unavailable_not_held', text: '本机关不掌握。', holderName: '某区住建局', holderContact: ' ' }))
    expect(checked.ok && checked.body).toMatchObject({ holder: { name: '某区住建局' } })
  })

  it('sends no holding body with another outcome', () => {
    const checked = checkAction('reply', 'info_request', values({ outcome: 'disclosed', text: '予以公开。', holderName: '某区住建局' }))
    expect(checked.ok && 'holder' in checked.body && checked.body.holder).toBeFalsy()
  })

  it('asks for the legal basis of an outcome that has no article of its own', () => {
    expect(checkAction('reply', 'info_request', values({ outcome: 'other', text: '另行处理。' }))).toEqual({
      ok: false,
      errors: { legalBasis: '这种答复结果没有对应的条款，请写明所依据的法律条款' }
    })
  })

  it('sends a complete reply with its basis and remedies', () => {
    const checked = checkAction('reply', 'info_request', values({ outcome: 'partly_disclosed', text: '部分公开，见附件。', legalBasis: '第三十七条' }))
    expect(checked.ok && checked.body).toMatchObject({ type: 'reply', outcome: 'partly_disclosed', legalBasis: '第三十七条', attachments: [] })
  })

  it('does not ask a 信访 reply for a legal basis', () => {
    expect(checkAction('reply', 'complaint', values({ outcome: 'supported', text: '已处理。' })).ok).toBe(true)
  })

  it('previews the remedies of the chosen outcome, reconsideration first for 不予公开 (行政复议法 第二十三条)', () => {
    const district = { name: '某区人民政府' }
    const preview = remediesPreview('info_request', 'withheld_internal_affairs', { reconsiderationBody: district, reviewBody: district })
    expect(preview).toMatchObject({ ok: true, text: expect.stringContaining('依法先向某区人民政府申请行政复议') })
  })

  it('says the reply cannot go out while the office has no reconsideration body', () => {
    expect(remediesPreview('info_request', 'disclosed', { reconsiderationBody: null, reviewBody: null })).toMatchObject({ ok: false, message: expect.stringContaining('还没有设置行政复议机关') })
  })

  it('forwards a 复查 request to the office’s 复查 body unless another is named', () => {
    expect(checkAction('forward_review', 'complaint', values())).toEqual({ ok: true, body: { type: 'forward_review' } })
    expect(checkAction('forward_review', 'complaint', values({ body: '某市信访局' }))).toEqual({ ok: true, body: { type: 'forward_review', to: '某市信访局' } })
  })

  it('asks for the text of the higher body’s 复查 opinion', () => {
    expect(checkAction('record_review_opinion', 'complaint', values())).toEqual({ ok: false, errors: { text: '请填写复查意见的内容' } })
  })

  it('asks how a reply was delivered', () => {
    expect(checkAction('record_delivery', 'complaint', values())).toEqual({ ok: false, errors: { means: '请选择送达方式：当面交付或邮寄' } })
    expect(checkAction('record_delivery', 'complaint', values({ means: 'post', on: '2026-11-20' }))).toEqual({ ok: true, body: { type: 'record_delivery', means: 'post', on: '2026-11-20' } })
  })

  it('asks for the code of the department a case is assigned to', () => {
    expect(checkAction('assign', 'complaint', values({ department: '城管科' }))).toEqual({
      ok: false,
      errors: { department: '科室代码只能由小写字母、数字和连字符组成，以字母开头，2 到 40 个字符' }
    })
  })

  it('refuses an impossible day of the event', () => {
    expect(checkAction('accept', 'complaint', values({ on: '2026-02-30' }))).toEqual({
      ok: false,
      errors: { on: '日期格式应为“年-月-日”，例如 2025-03-01，且必须是真实存在的日期' }
    })
  })

  it('asks for the text of a note', () => {
    expect(checkAction('note', 'complaint', values())).toEqual({ ok: false, errors: { text: '请填写备注' } })
  })
})

describe('the extension form', () => {
  it('says the limit in the law’s unit and what is left of it (条例 第三十三条, 信访工作条例 第三十四条)', () => {
    expect(extensionHint('info_request', 20)).toBe('延长合计不超过 20 个工作日；须在答复期限届满前决定。')
    expect(extensionHint('info_request', 5)).toBe('延长合计不超过 20 个工作日，本件还能延长 5 个工作日；须在答复期限届满前决定。')
    expect(extensionHint('complaint', 12)).toBe('延长合计不超过 30 日，本件还能延长 12 日；须在办理期限届满前决定。')
  })

  it('names the approver the law names, never the person who asks (条例 第三十三条, 信访工作条例 第三十四条)', () => {
    expect(extensionApprovalNote('info_request')).toContain('政务公开工作机构负责人批准（不能由本人批准）')
    expect(extensionApprovalNote('complaint')).toContain('本机关负责人（分管领导）批准')
  })
})

describe('the follow-up form (回访)', () => {
  it('asks what the resident said and whether the problem is solved', () => {
    expect(checkAction('follow_up', 'complaint', values())).toEqual({ ok: false, errors: { residentSaid: '请填写群众的意见', solved: '请选择问题是否已经解决' } })
  })

  it('sends the resident’s words, the answer as yes or no, and the note', () => {
    expect(checkAction('follow_up', 'complaint', values({ residentSaid: '已经修好了', solved: 'yes', text: '物业已确认' }))).toEqual({
      ok: true,
      body: { type: 'follow_up', residentSaid: '已经修好了', solved: true, note: '物业已确认' }
    })
  })
})
