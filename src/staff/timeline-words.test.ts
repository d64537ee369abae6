import { actorLabel, eventLine, firstReceiverLabel } from './timeline-words'

describe('the staff timeline in words', () => {
  it('lists everything a correction notice asked for, and by when', () => {
    expect(eventLine({ type: 'correction_requested', data: { missing: ['身份证明', '信息名称'], correctionDueOn: '2026-12-16' } })).toBe('告知补正：身份证明；信息名称（最迟于2026年12月16日补正）')
  })

  it('says an extension waits for approval', () => {
    expect(eventLine({ type: 'extension_requested', data: { days: 20, reason: '需调取档案' } })).toBe('延期 20 个工作日（待批准）：需调取档案')
  })

  it('names the statutory outcome of a reply', () => {
    expect(eventLine({ type: 'replied', data: { outcome: 'partly_disclosed' } })).toBe('答复：部分公开')
  })

  it('names the department a case was transferred to', () => {
    const names = (key: string) => ({ 'urban-management': '城市管理办公室' })[key] ?? key
    expect(eventLine({ type: 'assigned', data: { department: 'urban-management' } }, names)).toBe('转办到 城市管理办公室')
  })

  it('names the rating and the resident’s words', () => {
    expect(eventLine({ type: 'rated', data: { rating: 'dissatisfied', comment: '没解决' } })).toBe('申请人评价：不满意（“没解决”）')
  })

  it('says what a follow-up heard and whether the problem is solved', () => {
    expect(eventLine({ type: 'followed_up', data: { residentSaid: '路灯修好了', solved: true, note: '物业确认' } })).toBe('回访：问题已解决；群众说：路灯修好了；备注：物业确认')
  })

  it('names the body a 复查 went to and whose opinion came back (信访工作条例 第三十五条)', () => {
    expect(eventLine({ type: 'review_forwarded', data: { to: '沧澜市望川区人民政府' } })).toBe('复查请求已转送至沧澜市望川区人民政府')
    expect(eventLine({ type: 'review_answered', data: { by: '沧澜市望川区人民政府', text: '维持原处理意见' } })).toBe('收到沧澜市望川区人民政府的复查意见：维持原处理意见')
  })

  it('calls the office’s own re-handling 重新办理, never 复查', () => {
    expect(eventLine({ type: 'reopened', data: {} })).toBe('重新办理（本机关）')
  })

  it('says how a reply was delivered', () => {
    expect(eventLine({ type: 'reply_delivered', data: { means: 'post' } })).toBe('答复已送达（邮寄签收）')
  })

  it('names who recorded an event', () => {
    expect(actorLabel('staff:3', { 'staff:3': '王芳' })).toBe('王芳')
    expect(actorLabel('staff:3')).toBe('工作人员 3 号')
    expect(actorLabel('resident')).toBe('申请人本人')
  })
})

describe('replies that wait for a head’s approval, in the timeline', () => {
  it('marks a drafted reply as waiting and an approved one with who approved it', () => {
    expect(eventLine({ type: 'reply_drafted', data: { outcome: 'disclosed' } })).toBe('拟写答复（待负责人审批）：予以公开')
    expect(eventLine({ type: 'replied', data: { outcome: 'disclosed', approvedBy: '李科长' } })).toBe('答复：予以公开（李科长批准）')
  })

  it('gives the head’s reason for returning a reply', () => {
    expect(eventLine({ type: 'reply_returned', data: { comment: '请补充法律依据' } })).toBe('负责人退回答复：请补充法律依据')
  })
})

describe('who is first responsible for a case (首问负责)', () => {
  it('is the official who received it at the window', () => {
    expect(firstReceiverLabel('staff:3', { 'staff:3': '王芳' })).toBe('王芳')
  })

  it('is the handling department for a case the resident submitted online, never the resident', () => {
    expect(firstReceiverLabel('resident')).toBe('网上提交，由承办科室负责')
    expect(firstReceiverLabel('resident:12')).toBe('网上提交，由承办科室负责')
  })
})

