import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import type { Journey, JourneyContext } from './journeys'
import { latestSmsCode } from './outbox'
import { check, saveScreenshot, seeText, visibleText } from './ui'

/**
 * The journey of issue 4 in a real Chromium: a resident signs in with the SMS code the dev transport
 * wrote to DATA_DIR/outbox/sms.jsonl, sends an information request with a photo, agrees to the
 * privacy notice, sees the tracking number and the due date; staff reply through the staff API; the
 * resident reads the reply and rates it.
 */

/** The smallest valid PNG (1×1), so that the server's content check sees a real image. */
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

function staffToken(dataDir: string): string {
  const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { staffToken: string }
  return secrets.staffToken
}

/** A phone number no earlier run has used, so that the account is new (no consent yet, no rate limit). */
const freshPhone = (prefix: '138' | '139') => `${prefix}${String(Date.now()).slice(-8)}`

const appUrl = (context: JourneyContext, route: string) => `${context.baseUrl}/#/${route}`
const field = (page: Page, label: string) =>
  page.locator(`[aria-label="${label}"] input, [aria-label="${label}"] textarea`).filter({ visible: true }).first()
const button = (page: Page, text: string) => page.locator('.jf-action').filter({ hasText: text, visible: true }).first()

const residentSendsAnInformationRequestAndRatesTheReply: Journey = {
  name: 'a resident signs in with the SMS code, sends an information request with a photo, sees its number and due date, then reads the reply and rates it',
  needsBrowser: true,
  async run(context) {
    const phone = freshPhone('138')
    const page = await context.newPhonePage()
    await signIn(page, context, phone)

    await page.goto(appUrl(context, 'packages/cases/new/index'))
    await visibleText(page, '政府信息公开申请 ›').click()
    await field(page, '需要公开的信息').fill('2025年本街道老旧小区改造计划及资金安排')
    await field(page, '姓名').fill('张桂兰')
    await field(page, '证件号码').fill('11010519491231002X')
    await field(page, '手机号码').fill(phone)
    await visibleText(page, '电子文件').click()
    await visibleText(page, '在本程序里查看').click()
    const photo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-photo-')), 'photo.png')
    fs.writeFileSync(photo, PNG_1X1)
    const chooser = page.waitForEvent('filechooser')
    await visibleText(page, '＋ 添加照片').click()
    await (await chooser).setFiles(photo)
    await seeText(page, '照片 1')

    await button(page, '提交').click()
    await seeText(page, '我已阅读并理解上面的说明')
    await visibleText(page, '我已阅读并理解上面的说明').click()
    await button(page, '同意，继续提交').click()
    await seeText(page, '✓ 已提交，街道已经收到', 20_000)
    const trackingNo = ((await visibleText(page, /^事项编号：/).textContent()) ?? '').replace('事项编号：', '').trim()
    check(/^[A-Z]{2}-\d{4}-\d{6,}$/.test(trackingNo), `the tracking number shown is 「${trackingNo}」`)
    await seeText(page, /还剩 20 个工作日，最迟于\d{4}年\d{1,2}月\d{1,2}日答复/)
    await saveScreenshot(page, 'cases-01-submitted')
    context.note(`submitted ${trackingNo}`)

    const token = staffToken(context.dataDir)
    const reply = await fetch(`${context.baseUrl}/api/v1/staff/cases/${trackingNo}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ type: 'reply', outcome: 'disclosed', text: '您申请的改造计划及资金安排见附件。' })
    })
    check(reply.ok, `the staff reply answered ${reply.status}`)

    await visibleText(page, '查看办理进度').click()
    await seeText(page, '您申请的改造计划及资金安排见附件。')
    await seeText(page, '结果：予以公开')
    await visibleText(page, '基本满意').click()
    await button(page, '提交评价').click()
    await seeText(page, '您的评价：基本满意')
    await saveScreenshot(page, 'cases-02-replied-and-rated')

    const opened = page.context().waitForEvent('page')
    await visibleText(page, '照片 1').click()
    const photoTab = await opened
    await photoTab.waitForLoadState()
    check(photoTab.url().startsWith('blob:'), `the photo opened at ${photoTab.url()}, expected the downloaded copy`)

    const mine = await fetch(`${context.baseUrl}/api/v1/cases/${trackingNo}`)
    check(mine.status === 401, `a case without a session answered ${mine.status}, expected 401`)
  }
}

async function signIn(page: Page, context: JourneyContext, phone: string): Promise<void> {
  await page.goto(appUrl(context, 'packages/cases/login/index'))
  await field(page, '手机号码').fill(phone)
  await visibleText(page, '获取短信验证码').click()
  await seeText(page, /验证码已发送/)
  await field(page, '短信验证码').fill(latestSmsCode(context.dataDir, phone))
  await button(page, '登录').click()
  await seeText(page, '我的事项')
}

const anInterruptedSubmissionIsSentOnceWithItsKey: Journey = {
  name: 'a suggestion sent without network waits as 待发送 and, resent, becomes one case with one Idempotency-Key',
  needsBrowser: true,
  async run(context) {
    const page = await context.newPhonePage()
    await signIn(page, context, freshPhone('139'))
    await page.goto(appUrl(context, 'packages/cases/form/index?kind=suggestion'))
    await field(page, '标题').fill('小区门口加装休息座椅')
    await field(page, '具体内容').fill('老人在门口等车没有地方坐，建议加两张座椅。')

    const keys: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/cases') keys.push(request.headers()['idempotency-key'] ?? '')
    })
    await page.route('**/api/v1/cases', (route) => route.abort('internetdisconnected'))
    await button(page, '提交').click()
    await seeText(page, '待发送：还没有送到街道')
    await page.unroute('**/api/v1/cases')
    await button(page, '重新发送').click()
    await seeText(page, '✓ 已提交，街道已经收到', 20_000)
    check(keys.length >= 2 && new Set(keys).size === 1, `the submission was sent with keys ${JSON.stringify(keys)}, expected one key resent`)
    context.note(`sent ${keys.length} times with one key`)

    await page.goto(appUrl(context, 'packages/cases/mine/index'))
    await seeText(page, '小区门口加装休息座椅')
    check((await page.getByText('小区门口加装休息座椅').filter({ visible: true }).count()) === 1, 'the suggestion is listed more than once in 我的事项')
  }
}

export const caseJourneys: Journey[] = [residentSendsAnInformationRequestAndRatesTheReply, anInterruptedSubmissionIsSentOnceWithItsKey]
