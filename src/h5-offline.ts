import Taro from '@tarojs/taro'

/**
 * The H5 app's offline support (the mini-program has WeChat's own package cache):
 * - the service worker that config/h5-post-build.ts generates at build time, registered once the
 *   first page has loaded so that it never competes with it for the network;
 * - a page whose code could not be fetched (no network before the service worker had stored it)
 *   says so in words, instead of staying silently on the previous page.
 */
export function startH5OfflineSupport(): void {
  if (process.env.NODE_ENV === 'production' && 'serviceWorker' in navigator) {
    const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined)
    if (document.readyState === 'complete') register()
    else window.addEventListener('load', register, { once: true })
  }
  window.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    if (!isPageCodeMissing(event.reason)) return
    event.preventDefault()
    void Taro.showModal({ title: '这一页还没有下载', content: PAGE_NOT_DOWNLOADED, showCancel: false, confirmText: '知道了' })
  })
}

export const PAGE_NOT_DOWNLOADED = '现在没有网络，这一页还没有存到手机上。请联网后再打开，打开过的页面以后没有网络也能看。'

/** webpack's error when a page's script or style chunk cannot be fetched. */
export function isPageCodeMissing(reason: unknown): boolean {
  if (!(reason instanceof Error)) return false
  return reason.name === 'ChunkLoadError' || /Loading (CSS )?chunk .* failed/.test(reason.message)
}
