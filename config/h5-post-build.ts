import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import type { Compiler } from 'webpack'
import { generateSW } from 'workbox-build'

/**
 * The last step of a production H5 build, once webpack has written dist/h5:
 *
 * 1. A service worker (Workbox, generated here, never written by hand) precaches the app shell,
 *    every page's chunks and the tab icons, so that without network the app still opens, every tab
 *    included, even one not visited yet. API answers are not its business: the app keeps those
 *    itself and marks them 离线 (src/api). The document is index.html (hash router), so an offline
 *    reload gets it from the cache.
 * 2. Every text file over 1 KB gets a .br and a .gz beside it, compressed once at the highest
 *    levels; the server sends the one the browser accepts (@fastify/static's preCompressed).
 */
export class H5PostBuildPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tapPromise('jiefang-h5-post-build', async (compilation) => {
      if (compilation.errors.length > 0) return
      const dir = compiler.outputPath
      await writeServiceWorker(dir)
      await precompress(dir)
    })
  }
}

export const SERVICE_WORKER_FILE = 'sw.js'

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
