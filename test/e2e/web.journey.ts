import type { Page } from 'playwright-core'
import { ContactsSchema } from '../../src/core/schemas/contacts'
import { NoticePageSchema } from '../../src/core/schemas/notices'
import type { Journey, JourneyContext } from './journeys'
import { check, measureText, openTab, saveScreenshot, seeText, tapTargets, visibleText } from './ui'

/**
 * The web build as a resident on a phone meets it (issue 13): what a first visit costs over the
 * wire, the app without network once it has been opened, the map link, and 大字模式 in the parts
 * Taro draws itself (tab bar, title bar).
 */

/** Issue 13: a cold first load of 首页 transfers at most 160 KB, CSS included, fonts excluded. */
const FIRST_LOAD_BUDGET_BYTES = 160 * 1024

async function latestTitle(context: JourneyContext): Promise<string> {
  const response = await fetch(`${context.baseUrl}/api/v1/notices?page=1&pageSize=3`)
  check(response.ok, `GET /notices answered ${response.status}`)
  return NoticePageSchema.parse(await response.json()).items[0].title
}

const appUrl = (context: JourneyContext, route = 'pages/index/index') => `${context.baseUrl}/#/${route}`

interface Transfer {
  url: string
  type: string
  bytes: number
}

/** Bytes on the wire of every request the page makes (headers included), as Chromium counts them. */
async function recordTransfers(page: Page): Promise<() => Transfer[]> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  const byId = new Map<string, Transfer>()
  cdp.on('Network.responseReceived', (e) => byId.set(e.requestId, { url: e.response.url, type: e.type, bytes: 0 }))
  cdp.on('Network.loadingFinished', (e) => {
    const transfer = byId.get(e.requestId)
    if (transfer) transfer.bytes = e.encodedDataLength
  })
  return () => [...byId.values()]
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

const firstLoadFitsTheBudget: Journey = {
  name: 'a cold first load of 首页 transfers at most 160 KB (CSS included, fonts excluded), compressed',
  needsBrowser: true,
  async run(context) {
    const title = await latestTitle(context)
    const page = await context.newPhonePage()
    const transfers = await recordTransfers(page)
    await page.goto(appUrl(context))
    await seeText(page, title)
    await page.waitForLoadState('networkidle')
    const counted = transfers().filter((t) => t.type !== 'Font')
    const total = counted.reduce((sum, t) => sum + t.bytes, 0)
    const of = (type: string) => kb(counted.filter((t) => t.type === type).reduce((sum, t) => sum + t.bytes, 0))
    context.note(
      `first load of 首页: ${kb(total)} in ${counted.length} requests (scripts ${of('Script')}, styles ${of('Stylesheet')}, API ${of('Fetch')}, document ${of('Document')}, images ${of('Image')}); budget ${kb(FIRST_LOAD_BUDGET_BYTES)}`
    )
    const script = counted.find((t) => t.type === 'Script')
    check(script !== undefined, 'the first load fetched no script')
    const encoding = await page.evaluate(async (url) => (await fetch(url, { cache: 'no-store' })).headers.get('content-encoding'), script.url)
    check(encoding === 'gzip' || encoding === 'br', `${script.url} came ${encoding ?? 'uncompressed'}`)
    const favicon = await fetch(`${context.baseUrl}/favicon.ico`)
    check(favicon.ok, `/favicon.ico answered ${favicon.status}`)
    check(total <= FIRST_LOAD_BUDGET_BYTES, `the first load of 首页 transferred ${kb(total)}, over the budget of ${kb(FIRST_LOAD_BUDGET_BYTES)}`)
  }
}

const appOpensOffline: Journey = {
  name: 'without network the app still opens: 首页 reloads with its 离线 marker, and a tab never opened before opens and says in words that it has nothing saved',
  needsBrowser: true,
  async run(context) {
    const title = await latestTitle(context)
    const page = await context.newPhonePage()
    await page.goto(appUrl(context))
    await seeText(page, title)
    // The service worker has stored the app (shell, every page's code, tab icons) once it is active.
    const active = await page.evaluate(async () => {
      const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 30_000))
      const registration = await Promise.race([navigator.serviceWorker.ready, timeout])
      const worker = registration?.active
      if (!worker) return null
      if (worker.state !== 'activated') {
        await Promise.race([new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(true))), timeout])
      }
      return worker.state
    })
    check(active === 'activated', `the service worker is ${active ?? 'not registered'} after 30 s`)

    // Offline for the page and for its service worker: Chromium's offline mode does not reach a
    // request the service worker lets through, the context's routes do.
    await page.context().setOffline(true)
    await page.context().route('**/*', (route) => route.abort('internetdisconnected'))
    await page.reload()
    await seeText(page, title)
    await seeText(page, '离线')
    await saveScreenshot(page, 'web-01-home-offline')

    await openTab(page, '办事')
    await seeText(page, '没有加载成功')
    await seeText(page, '网络连接失败')
    await saveScreenshot(page, 'web-02-services-never-loaded-offline')

    await openTab(page, '我的')
    await seeText(page, '大字模式')
  }
}

