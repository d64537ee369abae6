export default definePageConfig({
  navigationStyle: 'default',
  navigationBarTitleText: '登录'
})
