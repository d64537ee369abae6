import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import net from 'node:net'

/**
 * Lighthouse's mobile performance run of 首页, as a resident's old Android phone would load it:
 * Lighthouse's default mobile settings (a Moto G Power's screen, slow 4G simulated, the CPU slowed
 * 4×). Serves dist/h5 with the real server (`npm run serve`: compression, caching headers, service
 * worker) on a temporary DATA_DIR with the demo content, and runs Lighthouse 12 in headless Chromium.
 *
 * Prints lighthouse_home_performance_score (0–100), _lcp_ms, _tbt_ms, _fcp_ms, _si_ms, _cls and the
 * bytes Lighthouse saw transferred. Target: score ≥ 90 (issue 13), with LCP < 2.5 s and TBT < 200 ms.
 * The run is printed, not a timed test: on a busy machine the simulated figures vary by a few points.
 */

const ROOT = path.resolve(__dirname, '..')
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']

async function freePort(): Promise<number> {
  const probe = net.createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as net.AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

async function serve(): Promise<{ url: string; stop(): void }> {
  const port = await freePort()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-lighthouse-'))
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' }
  delete env.DATABASE_URL
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), path.join(ROOT, 'server', 'main.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const ready = /街坊通已启动:\s*(\S+)/.exec(output)
      if (ready) resolve(ready[1].replace(/\/$/, ''))
    })
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it was ready`)))
  })
  return {
    url,
    stop() {
      child.kill('SIGTERM')
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

interface Audit {
  numericValue?: number
}

async function main(): Promise<void> {
  const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p): p is string => Boolean(p) && fs.existsSync(p as string))
  if (!chromePath) {
    console.error('lighthouse: no Chromium (set CHROME_PATH or install /usr/bin/chromium); skipped')
    return
  }
  if (!fs.existsSync(path.join(ROOT, 'dist', 'h5', 'index.html'))) {
    console.error('lighthouse: dist/h5 is missing (npm run build:h5 builds it); skipped')
    return
  }
  // Both are ES modules only.
  const { launch } = await import('chrome-launcher')
  const { default: lighthouse } = await import('lighthouse')
  const server = await serve()
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS })
  try {
    // A first visit: Lighthouse clears the cache and storage before it loads the page.
    const result = await lighthouse(`${server.url}/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
    if (!result) throw new Error('Lighthouse returned no result')
    const { lhr } = result
    const audit = (id: string): number => (lhr.audits[id] as Audit | undefined)?.numericValue ?? NaN
    const score = Math.round((lhr.categories.performance.score ?? 0) * 100)
    console.error(`lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, throttling ${lhr.configSettings.throttlingMethod} (rtt ${lhr.configSettings.throttling.rttMs} ms, ${lhr.configSettings.throttling.throughputKbps} kbps, CPU ×${lhr.configSettings.throttling.cpuSlowdownMultiplier})`)
    // What limits the score, for whoever works on it next.
    const lcpElement = (lhr.audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined)?.items?.[0]?.items?.[0]?.node?.snippet
    if (lcpElement) console.error(`largest contentful paint: ${lcpElement}`)
    for (const id of ['bootup-time', 'mainthread-work-breakdown', 'render-blocking-resources', 'unused-javascript']) {
      const a = lhr.audits[id]
      if (a?.displayValue) console.error(`${a.title}: ${a.displayValue}`)
    }
    console.log(`lighthouse_home_performance_score: ${score}`)
    console.log(`lighthouse_home_fcp_ms: ${Math.round(audit('first-contentful-paint'))}`)
    console.log(`lighthouse_home_lcp_ms: ${Math.round(audit('largest-contentful-paint'))}`)
    console.log(`lighthouse_home_tbt_ms: ${Math.round(audit('total-blocking-time'))}`)
    console.log(`lighthouse_home_si_ms: ${Math.round(audit('speed-index'))}`)
    console.log(`lighthouse_home_cls: ${audit('cumulative-layout-shift').toFixed(3)}`)
    console.log(`lighthouse_home_transfer_bytes: ${Math.round(audit('total-byte-weight'))}`)
  } finally {
    chrome.kill()
    server.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
