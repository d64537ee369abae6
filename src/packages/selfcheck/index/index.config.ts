export default definePageConfig({
  navigationStyle: 'default',
  navigationBarTitleText: '惠民政策自测'
})
