export default definePageConfig({
  navigationBarTitleText: '街坊通',
  enablePullDownRefresh: true
})
