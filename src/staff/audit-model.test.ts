import { auditActionLabel, auditDetailLines, auditQueryOf, auditQuerySummary, AUDIT_ACTION_GROUPS, EMPTY_AUDIT_FILTER, formatChinaTime, matchingStaff, type AuditNames } from './audit-model'

const names: AuditNames = {
  departmentName: (key) => ({ 'social-affairs': '社会事务办公室' })[key] ?? key,
  staffName: (id) => ({ 3: '王芳' })[id]
}
const lines = (action: string, detail: Record<string, unknown>) => auditDetailLines({ action, detail }, names).map((l) => `${l.label}：${l.text}`)

describe('what a logged action was, in words', () => {
  it('names the actions on cases as the case page’s buttons do', () => {
    expect(auditActionLabel('request_correction')).toBe('告知补正')
    expect(auditActionLabel('return_reply')).toBe('退回答复')
  })

  it('names each step of the review of notices and guides by subject and step', () => {
    expect(auditActionLabel('notice_send_back')).toBe('公告：退回修改')
    expect(auditActionLabel('guide_approve')).toBe('办事指南：领导审批通过')
  })

  it('says when too many sign-in attempts imposed a wait', () => {
    expect(auditActionLabel('sign_in_delayed')).toBe('登录尝试过多，须等待后再试')
  })

  it('says when a case was viewed with its full identity number', () => {
    expect(auditActionLabel('view_case_with_id_number')).toBe('查看事项（含完整证件号码）')
  })

  it('keeps the code of an action this build does not know rather than hiding it', () => {
    expect(auditActionLabel('notice_teleport')).toBe('notice_teleport')
  })

  it('gives every searchable action words of its own', () => {
    const unnamed = AUDIT_ACTION_GROUPS.flatMap((g) => g.actions).filter((a) => auditActionLabel(a) === a)
    expect(unnamed).toEqual([])
  })
})

describe('when, in China time', () => {
  it('writes the instant in Beijing time whatever the device’s zone', () => {
    expect(formatChinaTime('2026-11-24T16:05:00.000Z')).toBe('2026年11月25日 00:05')
  })
})

describe('the particulars of an entry', () => {
  it('shows a publication step as the state before and after', () => {
    expect(lines('notice_publish', { noticeId: 7, before: 'approved', after: 'published' })).toEqual(['公告编号：7', '状态：领导已审批 → 已发布'])
  })

  it('shows only the fields an edit changed, before → after, under the name of what was edited', () => {
    const before = { name: '社会事务办', phone: '021-1', duties: '民政' }
    expect(lines('department_edit', { departmentId: 4, before: { id: 4, ...before }, after: { ...before, phone: '021-2' } })).toEqual([
      '部门编号：4',
      '名称：社会事务办',
      '电话：021-1 → 021-2'
    ])
  })

  it('shows a renaming as a change of name', () => {
    expect(lines('leader_edit', { leaderId: 1, before: { name: '张三', post: '主任' }, after: { name: '李四', post: '主任' } })).toEqual(['领导编号：1', '名称：张三 → 李四'])
  })

  it('names the department a case was assigned to and the handler, not their codes', () => {
    expect(lines('assign', { type: 'assign', on: '2026-11-25', recordedOn: '2026-11-25', recordedAs: 'assigned', department: 'social-affairs', handlerId: 3 })).toEqual([
      '办理日期：2026年11月25日',
      '科室：社会事务办公室',
      '承办人：王芳'
    ])
  })

  it('shows the day of entry when an action was recorded later than it happened', () => {
    expect(lines('accept', { type: 'accept', on: '2026-11-20', recordedOn: '2026-11-25' })).toEqual(['办理日期：2026年11月20日', '录入日期：2026年11月25日'])
  })

  it('writes a reply’s outcome in the regulation’s words', () => {
    expect(lines('reply', { type: 'reply', on: '2026-11-25', outcome: 'partly_disclosed', text: '现提供部分信息' })).toContain('答复结果：部分公开')
  })

  it('says that a clerk’s extension waits for approval', () => {
    expect(lines('extend', { type: 'extend', on: '2026-11-25', days: 20, reason: '需调取档案', recordedAs: 'extension_requested' })).toEqual([
      '办理日期：2026年11月25日',
      '延长：20 个工作日',
      '理由：需调取档案',
      '状态：等待负责人批准'
    ])
  })

  it('names the staff member an account action concerned, or their number when unknown', () => {
    expect(lines('disable_staff', { staffId: 3 })).toEqual(['工作人员：王芳'])
    expect(lines('reset_staff_password', { staffId: 9 })).toEqual(['工作人员：工作人员 9 号'])
  })

  it('writes a new account’s roles in words', () => {
    expect(lines('add_staff', { staffId: 3, name: '王芳', roles: ['clerk', 'head'], department: 'social-affairs' })).toEqual([
      '姓名：王芳',
      '角色：经办人、科室负责人',
      '科室：社会事务办公室'
    ])
  })

  it('shows a reply template’s text before and after, clipped when long', () => {
    const long = '您好'.repeat(50)
    expect(lines('edit_reply_template', { kind: 'complaint', outcome: 'supported', before: long, after: '已处理。' })).toEqual([
      '模板：投诉 · 予以支持',
      `修改前：${long.slice(0, 80)}…（共 100 字）`,
      '修改后：已处理。'
    ])
  })

  it('lists what a deleted reception day held', () => {
    expect(lines('reception_delete', { receptionId: 2, before: { schedule: '每月第一个星期三', place: '二楼' } })).toEqual(['接待日编号：2', '删除前接待时间：每月第一个星期三', '删除前接待地点：二楼'])
  })

  it('says what report was viewed and how', () => {
    expect(lines('view_report', { report: 'annual-disclosure', year: 2026, format: 'xlsx' })).toEqual(['报表：政府信息公开年度报告表', '年份：2026', '方式：下载 Excel'])
  })

  it('says a report without a department covered the whole sub-district', () => {
    expect(lines('view_report', { to: '2026-11-25', from: '2026-01-01', report: 'dashboard', format: 'json', department: null })).toEqual([
      '报表：办件统计',
      '范围：全街道',
      '起始日期：2026年1月1日',
      '截止日期：2026年11月25日',
      '方式：在页面查看'
    ])
  })

  it('shows a change of the reply-approval setting as the kinds before and after', () => {
    expect(lines('update_settings', { setting: 'replyApproval', before: { kinds: [] }, after: { kinds: ['info_request', 'complaint'] } })).toEqual([
      '设置：答复须经负责人批准的事项类型',
      '事项类型：（无） → 政府信息公开申请、投诉'
    ])
  })

  it('names the reconsideration and 复查 bodies an administrator set, before and after', () => {
    const body = { name: '沧澜市望川区人民政府', contact: '电话 0000-1' }
    expect(lines('update_settings', { setting: 'superiorBodies', before: { reconsiderationBody: null, reviewBody: null }, after: { reconsiderationBody: body, reviewBody: body } })).toEqual([
      '设置：复议与复查机关',
      '行政复议机关：（空） → 沧澜市望川区人民政府（电话 0000-1）',
      '复查机关：（空） → 沧澜市望川区人民政府（电话 0000-1）'
    ])
  })

  it('shows nothing for a plain view of a case', () => {
    expect(lines('view_case', {})).toEqual([])
  })
})

