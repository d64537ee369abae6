import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** What the H5 build is made from; a change to any of them makes dist/h5 stale. */
export function h5Sources(root: string): string[] {
  return ['src', 'config', 'babel.config.js'].map((p) => path.join(root, p))
}

/** Newest modification time under `entry`; tests are not part of the build and do not count. */
function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(entry) ? 0 : stat.mtimeMs
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))))
}

/** True when `h5Dir/index.html` is missing or older than any source file. */
export function isH5BuildStale(h5Dir: string, sources: string[]): boolean {
  const index = path.join(h5Dir, 'index.html')
  if (!fs.existsSync(index)) return true
  const built = fs.statSync(index).mtimeMs
  return sources.some((source) => newestMtime(source) > built)
}

/** What the first start prints before it builds: what is happening, why, and that it happens once. */
export const BUILD_NOTICE =
  '首次启动（或网页代码有改动）：正在把网页版编译到 dist/h5，约需 1–3 分钟，以后启动不用再等 / building the H5 app into dist/h5 (once; 1–3 minutes)'

const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g

/**
 * The build's progress in percent, read from the last "(NN%)" in a piece of its output, or null when
 * the piece has none (webpack's progress bar prints one on every step).
 * @example progressOf('● Webpack ███ building (42%) 1200/1665 dependencies') // 42
 */
export function progressOf(output: string): number | null {
  const found = [...output.replace(ANSI, '').matchAll(/\((\d{1,3})%\)/g)]
  return found.length > 0 ? Math.min(100, Number(found[found.length - 1][1])) : null
}

/**
 * Runs `taro build --type h5` and shows its progress on one line (rewritten in place on a terminal,
 * a line every 10 % otherwise) instead of the build's own flood of progress codes; the build's
 * output is kept and shown only when it fails. Exits the process when it fails.
 */
export async function buildH5(root: string): Promise<void> {
  console.log(BUILD_NOTICE)
  const startedAt = Date.now()
  const taro = path.join(root, 'node_modules', '.bin', 'taro')
  const child = spawn(taro, ['build', '--type', 'h5'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  const kept: string[] = []
  let shown = -1
  const onOutput = (chunk: Buffer) => {
    const text = chunk.toString()
    kept.push(text)
    if (kept.length > 2000) kept.splice(0, kept.length - 2000)
    const percent = progressOf(text)
    if (percent === null || percent <= shown) return
    if (process.stdout.isTTY) process.stdout.write(`\r网页版编译中 / building… ${percent}%   `)
    else if (Math.floor(percent / 10) > Math.floor(shown / 10)) console.log(`网页版编译中 / building… ${percent}%`)
    shown = percent
  }
  child.stdout.on('data', onOutput)
  child.stderr.on('data', onOutput)
  const code = await new Promise<number | string>((resolve) => child.once('close', (status, signal) => resolve(status ?? signal ?? 1)))
  if (process.stdout.isTTY) process.stdout.write('\n')
  if (code !== 0) {
    const lines = kept.join('').replace(ANSI, '').split('\n').filter((line) => line.trim() && progressOf(line) === null)
    console.error(lines.slice(-60).join('\n'))
    console.error(`网页版构建失败，请查看上面的输出 / building the H5 app failed (exit code ${code})`)
    process.exit(1)
  }
  console.log(`网页版已编译，用时 ${Math.round((Date.now() - startedAt) / 1000)} 秒 / H5 app built`)
}
