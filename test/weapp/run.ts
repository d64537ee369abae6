import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadConfig } from '../../server/config'
import { startServer, type RunningServer } from '../../server/main'
import { addStaffAccount } from '../../server/staff/accounts'
import { compileProblem, missingTemplates, readTemplates, type Templates } from './build-checks'
import { allPages, launch, readAppJson, tabPages, type AppJson, type Launch, type LaunchOptions } from './mini-program'

/**
 * `npm run test:weapp` (after `npm run build:weapp`): opens every page of dist/weapp headlessly
 * (test/weapp/README.md) against the real API server with the demo content, checks the texts and
 * taps a resident relies on, runs wcc over the build's WXML, then shows that a broken copy of the
 * build is caught. Prints one line per check and `weapp: N passed, M failed`; exits 1 on any failure.
 *
 * `npx tsx test/weapp/run.ts <words>` opens only the pages whose check name contains the words;
 * `npx tsx test/weapp/run.ts --show <route>` prints what a page renders, for writing checks.
 */

const ROOT = path.resolve(__dirname, '..', '..')
const BUILD_DIR = path.join(ROOT, 'dist', 'weapp')
const PASSWORD = 'weapp-headless-2026'
const LOADING = '正在加载…'
/** A subscription-message template the server lists, so that 我的事项 shows what the resident allowed. */
const PROGRESS_TEMPLATE = 'headless-progress-template'

interface Fixtures {
  api: string
  noticeId: number
  noticeTitle: string
  guideId: number
  guideTitle: string
  dutyPhone: string
  resident: Record<string, unknown>
  caseNo: string
  caseTitle: string
  staff: Record<string, unknown>
  revokedStaff: Record<string, unknown>
}