describe('the search of the log', () => {
  it('leaves out every empty field', () => {
    expect(auditQueryOf({ ...EMPTY_AUDIT_FILTER, actor: 'staff:3' })).toEqual({ ok: true, query: { actor: 'staff:3' } })
  })

  it('reads a tracking number typed in lower case', () => {
    expect(auditQueryOf({ ...EMPTY_AUDIT_FILTER, trackingNo: ' qs-2026-000001 ' })).toEqual({ ok: true, query: { trackingNo: 'QS-2026-000001' } })
  })

  it('refuses a range that ends before it begins, under the end date', () => {
    expect(auditQueryOf({ ...EMPTY_AUDIT_FILTER, from: '2026-11-30', to: '2026-11-01' })).toEqual({ ok: false, errors: { to: '开始日期不能晚于结束日期' } })
  })

  it('refuses a date that does not exist', () => {
    const answer = auditQueryOf({ ...EMPTY_AUDIT_FILTER, from: '2026-02-30' })
    expect(answer.ok).toBe(false)
    expect(!answer.ok && answer.errors.from).toContain('日期格式应为')
  })
})

describe('the conditions of a search in a few words', () => {
  it('names the official, the action and the days', () => {
    expect(auditQuerySummary({ actor: 'staff:3', action: 'reply', from: '2026-11-01', to: '2026-11-30' }, () => '王芳')).toBe('王芳、答复、2026年11月1日至2026年11月30日')
  })

  it('says nothing of a search without conditions', () => {
    expect(auditQuerySummary({}, () => '')).toBe('')
  })
})

describe('finding an official to search by', () => {
  const a = (id: number, name: string, phone: string, disabled = false) => ({ id, name, phone, roles: ['clerk' as const], department: 'x', disabled })

  it('finds officials by part of the name or the phone, enabled accounts first', () => {
    const all = [a(1, '王芳', '13900000001', true), a(2, '李文', '13900000002'), a(3, '王强', '13900000003')]
    expect(matchingStaff(all, '王').map((s) => s.name)).toEqual(['王强', '王芳'])
    expect(matchingStaff(all, '0002').map((s) => s.name)).toEqual(['李文'])
  })

  it('shows a few at most', () => {
    const many = Array.from({ length: 20 }, (_, i) => a(i + 1, `张${i}`, `1390000${String(i).padStart(4, '0')}`))
    expect(matchingStaff(many, '', 8)).toHaveLength(8)
  })
})
