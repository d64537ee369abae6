import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'

export interface SharedPage {
  /** What the chat card and the 朋友圈 post say, e.g. the notice's title. */
  title: string
  /** The page that opens from the card, with its query: `/packages/content/notice/index?id=3`. */
  path: string
}

/**
 * Lets the mini-program's ··· menu send this page to a chat and to 朋友圈 (residents forward 低保
 * notices to family groups). The page's config must say `enableShareAppMessage` and
 * `enableShareTimeline`; 朋友圈 reopens the same page, so it takes only the query. The browser has no
 * such menu: Taro's H5 hooks do nothing.
 * @example useShare({ title: '2026年低保标准调整', path: noticeUrl(3) })
 */
export function useShare(page: SharedPage): void {
  useShareAppMessage(() => ({ title: page.title, path: page.path }))
  useShareTimeline(() => ({ title: page.title, query: page.path.split('?')[1] ?? '' }))
}
