import path from 'node:path'
import type { Browser, BrowserContext } from 'playwright-core'
import { chromiumOrSkip, launchChromium } from '../support/browser'
import { startApp, type RunningApp } from './app-server'
import { caseJourneys } from './cases.journey'
import { followUpJourneys } from './follow-up.journey'
import { journeys as foundationJourneys, type JourneyContext } from './journeys'
import { residentChecksBenefits } from './selfcheck.journey'
import { staffJourneys } from './staff.journey'
import { accessibilitySummary, PHONE_VIEWPORT, SCREENSHOT_DIR } from './ui'
import { webJourneys } from './web.journey'

// `npx tsx test/e2e/run.ts <words>` runs only the journeys whose name contains the words.
const only = process.argv.slice(2).join(' ')
const journeys = [...foundationJourneys, residentChecksBenefits, ...caseJourneys, ...staffJourneys, ...followUpJourneys, ...webJourneys].filter((j) => j.name.includes(only))

/**
 * `npm run test:e2e`: starts the app with `npm start` on a free port and a fresh DATA_DIR, runs every
 * journey in a real Chromium at a phone viewport, stops the server, and closes with
 * `e2e: N passed, M failed`. Exits non-zero when any journey fails.
 */

const REPO_ROOT = path.resolve(__dirname, '..', '..')
// The first start builds the H5 app (30–60 s alone, more on a busy machine) and creates the database.
const START_TIMEOUT_MS = Number(process.env.E2E_START_TIMEOUT_MS ?? 360_000)
const JOURNEY_TIMEOUT_MS = 120_000

async function main(): Promise<number> {
  let chromiumPath: string | null
  try {
    chromiumPath = chromiumOrSkip('e2e')
  } catch (error) {
    console.log(describe(error))
    console.log('e2e: 0 passed, 1 failed')
    return 1
  }
  let app: RunningApp | undefined
  let browser: Browser | undefined
  let passed = 0
  let failed = 0
  let skipped = 0
  try {
    const startedAt = Date.now()
    app = await startApp({ repoRoot: REPO_ROOT, timeoutMs: START_TIMEOUT_MS })
    console.log(`e2e: app ready at ${app.url} after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)
    if (chromiumPath) browser = await launchChromium(chromiumPath)

    for (const journey of journeys) {
      if (journey.needsBrowser && !browser) {
        skipped += 1
        console.log(`  - skipped (no Chromium): ${journey.name}`)
        continue
      }
      const contexts: BrowserContext[] = []
      const notes: string[] = []
      const context: JourneyContext = {
        baseUrl: app.url,
        dataDir: app.dataDir,
        async newPhonePage() {
          if (!browser) throw new Error('this journey needs a browser')
          const phone = await browser.newContext({
            viewport: PHONE_VIEWPORT,
            deviceScaleFactor: 1,
            isMobile: true,
            hasTouch: true,
            locale: 'zh-CN',
            timezoneId: 'Asia/Shanghai'
          })
          phone.setDefaultTimeout(20_000)
          contexts.push(phone)
          return phone.newPage()
        },
        note: (text) => notes.push(text)
      }
      const began = Date.now()
      try {
        await withTimeout(journey.run(context), JOURNEY_TIMEOUT_MS, journey.name)
        passed += 1
        console.log(`  ✓ ${journey.name} (${((Date.now() - began) / 1000).toFixed(1)} s)`)
        for (const text of notes) console.log(`    ${text}`)
      } catch (error) {
        failed += 1
        console.log(`  ✗ ${journey.name}\n    ${describe(error)}`)
      } finally {
        await Promise.all(contexts.map((c) => c.close().catch(() => undefined)))
      }
    }
  } catch (error) {
    failed += 1
    console.log(`e2e: could not run the journeys: ${describe(error)}`)
    const tail = (error as { logTail?: string }).logTail
    if (tail) console.log(`--- last lines of npm start ---\n${tail}\n---`)
  } finally {
    await browser?.close().catch(() => undefined)
    await app?.stop()
  }
  if (failed > 0 && app) console.log(`--- last lines of npm start ---\n${app.logTail()}\n---`)
  for (const line of accessibilitySummary()) console.log(line)
  console.log(`e2e: screenshots in ${SCREENSHOT_DIR}`)
  console.log(`e2e: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped (no Chromium)` : ''}`)
  return failed > 0 ? 1 : 0
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(describe(error))
    process.exit(1)
  }
)
