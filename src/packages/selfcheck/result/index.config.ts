export default definePageConfig({
  navigationStyle: 'default',
  navigationBarTitleText: '自测结果'
})
