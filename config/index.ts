import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import webpack from 'webpack'
import { version } from '../package.json'
import devConfig from './dev'
import { H5PostBuildPlugin } from './h5-post-build'
import prodConfig from './prod'
import { TEST_APPID, weappApiBaseProblem } from './weapp-api-base'

// The weapp build writes dist/weapp/project.config.json with Taro's TARO_APP_ID; the project's own
// variable is TARO_APP_WEAPP_APPID, and WeChat's test appid lets anyone open the build without one.
process.env.TARO_APP_ID = process.env.TARO_APP_WEAPP_APPID || process.env.TARO_APP_ID || TEST_APPID

// The app sends every request through its own Taro.request adapter (src/api/adapter.ts), so axios'
// browser adapters (XMLHttpRequest, fetch: ~7 KB gzipped) are never called. They are replaced by
// axios' own empty module, the way axios itself drops its Node http adapter from browser builds.
const AXIOS_STAND_INS: Record<string, string> = {
  './xhr.js': path.resolve(__dirname, '..', 'node_modules', 'axios', 'lib', 'helpers', 'null.js'),
  './fetch.js': path.resolve(__dirname, 'axios-fetch-adapter-stub.js')
}
const dropAxiosBrowserAdapters: [RegExp, (resource: { context: string; request: string }) => void] = [
  /^\.\/(xhr|fetch)\.js$/,
  (resource) => {
    if (/axios[\\/]lib[\\/]adapters$/.test(resource.context)) resource.request = AXIOS_STAND_INS[resource.request]
  }
]

// Taro's H5 request (over fetch) brings three polyfills, ~7 KB gzipped, onto the first page: fetch
// and AbortController, which the browsers the H5 app supports have (Chrome and Android WebView 66,
// Safari on iOS 12.2 and later; WeChat's built-in browser is newer on both), and JSONP, which the
// app never asks for. The H5 build leaves them out.
const H5_STAND_INS: Record<string, string> = {
  'whatwg-fetch': path.resolve(__dirname, 'h5-stand-ins', 'nothing.js'),
  'abortcontroller-polyfill/dist/abortcontroller-polyfill-only': path.resolve(__dirname, 'h5-stand-ins', 'nothing.js'),
  'jsonp-retry': path.resolve(__dirname, 'h5-stand-ins', 'no-jsonp.js')
}
const dropTaroRequestPolyfills: [RegExp, (resource: { request: string }) => void] = [
  /^(whatwg-fetch|abortcontroller-polyfill\/dist\/abortcontroller-polyfill-only|jsonp-retry)$/,
  (resource) => {
    resource.request = H5_STAND_INS[resource.request]
  }
]

export default defineConfig<'webpack5'>(async (merge) => {
  // A build for upload with an http (or no) API base would fail on every phone: stop it here (weapp-api-base.ts).
  const weappProblem = process.env.TARO_ENV === 'weapp' ? weappApiBaseProblem(process.env) : null
  if (weappProblem) {
    console.error(weappProblem)
    process.exit(1)
  }
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'jiefang',
    date: '2026-11-25',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {},
    // Inlined into the app as process.env.*; a .env file may set them too (types/env.d.ts).
    env: {
      TARO_APP_API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE ?? ''),
      TARO_APP_VERSION: JSON.stringify(version)
    },
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    // The web build's /favicon.ico (browsers ask for it on every first visit; without it, a 404).
    copy: { patterns: process.env.TARO_ENV === 'h5' ? [{ from: 'src/assets/favicon.ico', to: 'dist/h5/favicon.ico' }] : [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      webpackChain(chain) {
        chain.plugin('drop-axios-browser-adapters').use(webpack.NormalModuleReplacementPlugin, dropAxiosBrowserAdapters)
      },
      // Styles are scoped by class name (jf-…, one block per component), so their order across
      // chunks does not matter; without this the shared components raise "Conflicting order" warnings.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false }
      }
    },
    h5: {
      // Taro splits only the initial chunks, so each page's chunk would carry its own copy of axios
      // and the shared components, downloaded again on every tab. Modules that two or more pages use
      // go into chunks named by webpack after the set of pages that share them, so a page fetches only
      // what it needs and the browser keeps what another page already fetched.
      webpackChain(chain) {
        chain.plugin('drop-axios-browser-adapters').use(webpack.NormalModuleReplacementPlugin, dropAxiosBrowserAdapters)
        chain.plugin('drop-taro-request-polyfills').use(webpack.NormalModuleReplacementPlugin, dropTaroRequestPolyfills)
        // Service worker and .br/.gz files: production builds only (a watch build rebuilds too often).
        if (process.env.NODE_ENV !== 'development') chain.plugin('h5-post-build').use(H5PostBuildPlugin)
        chain.optimization.merge({
          splitChunks: {
            cacheGroups: {
              pagesShared: { chunks: 'async', minChunks: 2, minSize: 10000, priority: 5, reuseExistingChunk: true }
            }
          }
        })
      },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css'
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false }
      }
    }
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
