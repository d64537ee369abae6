import type { UserConfigExport } from '@tarojs/cli'

// H5 only (the mini-program keeps Taro's minifier settings): a second compress pass lets terser
// inline the build flags of Stencil's runtime (under Taro's components) and drop the branches they
// switch off, ~5 KB gzipped less on the H5 first page. Taro keeps every function's name by default;
// nothing in the app or the libraries it ships reads a function's name, and mangling them saves
// ~4 KB more.
const h5Minifier: UserConfigExport<'webpack5'> =
  process.env.TARO_ENV === 'h5' ? { terser: { enable: true, config: { keep_fnames: false, compress: { passes: 2 } } } } : {}

export default {
  mini: {},
  h5: {},
  ...h5Minifier
} satisfies UserConfigExport<'webpack5'>
