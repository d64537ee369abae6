// navigationStyle 'default' is the mini-program's own default; H5 shows its title bar with a back
// button only when a page asks for it, and residents who opened a link need that way back.
export default definePageConfig({
  navigationStyle: 'default',
  navigationBarTitleText: '公开信息',
  enablePullDownRefresh: true,
  onReachBottomDistance: 120
})
