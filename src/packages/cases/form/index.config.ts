export default definePageConfig({
  navigationStyle: 'default',
  navigationBarTitleText: '填写事项'
})
