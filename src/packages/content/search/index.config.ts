export default definePageConfig({
  navigationBarTitleText: '搜索公开信息',
  onReachBottomDistance: 120
})
