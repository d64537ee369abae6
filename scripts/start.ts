import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { H5_DIR, main } from '../server/main'

/**
 * `npm start`: builds the H5 app when dist/h5 is missing or older than its sources, then runs the
 * server, which serves the API and the H5 app on one port.
 */
const ROOT = path.resolve(__dirname, '..')
const SOURCES = ['src', 'config', 'babel.config.js'].map((p) => path.join(ROOT, p))

/** Newest modification time under `entry`; tests are not part of the build and do not count. */
function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(entry) ? 0 : stat.mtimeMs
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))))
}

export function isH5BuildStale(h5Dir: string = H5_DIR, sources: string[] = SOURCES): boolean {
  const index = path.join(h5Dir, 'index.html')
  if (!fs.existsSync(index)) return true
  const built = fs.statSync(index).mtimeMs
  return sources.some((source) => newestMtime(source) > built)
}

function buildH5(): void {
  console.log('正在构建网页版（约 20 秒）/ building the H5 app (about 20 s)…')
  const taro = path.join(ROOT, 'node_modules', '.bin', 'taro')
  const result = spawnSync(taro, ['build', '--type', 'h5'], { cwd: ROOT, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`网页版构建失败，请查看上面的输出 / building the H5 app failed (exit code ${result.status ?? result.signal})`)
    process.exit(1)
  }
}

if (require.main === module) {
  if (isH5BuildStale()) buildH5()
  void main()
}
