/**
 * The API base a weapp build may ship with. WeChat lets a published mini-program call only HTTPS
 * request domains registered in its console (开发管理 → 开发设置 → 服务器域名 → request合法域名), so a
 * build for upload — one with the office's own appid, not WeChat's test appid, and not a watch build —
 * must be given `TARO_APP_API_BASE=https://…`. Builds with the test appid (CI, `npm run test:weapp`,
 * WeChat DevTools with 不校验合法域名) keep the local default http://127.0.0.1:8080/api/v1.
 */
export const TEST_APPID = 'touristappid'

/**
 * Why this weapp build must not go ahead, in words for whoever runs it, or null when it may.
 * @example weappApiBaseProblem({ TARO_APP_WEAPP_APPID: 'wx0123456789abcdef', TARO_APP_API_BASE: 'http://10.0.0.5/api/v1' }) // '…https…'
 */
export function weappApiBaseProblem(env: Record<string, string | undefined>): string | null {
  const appid = env.TARO_APP_WEAPP_APPID || env.TARO_APP_ID || TEST_APPID
  if (appid === TEST_APPID || env.NODE_ENV === 'development') return null
  const base = env.TARO_APP_API_BASE ?? ''
  let url: URL | null = null
  try {
    url = new URL(base)
  } catch {
    url = null
  }
  if (url?.protocol === 'https:' && url.hostname) return null
  return [
    `小程序正式构建（appid ${appid}）需要 HTTPS 的接口地址：TARO_APP_API_BASE ${base ? `是 “${base}”` : '没有设置'}。`,
    'A weapp build for upload needs TARO_APP_API_BASE=https://<the request domain registered in the mini-program console>/api/v1',
    '(WeChat refuses plain http and unregistered domains on phones). Builds with the test appid (touristappid) keep the local default;',
    'see README → Publishing the mini-program.'
  ].join('\n')
}
