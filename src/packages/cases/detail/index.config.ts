export default definePageConfig({
  navigationStyle: 'default',
  navigationBarTitleText: '事项详情'
})