const mapOpensInTheBrowser: Journey = {
  name: '地图 beside the office address opens Amap’s page at the office’s coordinates, labelled with its name',
  needsBrowser: true,
  async run(context) {
    const response = await fetch(`${context.baseUrl}/api/v1/contacts`)
    const { office } = ContactsSchema.parse(await response.json())
    const page = await context.newPhonePage()
    // The machine running the journeys has no Internet: Amap's page is stood in for.
    await page.context().route('https://uri.amap.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>高德地图</title>' }))
    await page.goto(appUrl(context, 'pages/contacts/index'))
    await seeText(page, office.address)
    const link = page.locator('a.jf-address--link').filter({ visible: true, hasText: office.address }).first()
    const href = new URL((await link.getAttribute('href')) ?? '')
    check(href.origin + href.pathname === 'https://uri.amap.com/marker', `地图 links to ${href.href}`)
    const [longitude, latitude] = (href.searchParams.get('position') ?? '').split(',').map(Number)
    check(latitude === office.location.latitude && longitude === office.location.longitude, `地图 points at ${href.searchParams.get('position')}, the office is at ${office.location.longitude},${office.location.latitude}`)
    check((href.searchParams.get('name') ?? '').includes(office.name), `the marker is labelled ${href.searchParams.get('name')}`)
    const opened = page.context().waitForEvent('page', { timeout: 10_000 })
    await visibleText(page, '地图').click()
    const map = await opened
    await map.waitForLoadState()
    check(map.url().startsWith('https://uri.amap.com/marker'), `tapping 地图 opened ${map.url()}`)
  }
}

const largeFontReachesTaroChrome: Journey = {
  name: '大字模式 also enlarges the tab bar’s labels to 18 px and the title bar’s back button to 60 px, which has a name',
  needsBrowser: true,
  async run(context) {
    const page = await context.newPhonePage()
    await page.goto(appUrl(context, 'pages/mine/index'))
    await visibleText(page, '大字模式').click()
    await openTab(page, '公开')
    await seeText(page, '惠民政策')
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll('.weui-tabbar__label')].map((label) => parseFloat(getComputedStyle(label).fontSize))
    )
    check(labels.length === 5 && labels.every((px) => px >= 18), `tab bar labels are ${labels.join(', ')} px in 大字模式`)
    const tabs = await page.evaluate(() =>
      [...document.querySelectorAll('.weui-tabbar__item')].map((tab) => {
        const box = tab.getBoundingClientRect()
        return Math.min(box.width, box.height)
      })
    )
    check(tabs.every((px) => px >= 60), `tab bar items are ${tabs.map(Math.round).join(', ')} px in 大字模式`)

    await visibleText(page, '惠民政策').click()
    await page.waitForURL(/packages\/content\/notices\/index/)
    const back = page.getByRole('button', { name: '返回上一页' })
    await back.waitFor({ state: 'visible' })
    const box = await back.boundingBox()
    check(box !== null && box.width >= 60 && box.height >= 60, `the back button is ${box?.width}×${box?.height} px in 大字模式`)
    const text = await measureText(page)
    check(text.smallestPx >= 18, `some text of the notice list is ${text.smallestPx} px in 大字模式`)
    const small = (await tapTargets(page)).filter((t) => t.width < 60 || t.height < 60)
    check(small.length === 0, `tap targets under 60 px on the notice list: ${JSON.stringify(small)}`)
    await saveScreenshot(page, 'web-03-notices-large-font')
    context.note(`大字模式: tab labels ${Math.min(...labels)} px, tab items ≥ ${Math.round(Math.min(...tabs))} px, back button ${box.width}×${box.height} px, smallest text ${text.smallestPx} px`)

    await back.click()
    await seeText(page, '惠民政策')
  }
}

export const webJourneys: Journey[] = [firstLoadFitsTheBudget, appOpensOffline, mapOpensInTheBrowser, largeFontReachesTaroChrome]
