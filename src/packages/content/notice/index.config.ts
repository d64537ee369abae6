// navigationStyle 'default' is the mini-program's own default; H5 shows its title bar with a back
// button only when a page asks for it, and residents who opened a link need that way back.
export default definePageConfig({
  navigationStyle: 'default',
  // The ··· menu's 发送给朋友 and 分享到朋友圈 (src/hooks/use-share.ts).
  enableShareAppMessage: true,
  enableShareTimeline: true,
  navigationBarTitleText: '公开详情'
})
