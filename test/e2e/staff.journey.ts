import { execFileSync } from 'node:child_process'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { AnnualDisclosureTableSchema, DashboardSchema } from '../../src/core/schemas/reports'
import { StaffQueueSchema, StaffSessionSchema } from '../../src/core/schemas/staff'
import { embeddedEnv } from './app-server'
import { latestSmsCode } from './outbox'
import type { Journey, JourneyContext } from './journeys'
import { check, saveScreenshot, seeText, visibleText } from './ui'

/**
 * The workbench journey of issue 5 in a real Chromium: a clerk signs in, finds a new information
 * request in the queue in deadline order, requests a correction; the completed application is
 * recorded; the clerk asks for an extension, the head of the disclosure office approves it, the clerk replies 部分公开; the
 * dashboard and the yearly disclosure table count the reply.
 */

const REPO_ROOT = path.resolve(__dirname, '..', '..')
const PASSWORD = 'e2e-password-2026'
const stamp = String(Date.now()).slice(-8)
const appUrl = (context: JourneyContext, route: string) => `${context.baseUrl}/#/${route}`
const button = (page: Page, text: string) => page.locator('.staff-button').filter({ hasText: new RegExp(`^${text}$`), visible: true }).first()
const field = (page: Page, label: string) =>
  page.locator(`[aria-label="${label}"] input, [aria-label="${label}"] textarea, input[aria-label="${label}"], textarea[aria-label="${label}"]`).filter({ visible: true }).first()

/** `npm run staff -- add …`: through the running server's API, as an office would create accounts. */
function addStaff(context: JourneyContext, name: string, phone: string, role: string, department?: string): void {
  const inDepartment = department ? ['--department', department] : []
  execFileSync('npx', ['tsx', 'scripts/staff.ts', 'add', '--name', name, '--phone', phone, '--role', role, ...inDepartment, '--password', PASSWORD], {
    cwd: REPO_ROOT,
    env: embeddedEnv(context.dataDir),
    stdio: 'pipe'
  })
}

