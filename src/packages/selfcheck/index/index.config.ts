export default definePageConfig({
  navigationStyle: 'default',
  // The ··· menu's 发送给朋友 and 分享到朋友圈 (src/hooks/use-share.ts).
  enableShareAppMessage: true,
  enableShareTimeline: true,
  navigationBarTitleText: '政策自测'
})
