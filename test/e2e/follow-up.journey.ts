import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { embeddedEnv } from './app-server'
import type { Journey, JourneyContext } from './journeys'
import { latestSmsCode } from './outbox'
import { check, saveScreenshot, seeText, visibleText } from './ui'

/**
 * The follow-up (回访) loop of issues 4 and 5 in a real Chromium: a resident's complaint is answered
 * (staff API), the resident rates the reply 不满意 in the app and is told by what date the office will
 * call back; a clerk records the call on the workbench's 回访任务 page; the resident then rates once
 * more in the app.
 */

const REPO_ROOT = path.resolve(__dirname, '..', '..')
const PASSWORD = 'e2e-password-2026'
// Prefixes no other journey uses, so that the accounts of one run never collide.
const stamp = String(Date.now()).slice(-8)
const residentPhone = `132${stamp}`
const clerkPhone = `133${stamp}`
// A department of the demo office that no other journey uses (npm run staff refuses unknown ones).
const department = 'labour'

const appUrl = (context: JourneyContext, route: string) => `${context.baseUrl}/#/${route}`
const field = (page: Page, label: string) =>
  page.locator(`[aria-label="${label}"] input, [aria-label="${label}"] textarea`).filter({ visible: true }).first()
const residentButton = (page: Page, text: string) => page.locator('.jf-action').filter({ hasText: text, visible: true }).first()
const staffButton = (page: Page, text: string) => page.locator('.staff-button').filter({ hasText: new RegExp(`^${text}$`), visible: true }).first()
const choice = (page: Page, text: string) => page.getByText(text, { exact: true }).filter({ visible: true }).first()

/** Accept, assign and reply as the system (the token in DATA_DIR/secrets.json), as the case journey does. */
async function staffEvent(context: JourneyContext, trackingNo: string, event: object): Promise<void> {
  const { staffToken } = JSON.parse(fs.readFileSync(path.join(context.dataDir, 'secrets.json'), 'utf8')) as { staffToken: string }
  const answer = await fetch(`${context.baseUrl}/api/v1/staff/cases/${trackingNo}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${staffToken}` },
    body: JSON.stringify(event)
  })
  check(answer.ok, `the staff event ${JSON.stringify(event)} answered ${answer.status}: ${await answer.text()}`)
}

async function residentSignsIn(page: Page, context: JourneyContext): Promise<void> {
  await page.goto(appUrl(context, 'packages/cases/login/index'))
  await field(page, '手机号码').fill(residentPhone)
  await visibleText(page, '获取短信验证码').click()
  await seeText(page, /验证码已发送/)
  await field(page, '短信验证码').fill(latestSmsCode(context.dataDir, residentPhone))
  await residentButton(page, '登录').click()
  await seeText(page, '我的事项')
}

/**
 * Brings `text` to the top of the screen (below the navigation bar) and lets the toast of the last
 * action fade, so that the picture shows what the step was about.
 */
async function showAtTop(page: Page, text: string): Promise<void> {
  await visibleText(page, text).evaluate((element) => {
    element.scrollIntoView({ block: 'start' })
    window.scrollBy(0, -56)
  })
  // The toast's wrapper has no size of its own, so Playwright calls it hidden while it shows.
  await page.waitForFunction(() => [...document.querySelectorAll('.taro__toast')].every((toast) => getComputedStyle(toast).display === 'none'))
}

async function rate(page: Page, rating: string, comment: string): Promise<void> {
  await choice(page, rating).click()
  await field(page, '想说的话').fill(comment)
  await residentButton(page, '提交评价').click()
  await seeText(page, `您的评价：${rating}`)
}

