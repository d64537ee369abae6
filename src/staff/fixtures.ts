import { aClock } from '../../mock/fixtures'
import type { StaffCaseView, StaffMe, StaffQueueItem } from '@/core/schemas/staff'

/** Test factories of the workbench (tests only). */

export { aClock }

export function aQueueItem(over: Partial<StaffQueueItem> = {}): StaffQueueItem {
  return {
    trackingNo: 'QS-2026-000001',
    kind: 'info_request',
    title: '申请公开：2025年老旧小区改造计划',
    status: 'in_progress',
    department: 'civil-affairs',
    channel: 'online',
    receivedOn: '2026-11-20',
    clock: aClock(),
    due: 'on_track',
    escalation: null,
    pendingExtension: false,
    pendingReply: false,
    ...over
  }
}

export function aStaffCase(over: Partial<StaffCaseView> = {}): StaffCaseView {
  return {
    trackingNo: 'QS-2026-000001',
    kind: 'info_request',
    title: '申请公开：2025年老旧小区改造计划',
    channel: 'online',
    phone: '13812345678',
    receivedOn: '2026-11-20',
    status: 'in_progress',
    clock: aClock(),
    body: {
      kind: 'info_request',
      content: '请公开2025年老旧小区改造计划及资金安排',
      // What the resident typed in 涉及的部门或事项: free text, not a department key.
      department: '住建',
      format: 'electronic',
      delivery: 'online',
      publishReply: false,
      applicant: { type: 'citizen', name: '王秀英', idType: 'id_card', idNumberMasked: '1101**********1234', phoneMasked: '138****5678' },
      attachments: []
    },
    applicantIdNumber: '110101195001011234',
    events: [{ type: 'received', on: '2026-11-20', data: { channel: 'online' }, actor: 'resident' }],
    allowedEvents: ['correction_requested', 'consultation_started', 'consultation_ended', 'extended', 'replied', 'withdrawn'],
    department: 'civil-affairs',
    firstReceiver: 'resident',
    pendingExtension: false,
    extensionDaysLeft: 20,
    pendingExtensionBy: null,
    pendingReply: false,
    replyTakesEffect: true,
    replyBodies: { reconsiderationBody: { name: '沧澜市望川区人民政府' }, reviewBody: { name: '沧澜市望川区人民政府' } },
    actions: ['request_correction', 'consultation_started', 'consultation_ended', 'extend', 'reply', 'note'],
    actorNames: { 'staff:1': '李文' },
    ...over
  } as StaffCaseView
}

export function aStaffMe(over: Partial<StaffMe> = {}): StaffMe {
  return { id: 1, name: '李文', phone: '13900000001', roles: ['clerk'], department: 'civil-affairs', disabled: false, actions: [], ...over }
}

export const STAFF_SIGNED_IN = { token: 'staff-token-abcdefgh', expiresAt: '2099-01-01T00:00:00+08:00' }
