/** The pages of the `packages/selfcheck` subpackage (惠民政策自测), as URLs for Taro.navigateTo. */
export const SELFCHECK_URL = '/packages/selfcheck/index/index'
export const SELFCHECK_RESULT_URL = '/packages/selfcheck/result/index'
