import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * `npm run bench`: runs every bench/*.bench.ts in its own process (one at a time, so they do not
 * compete for the CPU), echoes their `name: value` lines and checks the issue's targets.
 * Exits non-zero only when a bench crashes; a missed target is reported, not fatal.
 */

const BENCH_DIR = __dirname
const ORDER = ['api.bench.ts', 'sizes.bench.ts', 'deadline.bench.ts']

interface Target {
  figure: string
  holds: (value: number) => boolean
  says: string
}

const TARGETS: Target[] = [
  { figure: 'api_notices_cached_ratio', holds: (v) => v >= 0.5, says: '≥ 0.5 of the bare route' },
  { figure: 'api_notices_cached_p99_ms', holds: (v) => v < 50, says: '< 50 ms' },
  { figure: 'api_notices_etag_ratio', holds: (v) => v >= 0.5, says: '≥ 0.5 of the bare route' },
  { figure: 'api_notices_etag_p99_ms', holds: (v) => v < 50, says: '< 50 ms' },
  { figure: 'weapp_main_package_bytes', holds: (v) => v <= 600 * 1024, says: '≤ 600 KB (WeChat limit 2 MB)' },
  { figure: 'h5_first_page_js_gzip_bytes', holds: (v) => v <= 150 * 1024, says: '≤ 150 KB gzipped' },
  { figure: 'deadline_computations_per_s', holds: (v) => v >= 200_000, says: '≥ 200,000/s' },
  { figure: 'eligibility_checks_per_s', holds: (v) => v >= 20_000, says: '≥ 20,000/s' },
  { figure: 'cases_submit_pglite_per_s', holds: (v) => v >= 300, says: '≥ 300/s on PGlite' },
  { figure: 'queue_pglite_p99_ms', holds: (v) => v < 100, says: '< 100 ms over 100,000 cases' },
  { figure: 'queue_postgres_p99_ms', holds: (v) => v < 100, says: '< 100 ms over 100,000 cases' },
  { figure: 'lighthouse_home_performance_score', holds: (v) => v >= 90, says: '≥ 90 (mobile: slow 4G, CPU ×4)' },
  { figure: 'lighthouse_home_lcp_ms', holds: (v) => v < 2500, says: '< 2.5 s' },
  { figure: 'lighthouse_home_tbt_ms', holds: (v) => v < 200, says: '< 200 ms' }
]

function benchFiles(): string[] {
  const found = fs.readdirSync(BENCH_DIR).filter((f) => f.endsWith('.bench.ts'))
  const rank = (f: string) => (ORDER.includes(f) ? ORDER.indexOf(f) : ORDER.length)
  return found.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}

function runBench(file: string): Promise<{ code: number; figures: Map<string, number> }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), path.join(BENCH_DIR, file)], {
      cwd: path.resolve(BENCH_DIR, '..'),
      stdio: ['ignore', 'pipe', 'inherit']
    })
    const figures = new Map<string, number>()
    let pending = ''
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString()
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        console.log(line)
        const match = /^([a-z0-9_]+):\s*(-?[\d.]+)\s*$/.exec(line.trim())
        if (match) figures.set(match[1], Number(match[2]))
      }
    })
    child.on('close', (code) => resolve({ code: code ?? 1, figures }))
  })
}

async function main() {
  const all = new Map<string, number>()
  let crashed = 0
  for (const file of benchFiles()) {
    console.log(`# ${file}`)
    const began = Date.now()
    const { code, figures } = await runBench(file)
    figures.forEach((value, name) => all.set(name, value))
    if (code !== 0) crashed += 1
    console.log(`# ${file}: ${code === 0 ? 'done' : `FAILED (exit ${code})`} in ${((Date.now() - began) / 1000).toFixed(0)} s\n`)
  }
  console.log('# targets')
  for (const target of TARGETS) {
    const value = all.get(target.figure)
    const verdict = value === undefined ? 'not measured' : target.holds(value) ? 'met' : 'MISSED'
    console.log(`${target.figure} ${target.says}: ${verdict}${value === undefined ? '' : ` (${value})`}`)
  }
  process.exitCode = crashed > 0 ? 1 : 0
}

void main()
