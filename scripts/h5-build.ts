import { spawnSync } from 'node:child_process'
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

/** Runs `taro build --type h5` with the output on the terminal; exits the process when it fails. */
export function buildH5(root: string): void {
  console.log('正在构建网页版（约 1 分钟）/ building the H5 app (about a minute)…')
  const taro = path.join(root, 'node_modules', '.bin', 'taro')
  const result = spawnSync(taro, ['build', '--type', 'h5'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`网页版构建失败，请查看上面的输出 / building the H5 app failed (exit code ${result.status ?? result.signal})`)
    process.exit(1)
  }
}
