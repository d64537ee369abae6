import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

/**
 * Sizes that decide whether the mini-program may be published and how fast the H5 app opens on a
 * slow phone network. Reads dist/weapp and dist/h5, building them first when missing.
 *
 * - weapp_main_package_bytes: everything in dist/weapp outside the subpackage roots of app.json
 *   (WeChat's limit is 2 MB; our target 600 KB).
 * - h5_first_page_js_gzip_bytes: gzip -9 sizes of the scripts index.html loads plus the 首页 page
 *   chunk and the chunks it needs (bench/README.md explains how they are found; target 150 KB).
 */

const ROOT = path.resolve(__dirname, '..')
const WEAPP = path.join(ROOT, 'dist', 'weapp')
const H5 = path.join(ROOT, 'dist', 'h5')
const HOME_PAGE = 'pages/index/index'

function ensureBuilt(dir: string, type: 'weapp' | 'h5', marker: string) {
  if (fs.existsSync(path.join(dir, marker))) return
  console.error(`sizes: building ${type} (dist/${type} is missing)…`)
  execFileSync('npx', ['taro', 'build', '--type', type], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => fs.statSync(file).isFile())
}

const bytesOf = (file: string) => fs.statSync(file).size
const gzipBytesOf = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length

interface AppJson {
  subPackages?: { root: string }[]
  subpackages?: { root: string }[]
}

function weappSizes() {
  ensureBuilt(WEAPP, 'weapp', 'app.json')
  const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as AppJson
  const roots = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])].map((p) =>
    path.join(WEAPP, p.root.replace(/\/?$/, '/'))
  )
  let main = 0
  let sub = 0
  for (const file of filesUnder(WEAPP)) {
    if (roots.some((root) => file.startsWith(root))) sub += bytesOf(file)
    else main += bytesOf(file)
  }
  return { main, sub, total: main + sub, subpackages: roots.length }
}

/** The scripts index.html loads, in order. */
function entryScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => path.join(H5, m[1].replace(/^\//, '')))
}

/**
 * The chunks webpack loads to show the 首页 route. Taro's H5 entry registers each page as
 * `{"path":"pages/index/index","load":function load(a,u){return[Promise.all([s.e(641),s.e(360)]).then(…)…]}}`:
 * the ids inside `.e(…)` are the chunks it needs. The runtime's chunk-file function names their files:
 * `"js/"+(641===a?"pages-shared":a)+"."+{"360":"aa1b4edf",…}[a]+".js"` (a named chunk keeps its
 * name, the others their id, then the content hash). Reading the runtime rather than listing js/
 * matters: Taro does not clean old hashed files out of dist/h5 between builds.
 */
function homePageChunks(entries: string[]): string[] {
  const code = entries.map((entry) => fs.readFileSync(entry, 'utf8')).join('\n')
  const route = new RegExp(`"path":"${HOME_PAGE}","load":function[^{]*\\{return\\[(.*?)\\.then\\(`).exec(code)
  const chunkFile = /"js\/"\+(.{1,400}?)\+"\."\+(\{[^}]*\})\[\w+\]\+"\.js"/.exec(code)
  if (!route || !chunkFile) throw new Error(`sizes: cannot find the ${HOME_PAGE} route or the chunk-file map in dist/h5; see bench/README.md`)
  const names = new Map<string, string>()
  for (const m of chunkFile[1].matchAll(/(\d+)===\w+\?"([^"]+)"/g)) names.set(m[1], m[2])
  for (const m of chunkFile[1].matchAll(/"?(\d+)"?:"([^"]+)"/g)) names.set(m[1], m[2])
  // Minified keys may be bare numbers: quote them for JSON.
  const hashes = JSON.parse(chunkFile[2].replace(/([{,])(\d+):/g, '$1"$2":')) as Record<string, string>
  const ids = [...route[1].matchAll(/\.e\((\d+)\)/g)].map((m) => m[1])
  if (ids.length === 0) throw new Error(`sizes: the ${HOME_PAGE} route loads no chunk; see bench/README.md`)
  return ids.map((id) => path.join(H5, 'js', `${names.get(id) ?? id}.${hashes[id]}.js`))
}

function h5Sizes() {
  ensureBuilt(H5, 'h5', 'index.html')
  const entries = entryScripts(fs.readFileSync(path.join(H5, 'index.html'), 'utf8'))
  const files = [...new Set([...entries, ...homePageChunks(entries)])]
  const gzip = files.reduce((sum, f) => sum + gzipBytesOf(f), 0)
  const raw = files.reduce((sum, f) => sum + bytesOf(f), 0)
  return { gzip, raw, files: files.map((f) => `${path.relative(H5, f)} (${gzipBytesOf(f)} B gz)`) }
}

const weapp = weappSizes()
const h5 = h5Sizes()
console.log(`weapp_main_package_bytes: ${weapp.main}`)
console.log(`weapp_subpackage_bytes: ${weapp.sub}`)
console.log(`weapp_total_bytes: ${weapp.total}`)
console.log(`weapp_main_package_budget_ratio: ${(weapp.main / (600 * 1024)).toFixed(2)}`)
console.log(`h5_first_page_js_bytes: ${h5.raw}`)
console.log(`h5_first_page_js_gzip_bytes: ${h5.gzip}`)
console.log(`h5_first_page_js_budget_ratio: ${(h5.gzip / (150 * 1024)).toFixed(2)}`)
console.error(`sizes: weapp has ${weapp.subpackages} subpackage(s); h5 first page loads ${h5.files.join(', ')}`)
