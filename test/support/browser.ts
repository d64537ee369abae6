import fs from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/**
 * Finds and launches the Chromium that browser tests drive. The tests never download a browser:
 * they use the one the machine has (CHROME_PATH, then /usr/bin/chromium), so a developer without it
 * sees a skip with the install command, while CI (REQUIRE_BROWSER=1) fails instead of skipping.
 */

export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium fonts-noto-cjk'

const DEFAULT_PATHS = ['/usr/bin/chromium']

/**
 * Flags for a quiet, reproducible headless run as root in a container: no sandbox (root cannot use
 * it), no GPU, and nothing that phones home or updates itself while a test runs. Playwright adds its
 * own fresh temporary --user-data-dir per launch and removes it on close, so no state leaks between
 * runs.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync'
]

/** The Chromium executable to use, or null when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.CHROME_PATH, ...DEFAULT_PATHS].filter((p): p is string => Boolean(p))
  return candidates.find((p) => isExecutable(p)) ?? null
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

export class BrowserMissingError extends Error {
  override name = 'BrowserMissingError'
}

/**
 * The Chromium to run, or null after printing a skip line when there is none. With
 * REQUIRE_BROWSER=1 a missing browser is an error, not a skip.
 */
export function chromiumOrSkip(suite: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const found = findChromium(env)
  if (found) return found
  const where = env.CHROME_PATH ? `CHROME_PATH=${env.CHROME_PATH} or ${DEFAULT_PATHS.join(', ')}` : DEFAULT_PATHS.join(', ')
  if (env.REQUIRE_BROWSER === '1') {
    throw new BrowserMissingError(`${suite}: no Chromium at ${where}, and REQUIRE_BROWSER=1. Install it: ${INSTALL_COMMAND}`)
  }
  console.log(`${suite}: skipped, no Chromium at ${where}. Install it with: ${INSTALL_COMMAND} (or set CHROME_PATH)`)
  return null
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 })
}
