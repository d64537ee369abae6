import type { Clock } from '@/core/schemas/clock'
import type { Contacts } from '@/core/schemas/contacts'
import type { GuideDetail, GuideSummary } from '@/core/schemas/guides'
import type { Page } from '@/core/schemas/common'
import type { Catalogue, NoticeDetail, NoticeSummary } from '@/core/schemas/notices'

/**
 * Typed sample answers of the API for app tests, shaped by the core schemas (src/api/content.test.ts
 * parses each one). Factories take overrides: aNotice({ title: '…' }).
 */

/** A case's clock in its reply step, 12 working days left; the cases pages and the staff workbench share it. */
export function aClock(overrides: Partial<Clock> = {}): Clock {
  return {
    step: 'reply',
    dueDate: '2026-12-18',
    unit: 'working_days',
    remaining: 12,
    status: 'on_track',
    provisional: false,
    paused: false,
    policy: { id: 'disclosure-2019', title: '政府信息公开条例', citation: '《中华人民共和国政府信息公开条例》第三十三条' },
    explanation: ['2026年11月20日收到申请，当日不计入。', '自次日起算 20 个工作日，第20个工作日为2026年12月18日。'],
    ...overrides
  }
}

export function aNotice(overrides: Partial<NoticeSummary> = {}): NoticeSummary {
  return {
    id: 1,
    title: '2026年城乡居民最低生活保障标准调整的通知',
    category: 'gov-benefits',
    department: '社会事务办公室',
    publishedAt: '2026-11-20',
    timeliness: 'adhoc',
    attachmentCount: 1,
    excerpt: '自2026年12月1日起，城市低保标准调整为每人每月1480元。',
    ...overrides
  }
}

export function aNoticeDetail(overrides: Partial<NoticeDetail> = {}): NoticeDetail {
  return {
    ...aNotice(),
    body: '自2026年12月1日起，城市低保标准调整为每人每月1480元。\n\n已纳入低保的家庭无需重新申请，差额随12月保障金一并发放。',
    bodyFormat: 'text',
    attachments: [
      { id: 11, name: '低保标准调整文件.pdf', mimeType: 'application/pdf', size: 183_204, url: '/api/v1/attachments/11' },
      { id: 12, name: '申请流程图.png', mimeType: 'image/png', size: 54_020, url: '/api/v1/attachments/12' }
    ],
    commentUntil: null,
    ...overrides
  }
}

export function aNoticePage(items: NoticeSummary[] = [aNotice()], overrides: Partial<Page<NoticeSummary>> = {}): Page<NoticeSummary> {
  return { items, total: items.length, page: 1, pageSize: 20, ...overrides }
}

/** `count` notices with ids from `firstId`, newest first. */
export function someNotices(count: number, firstId = 1): NoticeSummary[] {
  return Array.from({ length: count }, (_, i) =>
    aNotice({ id: firstId + i, title: `公开信息第${firstId + i}条`, publishedAt: `2026-11-${String(28 - (i % 27)).padStart(2, '0')}` })
  )
}

export const catalogue: Catalogue = {
  categories: [
    {
      id: 'basic',
      name: '基本情况',
      description: '街道的机构、领导分工和服务承诺',
      content: 'notices',
      count: 3,
      children: [
        { id: 'basic-profile', name: '机构概况', description: '机构设置和职责', content: 'notices', count: 2, children: [] },
        { id: 'basic-commitments', name: '服务承诺', description: '我们承诺做到的事和答复时限', content: 'notices', count: 1, children: [] }
      ]
    },
    {
      id: 'gov',
      name: '政务公开',
      description: '政策、资金、项目和办事结果',
      content: 'notices',
      count: 12,
      children: [
        { id: 'gov-benefits', name: '惠民政策', description: '低保、医保、残疾人救助、养老保险等政策', content: 'notices', count: 7, children: [] },
        { id: 'gov-finance', name: '财政预决算与三公经费', description: '预算、决算和三公经费', content: 'notices', count: 5, children: [] }
      ]
    },
    { id: 'guides', name: '办事指南', description: '办什么事、带什么材料、多久办好', content: 'guides', count: 15, children: [] },
    { id: 'consultation', name: '决策征求意见', description: '重大决策征求意见和听证', content: 'notices', count: 0, children: [] }
  ]
}

export function aGuide(overrides: Partial<GuideSummary> = {}): GuideSummary {
  return {
    id: 1,
    name: '最低生活保障申请',
    summary: '家庭人均收入低于本市低保标准的居民，可申请最低生活保障。',
    topic: '社会救助',
    departmentName: '社会事务办公室',
    promisedLimit: '15个工作日',
    ...overrides
  }
}

export function aGuideDetail(overrides: Partial<GuideDetail> = {}): GuideDetail {
  return {
    ...aGuide(),
    legalBasis: ['《社会救助暂行办法》第九条至第十三条'],
    procedure: ['向户籍所在地社区提出申请', '街道入户调查和家庭经济状况核对', '社区公示7天', '区民政局审批'],
    materials: [
      { name: '居民身份证', copies: '原件及复印件各1份', note: null },
      { name: '户口簿', copies: '原件及复印件各1份', note: '全体家庭成员' }
    ],
    statutoryLimit: '30个工作日',
    feeStandard: '不收费',
    feeBasis: '《社会救助暂行办法》',
    body: '',
    department: {
      id: 3,
      name: '社会事务办公室',
      phone: '0571-8765 4321',
      address: '青石街道为民服务中心一楼3号窗口',
      location: { latitude: 30.2741, longitude: 120.1551 },
      hours: '工作日 8:30—12:00，13:30—17:00'
    },
    ...overrides
  }
}

export const contacts: Contacts = {
  office: {
    name: '青石街道办事处',
    address: '青石路188号',
    location: { latitude: 30.2741, longitude: 120.1551 },
    hours: '工作日 8:30—12:00，13:30—17:00'
  },
  dutyPhone: { label: '值班电话', phone: '0571-8765 0000', hours: '24小时' },
  supervisionHotline: { label: '监督热线', phone: '0571-8765 1234', hours: '工作日 8:30—17:00' },
  leaders: [
    { id: 1, name: '王建国', post: '党工委书记', duties: '主持党工委全面工作', phone: '0571-8765 0001', photoUrl: '/api/v1/leaders/1/photo' },
    { id: 2, name: '李秀英', post: '办事处主任', duties: '主持办事处行政工作，分管财政、审计', phone: '0571-8765 0002', photoUrl: null }
  ],
  departments: [
    {
      id: 1,
      name: '社会事务办公室',
      duties: '低保、残疾人救助、养老服务',
      phone: '0571-8765 4321',
      address: '青石街道为民服务中心一楼',
      location: { latitude: 30.2741, longitude: 120.1551 },
      hours: '工作日 8:30—17:00'
    },
    {
      id: 2,
      name: '城市管理办公室',
      duties: '市容环境、违章搭建',
      phone: '0571-8765 4322',
      address: '青石路190号二楼',
      location: null,
      hours: '工作日 8:30—17:00'
    }
  ],
  receptions: [
    { id: 1, leaderName: '王建国', leaderPost: '党工委书记', when: '每月第一个星期三 上午 9:00—11:30', place: '为民服务中心二楼接待室', topics: '综合事项' }
  ]
}
