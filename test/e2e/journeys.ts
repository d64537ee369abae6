import type { Page } from 'playwright-core'
import type { z } from 'zod'
import { ContactsSchema } from '../../src/core/schemas/contacts'
import { GuidePageSchema, GuideDetailSchema } from '../../src/core/schemas/guides'
import { HealthSchema } from '../../src/core/schemas/health'
import { NoticeDetailSchema, NoticePageSchema } from '../../src/core/schemas/notices'
import {
  check,
  measureText,
  openTab,
  saveScreenshot,
  seeText,
  tapTargets,
  visibleText
} from './ui'

/**
 * The resident journeys of the Foundation issue, in a real Chromium against `npm start`'s server.
 * What a page must show is read from the running API (the oracle), so the journeys follow the demo
 * content instead of repeating it.
 */

export interface JourneyContext {
  baseUrl: string
  /** The server's DATA_DIR (the dev SMS transport writes its codes there). */
  dataDir: string
  /** A fresh phone-sized browser context (empty storage) and a page in it. */
  newPhonePage(): Promise<Page>
  /** Prints a measured figure under the journey's result. */
  note(text: string): void
}

export interface Journey {
  name: string
  needsBrowser: boolean
  run(context: JourneyContext): Promise<void>
}

async function api<S extends z.ZodType>(context: JourneyContext, path: string, schema: S): Promise<z.infer<S>> {
  const response = await fetch(`${context.baseUrl}/api/v1${path}`)
  check(response.ok, `GET /api/v1${path} answered ${response.status}`)
  return schema.parse(await response.json())
}

/** The H5 app uses a hash router: every page is at /#/<route>. */
function appUrl(context: JourneyContext, route = 'pages/index/index'): string {
  return `${context.baseUrl}/#/${route}`
}

/** The first lines of a notice body as shown on screen (paragraphs are separated by blank lines). */
function openingWords(body: string): string {
  return body.split(/\n\s*\n/)[0].trim().slice(0, 12)
}

const healthReportsEmbeddedDatabase: Journey = {
  name: 'the server started by npm start answers /api/v1/health on the embedded PGlite database',
  needsBrowser: false,
  async run(context) {
    const health = await api(context, '/health', HealthSchema)
    check(health.status === 'ok', `health status is ${health.status}`)
    check(health.database === 'pglite', `health database is ${health.database}, expected pglite`)
  }
}

const residentReadsPolicySearchesAndFindsDutyPhone: Journey = {
  name: 'a resident opens 惠民政策, reads a notice, searches 低保 and finds the duty phone in 联系',
  needsBrowser: true,
  async run(context) {
    const page = await context.newPhonePage()
    await page.goto(appUrl(context))
    await seeText(page, '首页')
    const latest = await api(context, '/notices?page=1&pageSize=3', NoticePageSchema)
    await seeText(page, latest.items[0].title)
    await saveScreenshot(page, '01-home')

    await openTab(page, '公开')
    await seeText(page, '惠民政策')
    await saveScreenshot(page, '02-catalogue')

    await visibleText(page, '惠民政策').click()
    await page.waitForURL(/packages\/content\/notices\/index\?category=/)
    const category = new URL(page.url().replace('/#/', '/')).searchParams.get('category')
    check(category !== null, 'the 惠民政策 list has no category in its address')
    const policies = await api(context, `/notices?category=${category}&page=1&pageSize=20`, NoticePageSchema)
    check(policies.items.length > 0, '惠民政策 has no notices in the demo content')
    const first = policies.items[0]
    await seeText(page, first.title)
    await saveScreenshot(page, '03-notices')

    await visibleText(page, first.title).click()
    await page.waitForURL(new RegExp(`packages/content/notice/index\\?id=${first.id}`))
    const detail = await api(context, `/notices/${first.id}`, NoticeDetailSchema)
    await seeText(page, detail.title)
    await seeText(page, openingWords(detail.body))
    await saveScreenshot(page, '04-notice')

    await page.goto(appUrl(context, 'pages/catalogue/index'))
    const searchBox = page.locator('.search-box__input input').filter({ visible: true }).first()
    await searchBox.fill('低保')
    await page.locator('.search-box__button').filter({ visible: true }).first().click()
    await page.waitForURL(/packages\/content\/search\/index/)
    const found = await api(context, `/notices?q=${encodeURIComponent('低保')}&page=1&pageSize=20`, NoticePageSchema)
    check(found.total > 0, 'searching 低保 finds nothing in the demo content')
    await seeText(page, found.items[0].title)
    const marks = page.locator('.highlight-text__match').filter({ visible: true, hasText: '低保' })
    check((await marks.count()) > 0, 'search results do not highlight 低保')
    await saveScreenshot(page, '05-search')

    const contacts = await api(context, '/contacts', ContactsSchema)
    await page.goto(appUrl(context))
    await openTab(page, '联系')
    await seeText(page, contacts.dutyPhone.label)
    await seeText(page, contacts.dutyPhone.phone)
    await saveScreenshot(page, '07-contacts')
  }
}