async function apiAs<T>(context: JourneyContext, token: string | null, method: string, route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${context.baseUrl}/api/v1${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  check(response.ok, `${method} ${route} answered ${response.status}: ${await response.clone().text()}`)
  return (await response.json()) as T
}

/** Signs in on the workbench and waits for the page it lands on (the queue, or 管理 for an administrator). */
async function signInAs(page: Page, context: JourneyContext, phone: string, landsOn: string): Promise<void> {
  await page.goto(appUrl(context, 'staff/login/index'))
  await field(page, '手机号码').fill(phone)
  await field(page, '密码').fill(PASSWORD)
  await button(page, '登录').click()
  await seeText(page, landsOn)
}

const signIn = (page: Page, context: JourneyContext, phone: string) => signInAs(page, context, phone, '共 ')

const clerkHandlesAnInformationRequest: Journey = {
  name: 'a clerk finds a new information request in deadline order, requests a correction, gets an extension approved by the head of the disclosure office and replies 部分公开, which the reports count',
  needsBrowser: true,
  async run(context) {
    // A department of the demo office that no other journey uses, so the dashboard counts only this case.
    const department = 'economy'
    const clerkPhone = `137${stamp}`
    const headPhone = `136${stamp}`
    const officePhone = `134${stamp}`
    addStaff(context, '测试经办人', clerkPhone, 'clerk', department)
    addStaff(context, '测试公开办主任', headPhone, 'disclosure_head', department)
    addStaff(context, '测试公开办', officePhone, 'disclosure', department)
    const { token } = StaffSessionSchema.parse(await apiAs(context, null, 'POST', '/staff/auth/login', { phone: clerkPhone, password: PASSWORD }))

    const receivedOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
    const title = `申请公开：${stamp}号楼加装电梯补贴名单`
    const created = await apiAs<{ trackingNo: string }>(context, token, 'POST', '/staff/cases', {
      receivedOn,
      channel: 'post',
      residentPhone: `135${stamp}`,
      residentName: '张桂兰',
      case: {
        kind: 'info_request',
        title,
        content: `请公开本街道${stamp}号楼加装电梯的补贴名单及金额`,
        // 涉及的部门或事项: the applicant's own words, shown to the clerk as written.
        department: '加装电梯补贴',
        applicant: { type: 'citizen', name: '张桂兰', idType: 'id_card', idNumber: '11010519491231002X', phone: `135${stamp}` },
        format: 'electronic',
        delivery: 'online'
      }
    })
    const trackingNo = created.trackingNo

    const page = await context.newPhonePage()
    await signIn(page, context, clerkPhone)
    await seeText(page, title)
    const queue = StaffQueueSchema.parse(await apiAs(context, token, 'GET', '/staff/cases?kind=info_request&pageSize=50'))
    const at = queue.items.findIndex((c) => c.trackingNo === trackingNo)
    check(at >= 0, `${trackingNo} is not in the clerk's queue`)
    const due = queue.items[at].clock.dueDate ?? ''
    check(
      queue.items.slice(0, at).every((c) => c.clock.dueDate !== null && c.clock.dueDate <= due),
      `a case due after ${due} is listed above ${trackingNo}`
    )
    await saveScreenshot(page, 'staff-01-queue')

    await visibleText(page, title).click()
    await seeText(page, '11010519491231002X')
    await button(page, '告知补正').click()
    await visibleText(page, '☐ 申请人身份证明（身份证复印件或照片）').click()
    await button(page, '确认告知补正').click()
    await seeText(page, '‖ 等待申请人补正')
    await saveScreenshot(page, 'staff-02-correction-requested')

    await button(page, '登记已补正').click()
    await button(page, '确认登记已补正').click()
    await seeText(page, /还剩 \d+ 个工作日/)

    await button(page, '延期').click()
    await field(page, '延期理由').fill('需调取住建部门档案核对名单')
    await button(page, '确认延期').click()
    await seeText(page, '※ 有延期申请等待负责人批准')

    const head = await context.newPhonePage()
    await signIn(head, context, headPhone)
    await head.goto(appUrl(context, `staff/case/index?no=${trackingNo}`))
    await button(head, '批准延期').click()
    await button(head, '确认批准延期').click()
    await seeText(head, /延期 20 个工作日：需调取住建部门档案核对名单/)

    await page.reload()
    await button(page, '答复').click()
    await visibleText(page, '部分公开').click()
    await field(page, '答复内容').fill('补贴名单予以公开，个人银行账号不予公开，见附件。')
    await button(page, '确认答复').click()
    await seeText(page, '答复：部分公开')
    await saveScreenshot(page, 'staff-03-replied')

    const year = Number(receivedOn.slice(0, 4))
    const dashboard = DashboardSchema.parse(await apiAs(context, token, 'GET', `/staff/reports/dashboard?from=${receivedOn}&to=${receivedOn}&department=${department}`))
    check(dashboard.replied === 1 && dashboard.received === 1, `the dashboard counts ${dashboard.received} received, ${dashboard.replied} replied`)
    // The yearly table is the whole office's: the disclosure office reads it.
    const office = StaffSessionSchema.parse(await apiAs(context, null, 'POST', '/staff/auth/login', { phone: officePhone, password: PASSWORD }))
    const table = AnnualDisclosureTableSchema.parse(await apiAs(context, office.token, 'GET', `/staff/reports/annual-disclosure?year=${year}`))
    const cell = table.rows.find((r) => r.key === 'partly_disclosed')?.counts?.citizen ?? 0
    check(cell >= 1, `the yearly table shows ${cell} 部分公开 for 自然人`)
    context.note(`${trackingNo}: replied 部分公开 after an approved extension`)
  }
}

/** A resident's session, signed in with the SMS code of the dev transport. */
async function residentToken(context: JourneyContext, phone: string): Promise<string> {
  await apiAs(context, null, 'POST', '/auth/sms', { phone })
  return (await apiAs<{ token: string }>(context, null, 'POST', '/auth/sms/verify', { phone, code: latestSmsCode(context.dataDir, phone) })).token
}

/** What the resident reads of the case. */
async function residentView(context: JourneyContext, token: string, trackingNo: string): Promise<{ status: string; timeline: string[] }> {
  const detail = await apiAs<{ status: string; timeline: { type: string }[] }>(context, token, 'GET', `/cases/${trackingNo}`)
  return { status: detail.status, timeline: detail.timeline.map((e) => e.type) }
}

const headApprovesAClerksReply: Journey = {
  name: 'where the office wants complaint replies approved, a clerk’s reply waits unseen by the resident until the head reads and approves it',
  needsBrowser: true,
  async run(context) {
    const department = 'finance'
    const clerkPhone = `133${stamp}`
    const headPhone = `132${stamp}`
    const adminPhone = `131${stamp}`
    const residentPhone = `130${stamp}`
    addStaff(context, '审批经办人', clerkPhone, 'clerk', department)
    addStaff(context, '审批科长', headPhone, 'head', department)
    addStaff(context, '系统管理员', adminPhone, 'admin')
    const login = async (phone: string) => StaffSessionSchema.parse(await apiAs(context, null, 'POST', '/staff/auth/login', { phone, password: PASSWORD })).token

    const admin = await context.newPhonePage()
    await signInAs(admin, context, adminPhone, '答复审批')
    await visibleText(admin, '☐ 投诉').click()
    // 管理 has several settings, each with its own 保存: this one is 答复审批's.
    await admin.locator('[aria-label="答复审批设置"]').locator('[role="button"]').filter({ hasText: '保存', visible: true }).first().click()
    await seeText(admin, '已保存，从现在起按新的设置办理。')
    await saveScreenshot(admin, 'staff-04-reply-approval-setting')

    const clerkToken = await login(clerkPhone)
    const receivedOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
    const { trackingNo } = await apiAs<{ trackingNo: string }>(context, clerkToken, 'POST', '/staff/cases', {
      receivedOn,
      channel: 'phone',
      residentPhone,
      residentName: '刘大爷',
      case: { kind: 'complaint', title: `${stamp}号楼楼道灯不亮`, content: '楼道灯坏了一个月，晚上上下楼看不见。', department }
    })
    await apiAs(context, clerkToken, 'POST', `/staff/cases/${trackingNo}/events`, { type: 'accept' })

    const page = await context.newPhonePage()
    await signIn(page, context, clerkPhone)
    await page.goto(appUrl(context, `staff/case/index?no=${trackingNo}`))
    await button(page, '答复（报负责人审批）').click()
    await seeText(page, '提交后等待科室负责人审批，批准后才发给申请人。')
    await visibleText(page, '支持').first().click()
    await field(page, '答复内容').fill('已安排物业三日内更换楼道灯。')
    await button(page, '确认答复').click()
    await seeText(page, '※ 有答复等待负责人审批，还没有发给申请人')
    const resident = await residentToken(context, residentPhone)
    check(!(await residentView(context, resident, trackingNo)).timeline.includes('replied'), 'the resident sees a reply the head has not approved')

    const head = await context.newPhonePage()
    await signIn(head, context, headPhone)
    await head.goto(appUrl(context, `staff/case/index?no=${trackingNo}`))
    await button(head, '批准答复').click()
    await seeText(head, '已安排物业三日内更换楼道灯。')
    await saveScreenshot(head, 'staff-05-reply-waiting-for-approval')
    await button(head, '确认批准答复').click()
    await seeText(head, /答复：.*（审批科长批准）/)
    const seen = await residentView(context, resident, trackingNo)
    check(seen.status === 'replied' && seen.timeline.includes('replied'), `after the approval the resident sees ${seen.status}`)
    context.note(`${trackingNo}: the clerk's reply went out after the head approved it`)
  }
}

export const staffJourneys: Journey[] = [clerkHandlesAnInformationRequest, headApprovesAClerksReply]
