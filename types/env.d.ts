// The app reads only Taro's TARO_APP_* variables (inlined at build time) and the platform Taro sets.
declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by Taro for each build: 'weapp' or 'h5' here. */
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn' | 'harmony'
    /** Absolute base URL of the API, e.g. https://jiefang.example.gov.cn/api/v1. Required for weapp; H5 defaults to the page's origin. */
    TARO_APP_API_BASE?: string
    /** Version shown under 关于; the build sets it from package.json. */
    TARO_APP_VERSION?: string
  }
}

declare module '*.png' {
  const src: string
  export default src
}
