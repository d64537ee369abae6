export default definePageConfig({
  navigationStyle: 'default',
  navigationBarTitleText: '政策自测'
})