const residentReadsAServiceGuide: Journey = {
  name: 'a resident opens a service guide in 办事 and sees its time limits, fee and department phone',
  needsBrowser: true,
  async run(context) {
    const page = await context.newPhonePage()
    await page.goto(appUrl(context))
    await openTab(page, '办事')
    const guides = await api(context, '/guides?page=1&pageSize=20', GuidePageSchema)
    check(guides.items.length > 0, 'the demo content has no service guides')
    await seeText(page, guides.items[0].name)
    await visibleText(page, guides.items[0].name).click()
    await page.waitForURL(/packages\/content\/guide\/index\?id=/)
    const guide = await api(context, `/guides/${guides.items[0].id}`, GuideDetailSchema)
    await seeText(page, guide.promisedLimit)
    await seeText(page, guide.statutoryLimit)
    await seeText(page, guide.department.phone)
    await saveScreenshot(page, '06-guide')
  }
}

const largeFontModeEnlargesAndPersists: Journey = {
  name: '大字模式 turned on in 我的 enlarges all 首页 text to at least 18 px and every tap target to 60 px, and survives a reload',
  needsBrowser: true,
  async run(context) {
    const page = await context.newPhonePage()
    await page.goto(appUrl(context))
    const latest = await api(context, '/notices?page=1&pageSize=3', NoticePageSchema)
    await seeText(page, latest.items[0].title)
    const normal = await measureText(page)

    await openTab(page, '我的')
    await visibleText(page, '大字模式').click()
    await saveScreenshot(page, '08-mine-large-font')

    await openTab(page, '首页')
    await seeText(page, latest.items[0].title)
    const assertLarge = async (when: string) => {
      const large = await measureText(page)
      check(large.bodyPx >= 18, `${when}: body text is ${large.bodyPx}px in 大字模式, expected at least 18px`)
      check(large.smallestPx >= 18, `${when}: some text is only ${large.smallestPx}px in 大字模式, expected all at least 18px`)
      check(large.bodyPx > normal.bodyPx, `${when}: body text ${large.bodyPx}px is not larger than normal ${normal.bodyPx}px`)
      const targets = await tapTargets(page)
      check(targets.length > 0, `${when}: 首页 shows nothing to tap`)
      const small = targets.filter((t) => t.height < 60 || t.width < 60)
      check(small.length === 0, `${when}: tap targets under 60×60 px in 大字模式: ${JSON.stringify(small)}`)
      const lowest = Math.min(...targets.map((t) => t.height))
      context.note(`${when}: body ${large.bodyPx}px, smallest ${large.smallestPx}px (normal ${normal.bodyPx}px), ${targets.length} tap targets, lowest ${lowest}px`)
    }
    await assertLarge('after switching on')
    await saveScreenshot(page, '09-home-large-font')

    await page.reload()
    await seeText(page, latest.items[0].title)
    await assertLarge('after a reload')
  }
}

const residentOpensAPdfAttachment: Journey = {
  name: 'a resident taps a notice\'s PDF attachment and the browser receives the PDF',
  needsBrowser: true,
  async run(context) {
    const notices = await api(context, '/notices?page=1&pageSize=50', NoticePageSchema)
    const withFiles = notices.items.filter((n) => n.attachmentCount > 0)
    const details = await Promise.all(withFiles.map((n) => api(context, `/notices/${n.id}`, NoticeDetailSchema)))
    const found = details.flatMap((notice) =>
      notice.attachments.filter((a) => a.mimeType === 'application/pdf').map((pdf) => ({ notice, pdf }))
    )[0]
    check(found !== undefined, 'no notice among the latest 50 has a PDF attachment')
    const { notice, pdf } = found

    const page = await context.newPhonePage()
    await page.goto(appUrl(context, `packages/content/notice/index?id=${notice.id}`))
    await seeText(page, pdf.name)
    const received = page.context().waitForEvent('response', { predicate: (r) => r.url().endsWith(pdf.url), timeout: 15_000 })
    await visibleText(page, pdf.name).click()
    const response = await received
    check(response.status() === 200, `the attachment answered ${response.status()}`)
    const type = (await response.allHeaders())['content-type'] ?? ''
    check(type.startsWith('application/pdf'), `the attachment came as ${type}, not application/pdf`)
  }
}

const contactsStayReadableOffline: Journey = {
  name: '联系 stays readable with a 离线 marker when the API cannot be reached',
  needsBrowser: true,
  async run(context) {
    const page = await context.newPhonePage()
    const contacts = await api(context, '/contacts', ContactsSchema)
    await page.goto(appUrl(context, 'pages/contacts/index'))
    await seeText(page, contacts.dutyPhone.phone)

    await page.route('**/api/v1/**', (route) => route.abort())
    await page.reload()
    await seeText(page, '离线')
    await seeText(page, contacts.dutyPhone.phone)
    await saveScreenshot(page, '10-contacts-offline')
  }
}

export const journeys: Journey[] = [
  healthReportsEmbeddedDatabase,
  residentReadsPolicySearchesAndFindsDutyPhone,
  residentReadsAServiceGuide,
  residentOpensAPdfAttachment,
  largeFontModeEnlargesAndPersists,
  contactsStayReadableOffline
]
