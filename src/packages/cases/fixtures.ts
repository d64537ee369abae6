import type { CaseDetail, CaseSummary, TimelineEntry } from '@/core/schemas/cases'
import { aClock } from '../../../mock/fixtures'

/** Test factories for the cases pages (never imported by the app itself). */

export { aClock }

export function aCaseSummary(over: Partial<CaseSummary> = {}): CaseSummary {
  return {
    trackingNo: 'XG-2026-000123',
    kind: 'info_request',
    status: 'in_progress',
    receivedOn: '2026-11-20',
    clock: aClock(),
    title: '申请公开：2025年老旧小区改造计划',
    statusLabel: '街道正在办理，等待答复',
    waitingOn: 'office',
    ...over
  }
}

const received: TimelineEntry = { type: 'received', on: '2026-11-20', label: '街道已收到您的申请' }

export function aCaseDetail(over: Partial<CaseDetail> = {}): CaseDetail {
  return {
    ...aCaseSummary(),
    content: '2025年老旧小区改造计划及资金安排',
    attachments: [],
    publishReply: false,
    applicant: { type: 'citizen', name: '张桂兰', idType: 'id_card', idNumberMasked: '1101**********1234', phoneMasked: '138****5678' },
    format: 'electronic',
    delivery: 'online',
    citation: '《中华人民共和国政府信息公开条例》第三十三条',
    timeline: [received],
    canWithdraw: true,
    canRate: false,
    canRequestReview: false,
    suggestsReview: true,
    canCompleteCorrection: false,
    ...over
  }
}

export const timeline = {
  received,
  correctionRequested: {
    type: 'correction_requested',
    on: '2026-11-23',
    label: '需要您补正材料',
    missing: ['身份证正反面照片', '所需信息的大致年份'],
    correctionDueOn: '2026-12-14'
  } satisfies TimelineEntry,
  replied: {
    type: 'replied',
    on: '2026-12-01',
    label: '街道已答复',
    outcome: 'disclosed',
    text: '您申请的改造计划已于附件提供。\n资金安排见第三页。'
  } satisfies TimelineEntry
}

/** A signed-in session whose token is still good. */
export const SIGNED_IN = { token: 'tok-abcdefghijklmnop', expiresAt: '2099-01-01T00:00:00+08:00', accountId: 7 }
