export default definePageConfig({
  navigationBarTitleText: '公开信息',
  enablePullDownRefresh: true,
  onReachBottomDistance: 120
})