async function api<T>(base: string, method: string, route: string, body?: unknown, token?: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${base}/api/v1${route}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${route} → ${response.status}: ${text}`)
  return (text ? JSON.parse(text) : null) as T
}

/** A notice, a guide, a resident with one case, and a staff member signed in (and one signed out). */
async function prepare(server: RunningServer): Promise<Fixtures> {
  const base = server.url
  const notices = await api<{ items: { id: number; title: string }[] }>(base, 'GET', '/notices?pageSize=1')
  const guides = await api<{ items: { id: number; name: string }[] }>(base, 'GET', '/guides?pageSize=1')
  const contacts = await api<{ dutyPhone: { phone: string } }>(base, 'GET', '/contacts')
  // WeChat sign-in through the development stand-in (WECHAT_STAND_IN=1), then the privacy consent.
  const session = await api<{ token: string; expiresAt: string; accountId: number }>(base, 'POST', '/auth/wechat', { code: 'headless-resident' })
  const privacy = await api<{ version: string; notice?: string }>(base, 'GET', '/privacy')
  await api(base, 'POST', '/me/consents', { notice: 'privacy', version: privacy.version }, session.token)
  const caseTitle = '楼道灯坏了'
  const created = await api<{ trackingNo: string }>(base, 'POST', '/cases', { kind: 'suggestion', title: caseTitle, content: '三楼楼道的灯一个月没亮了' }, session.token, {
    'idempotency-key': 'weapp-headless-0001'
  })
  await addStaffAccount(server.db, 'weapp-test', { name: '周敏', phone: '13900000001', roles: ['leader', 'disclosure'], department: null, password: PASSWORD })
  const staffLogin = () => api<{ token: string; expiresAt: string }>(base, 'POST', '/staff/auth/login', { phone: '13900000001', password: PASSWORD })
  const signedIn = await staffLogin()
  const revoked = await staffLogin()
  await api(base, 'POST', '/staff/auth/logout', undefined, revoked.token)
  const staffIdentity = { name: '周敏', roles: ['leader', 'disclosure'], department: null }
  return {
    api: base,
    noticeId: notices.items[0].id,
    noticeTitle: notices.items[0].title,
    guideId: guides.items[0].id,
    guideTitle: guides.items[0].name,
    dutyPhone: contacts.dutyPhone.phone,
    // What the app keeps in wx storage (src/stores/session.ts, staff-session.ts: zustand's persist format).
    resident: { 'jf-session': JSON.stringify({ state: { token: session.token, expiresAt: session.expiresAt, accountId: session.accountId, privacyConsented: true }, version: 1 }) },
    caseNo: created.trackingNo,
    caseTitle,
    staff: { 'jf-staff-session': JSON.stringify({ state: { ...signedIn, staff: staffIdentity }, version: 0 }) },
    revokedStaff: { 'jf-staff-session': JSON.stringify({ state: { ...revoked, staff: staffIdentity }, version: 0 }) }
  }
}

interface Visit {
  name: string
  route: string
  query?: Record<string, string>
  storage?: Record<string, unknown>
  /** Device answers for this visit (LaunchOptions.overrides). */
  overrides?: LaunchOptions['overrides']
  /** The page may render nothing (it sends the visitor elsewhere). */
  leaves?: boolean
  /** Texts the page must show (each must be one rendered text, or part of one). */
  shows?: string[]
  then?(page: Launch, app: AppJson): Promise<string[]>
}

/** A wx API stand-in that answers `result` asynchronously, as WeChat does. */
const answerWith = (result: Record<string, unknown>) => (options: Record<string, unknown>) => {
  setTimeout(() => {
    if (typeof options.success === 'function') options.success({ ...result, errMsg: 'ok' })
    if (typeof options.complete === 'function') options.complete({ ...result, errMsg: 'ok' })
  }, 1)
}

/** The query a page needs to show something (a notice's id, a case's number). */
function queryFor(route: string, f: Fixtures): Record<string, string> | undefined {
  if (route === 'packages/content/notice/index') return { id: String(f.noticeId) }
  if (route === 'packages/content/guide/index') return { id: String(f.guideId) }
  if (route === 'packages/cases/form/index') return { kind: 'suggestion' }
  if (route === 'packages/cases/detail/index' || route === 'staff/case/index') return { no: f.caseNo }
  return undefined
}

const digits = (phone: string) => phone.replace(/[^\d+*#]/g, '')

/** Navigation a page asked for that a phone would refuse: switchTab to a non-tab page, navigateTo a tab or unknown page. */
export function navigationProblems(page: Launch, app: AppJson): string[] {
  const tabs = new Set(tabPages(app))
  const pages = new Set(allPages(app))
  const problems: string[] = []
  for (const call of page.calls) {
    if (!['switchTab', 'navigateTo', 'redirectTo', 'reLaunch'].includes(call.api)) continue
    const url = String((call.options as { url?: unknown } | undefined)?.url ?? '')
    const target = url.replace(/^\//, '').split('?')[0]
    if (call.api === 'switchTab' && !tabs.has(target)) problems.push(`switchTab to ${url}, which is not a tab page`)
    if (call.api !== 'switchTab' && !pages.has(target)) problems.push(`${call.api} to ${url}, which is not a page of app.json`)
    if ((call.api === 'navigateTo' || call.api === 'redirectTo') && tabs.has(target)) problems.push(`${call.api} to the tab page ${url} (WeChat only switches to tabs)`)
  }
  return problems
}

function lastNavigation(page: Launch): { api: string; url: string } | undefined {
  const call = [...page.calls].reverse().find((c) => ['switchTab', 'navigateTo', 'redirectTo', 'reLaunch'].includes(c.api))
  return call && { api: call.api, url: String((call.options as { url?: unknown }).url) }
}

/** The resident's visits with what each must show and do, then every other page of app.json. */
function visits(f: Fixtures, app: AppJson): Visit[] {
  const expectTap = async (page: Launch, text: string, api: string, url: RegExp): Promise<string[]> => {
    const missing = await tapProblem(page, text)
    if (missing) return [missing]
    const nav = lastNavigation(page)
    return nav && nav.api === api && url.test(nav.url) ? [] : [`tapping “${text}” should ${api} to ${url}, did ${nav ? `${nav.api} ${nav.url}` : 'nothing'}`]
  }
  const named: Visit[] = [
    {
      name: '首页',
      route: 'pages/index/index',
      shows: ['最新公开', '值班电话', '政务公开', '办事指南', '惠民政策', '联系我们', f.dutyPhone],
      async then(page) {
        return [
          ...(await expectTap(page, '政务公开', 'switchTab', /^\/pages\/catalogue\/index$/)),
          ...(await expectTap(page, '办事指南', 'switchTab', /^\/pages\/services\/index$/)),
          ...(await expectTap(page, '惠民政策', 'navigateTo', /^\/packages\/content\/notices\/index\?/)),
          ...(await expectTap(page, '联系我们', 'switchTab', /^\/pages\/contacts\/index$/)),
          ...(await expectTap(page, '搜索', 'navigateTo', /^\/packages\/content\/search\/index/)),
          ...(await expectTap(page, '我要留言 / 投诉建议', 'navigateTo', /^\/packages\/cases\//)),
          ...(await expectTap(page, f.noticeTitle, 'navigateTo', new RegExp(`^/packages/content/notice/index\\?id=${f.noticeId}$`))),
          ...(await expectCall(page, '拨打', f.dutyPhone))
        ]
      }
    },
    { name: '公开', route: 'pages/catalogue/index', shows: ['政务公开', '党务公开', '社区居务公开', '办事指南'] },
    { name: '办事', route: 'pages/services/index', shows: [f.guideTitle] },
    {
      name: '联系',
      route: 'pages/contacts/index',
      shows: ['站所办', '领导接待日', '领导班子', f.dutyPhone],
      async then(page) {
        return expectCall(page, '拨打', f.dutyPhone)
      }
    },
    { name: '我的', route: 'pages/mine/index', storage: f.resident, shows: ['大字模式', '工作人员入口'] },
    {
      name: 'a notice',
      route: 'packages/content/notice/index',
      shows: [f.noticeTitle],
      then: (page) => shareProblems(page, f.noticeTitle, `/packages/content/notice/index?id=${f.noticeId}`)
    },
    {
      name: 'a guide',
      route: 'packages/content/guide/index',
      shows: [f.guideTitle],
      then: (page) => shareProblems(page, f.guideTitle, `/packages/content/guide/index?id=${f.guideId}`)
    },
    {
      name: 'the case form',
      route: 'packages/cases/form/index',
      storage: f.resident,
      shows: ['标题', '提交', '照片或文件', '＋ 添加照片', '＋ 添加 PDF 文件'],
      then: privacyProblems
    },
    {
      name: '我的事项',
      route: 'packages/cases/mine/index',
      storage: f.resident,
      // The resident once allowed the progress notice and ticked 总是保持以上选择.
      overrides: { getSetting: answerWith({ authSetting: {}, subscriptionsSetting: { mainSwitch: true, itemSettings: { [PROGRESS_TEMPLATE]: 'accept' } } }) },
      shows: [f.caseTitle, f.caseNo, '微信消息提醒', '办理进度通知', '已允许']
    },
    { name: 'a case', route: 'packages/cases/detail/index', storage: f.resident, shows: [f.caseTitle, f.caseNo] },
    {
      name: 'the self-check',
      route: 'packages/selfcheck/index/index',
      shows: ['惠民政策自测', '开始自测'],
      then: (page) => shareProblems(page, '惠民政策自测', '/packages/selfcheck/index/index')
    }
  ]
  const staffPages = allPages(app).filter((r) => r.startsWith('staff/') && r !== 'staff/login/index')
  const staff: Visit[] = staffPages.flatMap((route) => [
    { name: `${route} (signed in)`, route, storage: f.staff },
    {
      name: `${route} (session revoked)`,
      route,
      storage: f.revokedStaff,
      leaves: true,
      async then(page) {
        return page.calls.some((c) => c.api === 'redirectTo' && String((c.options as { url?: unknown }).url) === '/staff/login/index') ? [] : ['a revoked staff session should be sent to /staff/login/index']
      }
    }
  ])
  const covered = new Set([...named, ...staff].map((v) => v.route))
  const rest: Visit[] = allPages(app)
    .filter((r) => !covered.has(r))
    .map((route) => ({ name: route, route, storage: f.resident }))
  return [...named, ...rest, ...staff].map((v) => ({ ...v, query: v.query ?? queryFor(v.route, f) }))
}

/** Taps `text`; says so when nothing on the page reads it. */
async function tapProblem(page: Launch, text: string): Promise<string | null> {
  try {
    await page.tap(text)
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

/** The ··· menu's 发送给朋友 and 分享到朋友圈: a title naming the page, and a path that opens it again. */
function shareProblems(page: Launch, title: string, path: string): Promise<string[]> {
  const problems: string[] = []
  try {
    const chat = page.callPage('onShareAppMessage', { from: 'menu' }) as { title?: string; path?: string } | undefined
    if (!chat?.title?.includes(title) || chat.path !== path) problems.push(`发送给朋友 should say “${title}” and open ${path}, got ${JSON.stringify(chat)}`)
    const timeline = page.callPage('onShareTimeline') as { title?: string; query?: string } | undefined
    const query = path.split('?')[1] ?? ''
    if (!timeline?.title?.includes(title) || (timeline.query ?? '') !== query) problems.push(`分享到朋友圈 should say “${title}” with query “${query}”, got ${JSON.stringify(timeline)}`)
  } catch (error) {
    problems.push(`sharing is not offered: ${error instanceof Error ? error.message : String(error)}`)
  }
  return Promise.resolve(problems)
}

/** WeChat's privacy check (onNeedPrivacyAuthorization) answered by the app's own sheet, and 不同意 passed back. */
async function privacyProblems(page: Launch): Promise<string[]> {
  const handlers = page.listeners.get('onNeedPrivacyAuthorization') ?? []
  if (handlers.length === 0) return ['the app did not register wx.onNeedPrivacyAuthorization']
  const answers: unknown[] = []
  handlers[handlers.length - 1]((answer: unknown) => answers.push(answer), { referrer: 'chooseMedia' })
  await page.settle()
  if (!page.texts().includes('隐私保护提示')) return [`no privacy sheet appeared; the page shows: ${page.texts().join(' | ').slice(0, 300)}`]
  const missing = await tapProblem(page, '不同意')
  if (missing) return [missing]
  const problems = JSON.stringify(answers) === JSON.stringify([{ event: 'disagree' }]) ? [] : [`不同意 should answer {event:'disagree'}, answered ${JSON.stringify(answers)}`]
  if (page.texts().includes('隐私保护提示')) problems.push('the privacy sheet stayed open after 不同意')
  return problems
}

async function expectCall(page: Launch, text: string, phone: string): Promise<string[]> {
  const missing = await tapProblem(page, text)
  if (missing) return [missing]
  const call = [...page.calls].reverse().find((c) => c.api === 'makePhoneCall')
  const dialled = (call?.options as { phoneNumber?: string } | undefined)?.phoneNumber
  return dialled === digits(phone) ? [] : [`tapping “${text}” should call ${digits(phone)} (shown as ${phone}), called ${dialled ?? 'nothing'}`]
}

/** Everything wrong with one visit: errors, a page stuck loading or empty, missing texts, templates, taps. */
export async function checkVisit(visit: Visit, f: Fixtures, app: AppJson, templates: Templates, buildDir: string): Promise<string[]> {
  const page = await launch({ buildDir, route: visit.route, query: visit.query, apiOrigin: f.api, storage: visit.storage, overrides: visit.overrides })
  try {
    const problems: string[] = []
    const texts = page.texts()
    if (texts.length === 0 && !visit.leaves) problems.push('the page rendered no text')
    if (texts.includes(LOADING)) problems.push(`the page is stuck on ${LOADING}`)
    for (const want of visit.shows ?? []) if (!texts.some((t) => t.includes(want))) problems.push(`does not show “${want}”`)
    problems.push(...missingTemplates(page.data.root as never, templates).map((m) => `no template in base.wxml: ${m}`))
    if (visit.then) problems.push(...(await visit.then(page, app)))
    problems.push(...navigationProblems(page, app))
    // Errors last: a tap above may have caused one.
    problems.push(...page.errors)
    if (problems.some((p) => p.startsWith('does not show'))) problems.push(`it shows: ${texts.join(' | ').slice(0, 600)}`)
    return problems
  } finally {
    page.close()
  }
}

/** A string literal as the minifier writes it: non-ASCII as \\u escapes, in double quotes. */
const escaped = (text: string) => `"${[...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`

/** A copy of the build in which `breakIt` changed one file, for showing that the checks catch it. */
function brokenCopy(buildDir: string, file: string, breakIt: (text: string) => string): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-weapp-broken-'))
  fs.cpSync(buildDir, copy, { recursive: true })
  const target = path.join(copy, file)
  const before = fs.readFileSync(target, 'utf8')
  const after = breakIt(before)
  if (after === before) throw new Error(`could not break ${file}: the text to replace is not in this build`)
  fs.writeFileSync(target, after)
  return copy
}

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(BUILD_DIR, 'app.json'))) {
    console.error('dist/weapp is missing: run `npm run build:weapp` first.')
    return 1
  }
  const args = process.argv.slice(2)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-weapp-'))
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', WECHAT_STAND_IN: '1', LOG_LEVEL: 'warn', WECHAT_TEMPLATE_IDS: PROGRESS_TEMPLATE }
  delete env.DATABASE_URL
  delete env.DB_SCHEMA
  const server = await startServer(loadConfig(env), null)
  let passed = 0
  let failed = 0
  const report = (name: string, problems: string[]) => {
    if (problems.length === 0) {
      passed += 1
      console.log(`  ✓ ${name}`)
    } else {
      failed += 1
      console.log(`  ✗ ${name}`)
      for (const p of problems) console.log(`      ${p.replace(/\n/g, '\n      ')}`)
    }
  }
  try {
    const f = await prepare(server)
    const app = readAppJson(BUILD_DIR)
    const templates = readTemplates(BUILD_DIR)
    if (args[0] === '--show') {
      const route = args[1] ?? 'pages/index/index'
      const page = await launch({ buildDir: BUILD_DIR, route, query: queryFor(route, f), apiOrigin: f.api, storage: route.startsWith('staff/') ? f.staff : f.resident })
      console.log(page.texts().join('\n'), '\n--- requests', page.requests, '\n--- errors', page.errors)
      page.close()
      return 0
    }
    console.log(`weapp: ${allPages(app).length} pages of ${path.relative(ROOT, BUILD_DIR)} against ${f.api}`)
    const only = args.join(' ')
    for (const visit of visits(f, app).filter((v) => v.name.includes(only))) {
      const began = Date.now()
      const problems = await checkVisit(visit, f, app, templates, BUILD_DIR)
      report(`${visit.name} (${((Date.now() - began) / 1000).toFixed(1)} s)`, problems)
    }
    const problem = compileProblem(BUILD_DIR)
    report('wcc compiles every .wxml and .wxs of the build', problem ? [problem] : [])

    // The checks must be able to fail: each broken copy of the build has to be reported.
    const caught = async (what: string, expected: RegExp, copy: string, check: (dir: string) => Promise<string[]> | string[]) => {
      try {
        const problems = await check(copy)
        const hit = problems.find((p) => expected.test(p))
        report(`a build with ${what} is caught`, hit ? [] : [`the checks did not report ${expected}; they reported: ${problems.join(' / ') || 'nothing'}`])
        if (hit) console.log(`      (reported: ${hit.split('\n')[0]})`)
      } finally {
        fs.rmSync(copy, { recursive: true, force: true })
      }
    }
    const home = visits(f, app)[0]
    await caught(
      'a page that throws while rendering',
      /console\.error: .*broken on purpose/,
      brokenCopy(BUILD_DIR, 'pages/index/index.js', (js) => js.replace(escaped('最新公开'), '(function(){throw new Error("broken on purpose")})()')),
      (dir) => checkVisit(home, f, readAppJson(dir), readTemplates(dir), dir)
    )
    await caught(
      'a template missing from base.wxml',
      /^no template in base\.wxml: tmpl_0_9 /,
      brokenCopy(BUILD_DIR, 'base.wxml', (wxml) => wxml.replace(/<template name="tmpl_0_9">/, '<template name="tmpl_0_9_gone">')),
      (dir) => checkVisit(home, f, readAppJson(dir), readTemplates(dir), dir)
    )
    await caught(
      'a WXML syntax error',
      /^wcc refused the build: .*pages\/index\/index\.wxml/,
      brokenCopy(BUILD_DIR, 'pages/index/index.wxml', (wxml) => `${wxml}\n<view>`),
      (dir) => [compileProblem(dir)].filter((p): p is string => p !== null)
    )
    await caught(
      'a switchTab to a page that is not a tab',
      /^switchTab to \/pages\/catalogue\/index, which is not a tab page/,
      brokenCopy(BUILD_DIR, 'app.json', (json) => json.replace('"pagePath":"pages/catalogue/index"', '"pagePath":"pages/catalogue/gone"')),
      (dir) => checkVisit(home, f, readAppJson(dir), readTemplates(dir), dir)
    )
  } finally {
    await server.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  console.log(`weapp: ${passed} passed, ${failed} failed`)
  return failed === 0 ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
