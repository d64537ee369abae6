// navigationStyle 'default' is the mini-program's own default; H5 shows its title bar with a back
// button only when a page asks for it, and residents who opened a link need that way back.
export default definePageConfig({
  navigationStyle: 'default',
  navigationBarTitleText: '搜索公开信息和办事指南',
  onReachBottomDistance: 120
})
