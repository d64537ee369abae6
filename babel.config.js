// babel-preset-taro compiles the app for Taro and is reused by jest so that tests run the same code.
//
// The H5 app runs in browsers with Custom Elements (Taro's components), fetch and AbortController
// (config/index.ts leaves their polyfills out): Chrome and Android WebView 66, Safari on iOS 12.2 and
// later; WeChat's built-in browser is newer on both. Compiling H5 for them rather than for
// package.json's browserslist (down to IE 9, which could never run it) keeps classes, async
// functions and spreads native, ~6 KB gzipped less on the first page. The mini-program build and
// jest keep the preset's own targets.
const H5_BROWSERS = 'chrome >= 66, android >= 66, ios >= 12.2, safari >= 12.1'
const forH5 = process.env.TARO_ENV === 'h5' && process.env.NODE_ENV !== 'test'

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...(forH5 ? { targets: H5_BROWSERS } : {}) }]]
}
