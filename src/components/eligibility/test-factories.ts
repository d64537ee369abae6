import type { Explanation, ParameterUse, ProgrammeResult } from '@/core/schemas/eligibility'

/** Small factories for the self-check's component tests; imported only by *.test.tsx files. */

export function aParameterUse(overrides: Partial<ParameterUse> = {}): ParameterUse {
  return {
    name: 'dibaoUrbanMonthly',
    label: '城市低保标准（每人每月）',
    value: 1450,
    version: 'canglan-2026',
    effectiveFrom: '2026-01-01',
    source: '示例通知',
    example: true,
    ...overrides
  }
}

export function anExplanation(overrides: Partial<Explanation> = {}): Explanation {
  return {
    id: 'dibao',
    label: '最低生活保障',
    result: 'pass',
    logic: 'all',
    text: '各项条件都满足。',
    children: [
      { id: 'hukou', label: '户籍', result: 'pass', text: '您的户口在本街道。' },
      {
        id: 'income',
        label: '家庭人均收入',
        result: 'pass',
        text: '家庭人均月收入 1,000 元，低于城市低保标准 1,450 元。',
        parameters: [aParameterUse()]
      }
    ],
    ...overrides
  }
}

export function aProgrammeResult(overrides: Partial<ProgrammeResult> = {}): ProgrammeResult {
  return {
    id: 'dibao',
    name: '最低生活保障',
    scope: 'household',
    departmentKey: 'social_affairs',
    guideName: '最低生活保障申请',
    legalBasis: ['《社会救助暂行办法》'],
    materials: ['户口簿、身份证', '家庭收入情况说明'],
    status: 'eligible',
    summary: '您家人均收入低于本地低保标准，可能符合低保条件。',
    amount: { kind: 'assessed', text: '按家庭人均收入与低保标准的差额发放，金额需经审核确定', parameters: [] },
    explanation: anExplanation(),
    needs: [],
    askAtWindow: [],
    ...overrides
  }
}
