import { actorLabel, eventLine } from './timeline-words'

describe('the staff timeline in words', () => {
  it('lists everything a correction notice asked for, and by when', () => {
    expect(eventLine({ type: 'correction_requested', data: { missing: ['身份证明', '信息名称'], correctionDueOn: '2026-12-16' } })).toBe('告知补正：身份证明；信息名称（2026-12-16前）')
  })

  it('says an extension waits for approval', () => {
    expect(eventLine({ type: 'extension_requested', data: { days: 20, reason: '需调取档案' } })).toBe('延期 20 个工作日（待批准）：需调取档案')
  })

  it('names the statutory outcome of a reply', () => {
    expect(eventLine({ type: 'replied', data: { outcome: 'partly_disclosed' } })).toBe('答复：部分公开')
  })

  it('names who recorded an event', () => {
    expect(actorLabel('staff:3', { 'staff:3': '王芳' })).toBe('王芳')
    expect(actorLabel('staff:3')).toBe('工作人员 3 号')
    expect(actorLabel('resident')).toBe('申请人本人')
  })
})
