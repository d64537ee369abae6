import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import type { Compilation, Compiler } from 'webpack'
import { generateSW } from 'workbox-build'

/**
 * The last step of a production H5 build, once webpack has written dist/h5:
 *
 * 1. A service worker (Workbox, generated here, never written by hand) precaches the app shell,
 *    every page's chunks and the tab icons, so that without network the app still opens, every tab
 *    included, even one not visited yet. API answers are not its business: the app keeps those
 *    itself and marks them 离线 (src/api). The document is index.html (hash router), so an offline
 *    reload gets it from the cache.
 * 2. index.html asks for the 首页 page's own chunks (scripts and styles) right away, beside the app
 *    entry: otherwise the browser learns of them only once the entry has run, a whole round trip and
 *    download later, on the first page every resident opens.
 * 3. Every text file over 1 KB gets a .br and a .gz beside it, compressed once at the highest
 *    levels; the server sends the one the browser accepts (@fastify/static's preCompressed).
 */
export class H5PostBuildPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tapPromise('jiefang-h5-post-build', async (compilation) => {
      if (compilation.errors.length > 0) return
      const dir = compiler.outputPath
      preloadFirstPage(dir, compilation)
      await writeServiceWorker(dir)
      await precompress(dir)
    })
  }
}

export const SERVICE_WORKER_FILE = 'sw.js'

/** The route every visit starts at (the tab bar's first page). */
const FIRST_PAGE = 'pages/index/index'

/**
 * The ids of the chunks webpack loads for a route, read from the app entry's route table, where Taro
 * writes each route as `{"path":"pages/index/index","load":function(e,t){return[Promise.all([n.e(8937),
 * n.e(9501)]).then(n.bind(n,8360)),e,t]}}` (bench/README.md describes the same reading).
 * @example chunkIdsOfRoute('…{"path":"pages/index/index","load":function(e,t){return[Promise.all([n.e(12),n.e(7)]).then(…', 'pages/index/index') // ['12', '7']
 */
export function chunkIdsOfRoute(entrySource: string, route: string): string[] {
  const start = entrySource.indexOf(`"path":"${route}","load":`)
  if (start < 0) return []
  const load = entrySource.slice(start, entrySource.indexOf('.then(', start))
  return [...load.matchAll(/\w\.e\((\d+)\)/g)].map((match) => match[1])
}

/** Adds preload links for the first page's chunk files to index.html, before its scripts. */
function preloadFirstPage(dir: string, compilation: Compilation): void {
  const entryFiles = [...(compilation.entrypoints.get('app')?.getFiles() ?? [])].filter((file) => file.endsWith('.js'))
  const ids = new Set(entryFiles.flatMap((file) => chunkIdsOfRoute(fs.readFileSync(path.join(dir, file), 'utf8'), FIRST_PAGE)))
  const files = [...compilation.chunks].filter((chunk) => chunk.id !== null && ids.has(String(chunk.id))).flatMap((chunk) => [...chunk.files])
  if (files.length === 0) {
    console.warn(`preload: found no chunks of ${FIRST_PAGE} in the app entry; index.html unchanged`)
    return
  }
  const publicPath = String(compilation.outputOptions.publicPath ?? '/')
  const links = files
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => `<link rel="preload" href="${publicPath}${file}" as="${file.endsWith('.css') ? 'style' : 'script'}">`)
    .join('')
  const index = path.join(dir, 'index.html')
  const html = fs.readFileSync(index, 'utf8')
  fs.writeFileSync(index, html.replace('</head>', `${links}</head>`))
  console.log(`preload: ${links.length > 0 ? files.length : 0} files of ${FIRST_PAGE} asked for by index.html`)
}

async function writeServiceWorker(dir: string): Promise<void> {
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    globPatterns: ['**/*.{html,js,css,png,jpg,jpeg,gif,svg,ico}'],
    globIgnores: [SERVICE_WORKER_FILE],
    swDest: path.join(dir, SERVICE_WORKER_FILE),
    // Bundles carry their content hash in the name (js/app.1a2b3c4d.js): no need to add one.
    dontCacheBustURLsMatching: /\.[0-9a-f]{8}\.(js|css)$/,
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/^\/api\//],
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    cleanupOutdatedCaches: true,
    // A new build takes over at the next start of the app, not in the middle of a form.
    clientsClaim: false,
    skipWaiting: false
  })
  for (const warning of warnings) console.warn(`service worker: ${warning}`)
  console.log(`service worker: ${count} files precached (${Math.round(size / 1024)} KB)`)
}

const COMPRESSIBLE = /\.(html|js|css|svg|json|ico|txt)$/
const MIN_BYTES = 1024
const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)

async function precompress(dir: string): Promise<void> {
  const files = listFiles(dir).filter((file) => COMPRESSIBLE.test(file) && fs.statSync(file).size >= MIN_BYTES)
  for (const file of files) {
    const content = fs.readFileSync(file)
    const [gz, br] = await Promise.all([
      gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
      brotli(content, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length
        }
      })
    ])
    fs.writeFileSync(`${file}.gz`, gz)
    fs.writeFileSync(`${file}.br`, br)
  }
  console.log(`precompressed: ${files.length} files (.br and .gz)`)
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}
