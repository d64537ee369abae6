import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'

/**
 * What a journey needs to look at the H5 app as a resident does: the visible page (Taro's H5 router
 * keeps earlier pages in the DOM, hidden), the tab bar, screenshots and measured sizes.
 */

export const PHONE_VIEWPORT = { width: 390, height: 844 }
/**
 * `npm run screenshots` writes the README's pictures (E2E_SCREENSHOT_DIR=test/e2e/screenshots); a test
 * run writes to a temporary folder, so `npm test` never rewrites committed files.
 */
export const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR
  ? path.resolve(process.env.E2E_SCREENSHOT_DIR)
  : path.join(os.tmpdir(), 'jiefang-e2e-screenshots')
/** The README shows these; GitHub renders them inline, so keep them small. */
const SCREENSHOT_MAX_BYTES = 300 * 1024

export class JourneyFailure extends Error {
  override name = 'JourneyFailure'
}

export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new JourneyFailure(message)
}

/** Text as the resident sees it: only on the page being shown. */
export function visibleText(page: Page, text: string | RegExp): Locator {
  return page.getByText(text).filter({ visible: true }).first()
}

export async function seeText(page: Page, text: string | RegExp, timeout = 15_000): Promise<void> {
  try {
    await visibleText(page, text).waitFor({ state: 'visible', timeout })
  } catch {
    throw new JourneyFailure(`expected to see 「${String(text)}」 on ${page.url()}, but it is not shown`)
  }
}

export async function openTab(page: Page, label: '首页' | '公开' | '办事' | '联系' | '我的'): Promise<void> {
  await page.locator('.weui-tabbar__item').filter({ hasText: label }).click()
}

/**
 * Every page a journey photographs is also checked with axe-core: a critical or serious violation
 * fails the journey; lesser ones are counted and printed at the end of the run.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  // Let images and the page transition settle, so the picture shows what a resident would see.
  await page.waitForLoadState('networkidle').catch(() => undefined)
  await page.waitForTimeout(400)
  await checkAccessibility(page, name)
  await page.screenshot({ path: file, type: 'png' })
  const bytes = fs.statSync(file).size
  check(bytes < SCREENSHOT_MAX_BYTES, `screenshot ${name}.png is ${bytes} bytes, over the README budget of ${SCREENSHOT_MAX_BYTES}`)
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  nodes: number
  /** The first offending element, to find it. */
  example: string
}

/** What axe found on each page checked in this run, for the summary. */
export const accessibilityReport: { page: string; violations: AxeViolation[] }[] = []

const BLOCKING = new Set(['critical', 'serious'])

/** Runs axe-core on the shown page; fails on a critical or serious violation. */
export async function checkAccessibility(page: Page, name: string): Promise<void> {
  // Evaluated through the DevTools protocol: an inline <script> tag would be refused by the app's CSP (server/plugins/helmet.ts).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe
    // Taro's router keeps earlier pages in the document, hidden: axe skips what is not displayed.
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, example: v.nodes[0]?.target.join(' ') ?? '' }))
  })
  accessibilityReport.push({ page: name, violations })
  const blocking = violations.filter((v) => v.impact !== null && BLOCKING.has(v.impact))
  check(blocking.length === 0, `axe on ${name}: ${blocking.map((v) => `${v.impact} ${v.id} ×${v.nodes} (${v.example})`).join('; ')}`)
}

/** One line per kind of lesser violation found in the run, and how many pages were checked. */
export function accessibilitySummary(): string[] {
  const lesser = new Map<string, number>()
  for (const { violations } of accessibilityReport) {
    for (const v of violations) lesser.set(`${v.impact} ${v.id}`, (lesser.get(`${v.impact} ${v.id}`) ?? 0) + 1)
  }
  const blocking = accessibilityReport.filter(({ violations }) => violations.some((v) => v.impact !== null && BLOCKING.has(v.impact))).length
  return [
    `axe: ${accessibilityReport.length} pages checked, ${blocking} with a critical or serious violation`,
    ...[...lesser.entries()].map(([what, pages]) => `axe:   ${what} on ${pages} page(s)`)
  ]
}

export interface TextSizes {
  /** The font size (px) that most visible characters on the shown page use: its body text. */
  bodyPx: number
  /** The smallest font size (px) of any visible text. */
  smallestPx: number
}

/** Measures the visible page's text, weighted by the number of characters in each size. */
export function measureText(page: Page): Promise<TextSizes> {
  return page.evaluate(() => {
    const chars = new Map<number, number>()
    // Every page renders inside PageShell; hidden pages have no size and are skipped.
    for (const shell of document.querySelectorAll('[data-testid="page-shell"]')) {
      const walker = document.createTreeWalker(shell, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').trim()
        const element = node.parentElement
        if (!text || !element) continue
        const box = element.getBoundingClientRect()
        if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') continue
        const px = parseFloat(getComputedStyle(element).fontSize)
        chars.set(px, (chars.get(px) ?? 0) + text.length)
      }
    }
    const sizes = [...chars.entries()]
    if (sizes.length === 0) return { bodyPx: 0, smallestPx: 0 }
    const bodyPx = sizes.reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]
    return { bodyPx, smallestPx: Math.min(...sizes.map(([px]) => px)) }
  })
}

export interface TapTarget {
  label: string
  width: number
  height: number
}

/** Every tappable element (role link or button) on the shown page, with its size in CSS px. */
export function tapTargets(page: Page): Promise<TapTarget[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="page-shell"] [role="link"], [data-testid="page-shell"] [role="button"]')]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .map(({ element, box }) => ({
        label: (element.textContent ?? '').trim().slice(0, 20),
        width: Math.round(box.width),
        height: Math.round(box.height)
      }))
  )
}
