// Throwaway: screenshots of the changed staff and resident pages (not committed).
import { execFileSync } from 'node:child_process'
import { chromium, type Page } from 'playwright-core'
const base = process.env.BASE!
const dataDir = process.env.DATA_DIR!
const out = process.env.OUT ?? '/tmp/web/shots'
const PASSWORD = 'shots-password-2026'
const api = async (token: string | null, method: string, route: string, body?: unknown) => {
  const r = await fetch(`${base}/api/v1${route}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) })
  const t = await r.text(); if (!r.ok) throw new Error(`${route} ${r.status} ${t}`); return JSON.parse(t)
}
;(async () => {
  const add = (name: string, phone: string, role: string, dep?: string) => { try { execFileSync('npx', ['tsx', 'scripts/staff.ts', 'add', '--name', name, '--phone', phone, '--role', role, ...(dep ? ['--department', dep] : []), '--password', PASSWORD], { env: { ...process.env, DATA_DIR: dataDir }, stdio: 'pipe' }) } catch (e) { /* exists */ } }
  add('王芳', '13911110001', 'clerk,disclosure', 'social-affairs')
  if (process.env.SKIP_CASE) { /* reuse */ }
  const { token } = await api(null, 'POST', '/staff/auth/login', { phone: '13911110001', password: PASSWORD })
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
  const c = await api(token, 'POST', '/staff/cases', { receivedOn: today, channel: 'window', residentPhone: '13511112222', residentName: '张桂兰',
    case: { kind: 'info_request', content: '请公开本街道2026年老旧小区加装电梯的补贴名单及金额', department: '加装电梯补贴', publishReply: true,
      applicant: { type: 'citizen', name: '张桂兰', idType: 'id_card', idNumber: '11010519491231002X', phone: '13511112222', address: '青石路18号3单元201' }, format: 'paper', delivery: 'post' } })
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  for (const [w, h, tag] of [[390, 844, 'phone'], [1280, 800, 'desk']] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: 'zh-CN', isMobile: w < 500, hasTouch: w < 500 })
    const page = await ctx.newPage()
    await page.goto(`${base}/#/staff/login/index`)
    const field = (l: string) => page.locator(`[aria-label="${l}"] input, input[aria-label="${l}"]`).filter({ visible: true }).first()
    await field('手机号码').fill('13911110001'); await field('密码').fill(PASSWORD)
    await page.locator('.staff-button').filter({ hasText: /^登录$/, visible: true }).first().click()
    await page.getByText('共 ').filter({ visible: true }).first().waitFor()
    const shot = async (p: Page, name: string, full = false) => { await p.waitForLoadState('networkidle'); await p.waitForTimeout(600); await p.screenshot({ path: `${out}/${name}-${tag}.png`, fullPage: full }) }
    await page.goto(`${base}/#/staff/case/index?no=${encodeURIComponent(c.trackingNo)}`)
    await page.getByText('提供形式').filter({ visible: true }).first().waitFor()
    await shot(page, 'staff-case', true)
    await page.goto(`${base}/#/staff/reports/index`)
    await page.getByText('年度报告').filter({ visible: true }).first().waitFor({ timeout: 20000 }).catch(() => undefined)
    await shot(page, 'staff-reports', true)
    const table = page.locator('.staff-annual').filter({ visible: true }).first()
    await table.waitFor({ timeout: 20000 }).catch(() => undefined)
    await table.scrollIntoViewIfNeeded().catch(() => undefined)
    await shot(page, 'staff-annual')
    const box = await page.locator('.staff-reports__scroll').filter({ visible: true }).first().evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth, page: document.documentElement.scrollWidth, tabindex: el.getAttribute('tabindex') })).catch((e) => String(e))
    console.log(tag, JSON.stringify(box))
    await ctx.close()
  }
  await browser.close()
})().catch((e) => { console.error(e); process.exit(1) })
