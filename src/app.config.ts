// Routes of the app. Tab pages form the mini-program's main package; every other page lives in a
// subpackage so that the main package (2 MB limit, loaded on every cold start) stays lean.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/catalogue/index', 'pages/services/index', 'pages/contacts/index', 'pages/mine/index'],
  subPackages: [
    {
      root: 'packages/content',
      pages: ['notices/index', 'notice/index', 'search/index', 'guide/index']
    },
    {
      root: 'packages/cases',
      pages: ['new/index', 'form/index', 'login/index', 'privacy/index', 'mine/index', 'detail/index']
    },
    { root: 'packages/selfcheck', pages: ['index/index', 'result/index'] },
    // The staff workbench: only officials open it, from 我的 → 工作人员入口.
    { root: 'staff', pages: ['login/index', 'queue/index', 'case/index', 'register/index', 'publishing/index', 'reports/index', 'office/index', 'audit/index', 'followups/index', 'admin/index', 'templates/index', 'accounts/index'] }
  ],
  // WeChat lets a mini-program call these location APIs only when declared here (the case form's 选择位置).
  requiredPrivateInfos: ['chooseLocation'],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f2f4f7',
    navigationBarBackgroundColor: '#0b4fa8',
    navigationBarTitleText: '街坊通',
    navigationBarTextStyle: 'white'
  },
  tabBar: {
    color: '#4d4d4d',
    selectedColor: '#0b4fa8',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/catalogue/index', text: '公开', iconPath: 'assets/tab/catalogue.png', selectedIconPath: 'assets/tab/catalogue-active.png' },
      { pagePath: 'pages/services/index', text: '办事', iconPath: 'assets/tab/services.png', selectedIconPath: 'assets/tab/services-active.png' },
      { pagePath: 'pages/contacts/index', text: '联系', iconPath: 'assets/tab/contacts.png', selectedIconPath: 'assets/tab/contacts-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab/mine.png', selectedIconPath: 'assets/tab/mine-active.png' }
    ]
  }
})
