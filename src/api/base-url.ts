/**
 * Where the API lives. A mini-program must be given an absolute base at build time
 * (TARO_APP_API_BASE); the H5 app is served by the API server itself, so it defaults to its own origin.
 */
export function apiBase(): string {
  const configured = process.env.TARO_APP_API_BASE
  if (configured) return configured.replace(/\/+$/, '')
  if (process.env.TARO_ENV === 'h5' && typeof location !== 'undefined') return `${location.origin}/api/v1`
  return 'http://127.0.0.1:8080/api/v1'
}

/**
 * An absolute URL for a path the API hands out (attachment and photo links). The server writes them
 * either under the API base (`/leaders/3/photo`) or from the site root (`/api/v1/attachments/3`);
 * both are accepted so that links survive a change of style on the server.
 * @example resolveApiUrl('/api/v1/attachments/3', 'https://x.cn/api/v1') // 'https://x.cn/api/v1/attachments/3'
 */
export function resolveApiUrl(path: string, base: string = apiBase()): string {
  if (/^https?:\/\//.test(path)) return path
  const root = base.match(/^https?:\/\/[^/]+/)?.[0] ?? ''
  const basePath = base.slice(root.length)
  const absolutePath = path.startsWith('/') ? path : `/${path}`
  if (basePath && (absolutePath === basePath || absolutePath.startsWith(`${basePath}/`))) return root + absolutePath
  return base + absolutePath
}
