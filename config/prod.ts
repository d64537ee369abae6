import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {},
  h5: {
    // A second compress pass lets terser inline the build flags of Stencil's runtime (under Taro's
    // components) and drop the branches they switch off: ~5 KB gzipped less on the H5 first page.
    terser: { enable: true, config: { compress: { passes: 2 } } }
  }
} satisfies UserConfigExport<'webpack5'>
