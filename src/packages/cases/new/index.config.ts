export default definePageConfig({
  navigationStyle: 'default',
  navigationBarTitleText: '我要留言'
})
