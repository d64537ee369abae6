import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { DemoContent, DemoNotice } from '../../demo/types'

/**
 * A small office for tests of the content repositories and routes. The notices about 低保 are built to
 * test search ranking: one names it in its title, the others only in their bodies, one of them three
 * times; a withdrawn one must never be found.
 */

export const PDF_BYTES = Buffer.from('%PDF-1.4\n% test attachment\n%%EOF\n')
export const PNG_BYTES = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')

/** Writes the fixture's files to a fresh temporary directory and returns it. */
export function writeFixtureFiles(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-content-'))
  fs.mkdirSync(path.join(dir, 'notices'))
  fs.mkdirSync(path.join(dir, 'leaders'))
  fs.writeFileSync(path.join(dir, 'notices', 'standard.pdf'), PDF_BYTES)
  fs.writeFileSync(path.join(dir, 'notices', 'chart.png'), PNG_BYTES)
  fs.writeFileSync(path.join(dir, 'leaders', 'director.png'), PNG_BYTES)
  return dir
}

export const aNotice = (overrides: Partial<DemoNotice>): DemoNotice => ({
  title: '公告',
  category: 'gov-practical',
  departmentKey: 'party-office',
  publishedAt: '2026-01-05',
  timeliness: 'adhoc',
  body: '正文。',
  attachments: [],
  commentUntil: null,
  ...overrides
})

export const TITLES = {
  standard: '2026年城乡低保标准调整公告',
  thriceInBody: '社会救助政策问答',
  onceInBodyNewer: '十一月困难群众走访情况',
  onceInBodyOlder: '第三季度社区救助对象公示',
  unrelated: '青石路停水通知',
  percent: '惠民实事完成率100%',
  consultation: '老年助餐点设置方案征求意见',
  withdrawn: '已撤下的低保旧标准'
} as const

export const fixtureContent: DemoContent = {
  office: {
    name: '测试市青石街道办事处',
    address: '测试市青石路18号',
    location: { latitude: 31.2, longitude: 118.87 },
    hours: '工作日 上午8:30—12:00'
  },
  dutyPhone: { label: '街道值班电话', phone: '0000-66012000', hours: '24小时' },
  supervisionHotline: { label: '政务公开监督热线', phone: '0000-66012345', hours: '工作日' },
  superiorBodies: { reconsiderationBody: { name: '测试市某区人民政府' }, reviewBody: { name: '测试市某区人民政府' } },
  departments: [
    {
      key: 'party-office',
      name: '党政办公室',
      duties: '政务公开和信访接待',
      phone: '0000-66012201',
      address: '青石路18号301室',
      location: { latitude: 31.2, longitude: 118.87 },
      hours: '工作日'
    },
    {
      key: 'social-affairs',
      name: '社会事务办公室',
      duties: '低保、临时救助和高龄津贴',
      phone: '0000-66012203',
      address: '青石路18号1楼',
      location: null,
      hours: '工作日'
    }
  ],
  leaders: [
    { name: '李明', post: '党工委书记', duties: '主持党工委全面工作', phone: '0000-66012101', photo: 'leaders/director.png' },
    { name: '王芳', post: '办事处副主任', duties: '分管社会事务和民政工作', phone: '0000-66012102', photo: null }
  ],
  receptions: [{ leaderName: '王芳', when: '每月第一个星期三 上午9:00—11:30', place: '为民服务中心二楼接待室', topics: '社会救助、养老服务' }],
  notices: [
    aNotice({
      title: TITLES.standard,
      category: 'gov-benefits',
      departmentKey: 'social-affairs',
      publishedAt: '2026-01-10',
      timeliness: 'fixed',
      body: '经市政府批准，城市低保标准调整为每人每月1450元。\n\n调整自2026年1月1日起执行。',
      attachments: [
        { name: '2026年低保标准.pdf', file: 'notices/standard.pdf', mimeType: 'application/pdf' },
        { name: '标准对比图.png', file: 'notices/chart.png', mimeType: 'image/png' }
      ]
    }),
    aNotice({
      title: TITLES.thriceInBody,
      category: 'gov-benefits',
      departmentKey: 'social-affairs',
      publishedAt: '2026-03-01',
      body: '问：谁可以申请？答：家庭人均收入低于当地标准的，可申请低保。问：低保金何时发放？答：每月10日前发放到低保家庭账户。'
    }),
    aNotice({
      title: TITLES.onceInBodyNewer,
      category: 'gov-practical',
      publishedAt: '2026-02-20',
      body: '街道走访了辖区困难家庭，其中低保家庭二十三户。'
    }),
    aNotice({
      title: TITLES.onceInBodyOlder,
      category: 'community-assistance',
      departmentKey: 'social-affairs',
      publishedAt: '2026-02-01',
      timeliness: 'periodic',
      body: '本季度新增低保对象三户，停发一户。'
    }),
    aNotice({ title: TITLES.unrelated, category: 'gov-safety', publishedAt: '2026-02-25', body: '因管道维修，2月26日上午停水。' }),
    aNotice({ title: TITLES.percent, category: 'gov-practical', publishedAt: '2026-01-20', body: '十件惠民实事已全部完成，完成率100%。' }),
    aNotice({
      title: TITLES.consultation,
      category: 'consultation',
      publishedAt: '2026-02-10',
      body: '为方便老年人就餐，拟在青石路设置助餐点，现公开征求意见。',
      commentUntil: '2026-02-24'
    }),
    aNotice({ title: TITLES.withdrawn, category: 'gov-benefits', publishedAt: '2025-06-01', body: '低保标准为每人每月1380元。' })
  ],
  guides: [
    {
      name: '最低生活保障申请',
      summary: '家庭收入低于低保标准的居民申请低保',
      topic: '社会救助',
      departmentKey: 'social-affairs',
      legalBasis: ['《社会救助暂行办法》'],
      procedure: ['提出申请', '入户调查', '审核公示', '审批发放'],
      materials: [{ name: '户口簿', copies: '原件及复印件1份', note: null }],
      statutoryLimit: '30个工作日',
      promisedLimit: '20个工作日',
      feeStandard: '不收费',
      feeBasis: '无'
    },
    {
      name: '高龄津贴申领',
      summary: '80周岁以上老年人申领高龄津贴',
      topic: '养老服务',
      departmentKey: 'social-affairs',
      legalBasis: ['《老年人权益保障法》'],
      procedure: ['提出申请', '审核', '发放'],
      materials: [{ name: '身份证', copies: '原件', note: '代办的另带代办人身份证' }],
      statutoryLimit: '无',
      promisedLimit: '10个工作日',
      feeStandard: '不收费',
      feeBasis: '无'
    }
  ]
}

/** Published notices of the fixture: all but the withdrawn one, which tests withdraw after loading. */
export const PUBLISHED_COUNT = fixtureContent.notices.length - 1

/** Withdraws the fixture's withdrawn notice (loading publishes everything). */
export const WITHDRAW_SQL = `UPDATE notices SET status = 'withdrawn' WHERE title = '${TITLES.withdrawn}'`