const residentIsCalledBackAndRatesAgain: Journey = {
  name: 'a resident rates a reply 不满意, is told by when the office will call back, a clerk records the call on 回访任务, and the resident rates once more',
  needsBrowser: true,
  async run(context) {
    const title = `${stamp.slice(-4)}号楼楼道堆物无人清理`
    const resident = await context.newPhonePage()
    await residentSignsIn(resident, context)
    await resident.goto(appUrl(context, 'packages/cases/form/index?kind=complaint'))
    await field(resident, '标题').fill(title)
    await field(resident, '具体内容').fill('楼道里堆满杂物，挡住了消防通道，请尽快清理。')
    await field(resident, '联系电话').fill(residentPhone)
    await residentButton(resident, '提交').click()
    await seeText(resident, '✓ 已提交，街道已经收到', 20_000)
    const trackingNo = ((await visibleText(resident, /^事项编号：/).textContent()) ?? '').replace('事项编号：', '').trim()

    execFileSync('npx', ['tsx', 'scripts/staff.ts', 'add', '--name', '测试回访人', '--phone', clerkPhone, '--role', 'clerk', '--department', department, '--password', PASSWORD], {
      cwd: REPO_ROOT,
      env: embeddedEnv(context.dataDir),
      stdio: 'pipe'
    })
    await staffEvent(context, trackingNo, { type: 'accept' })
    await staffEvent(context, trackingNo, { type: 'assign', department })
    await staffEvent(context, trackingNo, { type: 'reply', outcome: 'explained', text: '已通知物业三日内清理楼道。' })

    await visibleText(resident, '查看办理进度').click()
    await seeText(resident, '已通知物业三日内清理楼道。')
    await rate(resident, '不满意', '物业只清了一半')
    await seeText(resident, '街道会给您回电话（回访）')
    const promise = (await visibleText(resident, /街道最迟于.+联系您/).textContent()) ?? ''
    const by = /街道最迟于(\d{4}年\d{1,2}月\d{1,2}日)联系您/.exec(promise)?.[1]
    check(by !== undefined, `the promise of a call back reads 「${promise}」, without a date`)
    await seeText(resident, '回访以后，您可以再评价一次。')
    await seeText(resident, '已答复，等待街道回访')
    await showAtTop(resident, '街道的答复')
    await saveScreenshot(resident, 'follow-up-01-call-back-promised')

    const clerk = await context.newPhonePage()
    await clerk.goto(appUrl(context, 'staff/login/index'))
    await field(clerk, '手机号码').fill(clerkPhone)
    await field(clerk, '密码').fill(PASSWORD)
    await staffButton(clerk, '登录').click()
    await seeText(clerk, '共 ')
    await clerk.goto(appUrl(context, 'staff/followups/index'))
    await seeText(clerk, title)
    await seeText(clerk, '评价时说：“物业只清了一半”')
    await saveScreenshot(clerk, 'follow-up-02-workbench-owed')
    const row = clerk.locator('.staff-followups__row').filter({ hasText: title, visible: true }).first()
    await row.locator('.staff-followups__record').click()
    await field(clerk, '群众的意见（回访时群众怎么说）').fill('楼道已经清理干净，谢谢街道。')
    await choice(clerk, '已解决').click()
    await staffButton(clerk, '确认回访').click()
    await row.waitFor({ state: 'detached' })
    await clerk.locator('.staff-followups__tabs [role="radio"]').filter({ hasText: '已回访', visible: true }).first().click()
    await seeText(clerk, '群众说：楼道已经清理干净，谢谢街道。')
    await seeText(clerk, '✓ 问题已解决')
    await showAtTop(clerk, '最近的在前')
    await saveScreenshot(clerk, 'follow-up-03-workbench-recorded')

    await resident.reload()
    await seeText(resident, '街道已回访')
    await seeText(resident, '回访以后，您对处理结果满意吗？')
    await rate(resident, '满意', '回访以后清理干净了')
    await seeText(resident, '您的评价：不满意')
    check((await resident.locator('.jf-action').filter({ hasText: '提交评价', visible: true }).count()) === 0, 'the resident is offered a third rating')
    await showAtTop(resident, '办理经过')
    await saveScreenshot(resident, 'follow-up-04-rated-again')
    context.note(`${trackingNo}: 不满意, call back promised by ${by}, followed up, then 满意`)
  }
}

export const followUpJourneys: Journey[] = [residentIsCalledBackAndRatesAgain]
