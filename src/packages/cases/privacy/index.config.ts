export default definePageConfig({
  navigationStyle: 'default',
  navigationBarTitleText: '个人信息保护'
})
