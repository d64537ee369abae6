import { weappApiBaseProblem } from './weapp-api-base'

const OFFICE_APPID = 'wx0123456789abcdef'

describe('a weapp build for upload', () => {
  it('needs an https API base, since WeChat calls only registered https request domains on phones', () => {
    expect(weappApiBaseProblem({ TARO_APP_WEAPP_APPID: OFFICE_APPID, TARO_APP_API_BASE: 'https://jiefang.example.gov.cn/api/v1' })).toBeNull()
  })

  it('is refused without an API base, saying which variable to set', () => {
    expect(weappApiBaseProblem({ TARO_APP_WEAPP_APPID: OFFICE_APPID })).toMatch(/TARO_APP_API_BASE 没有设置/)
  })

  it('is refused with a plain http API base', () => {
    expect(weappApiBaseProblem({ TARO_APP_WEAPP_APPID: OFFICE_APPID, TARO_APP_API_BASE: 'http://jiefang.example.gov.cn/api/v1' })).toMatch(/需要 HTTPS/)
  })

  it('is refused with an API base that is not an address', () => {
    expect(weappApiBaseProblem({ TARO_APP_WEAPP_APPID: OFFICE_APPID, TARO_APP_API_BASE: 'jiefang.example.gov.cn' })).toMatch(/https:\/\//)
  })
})

describe('a weapp build that is not for upload', () => {
  it('keeps the local default with WeChat’s test appid (CI and the headless run build this way)', () => {
    expect(weappApiBaseProblem({})).toBeNull()
    expect(weappApiBaseProblem({ TARO_APP_WEAPP_APPID: 'touristappid', TARO_APP_API_BASE: 'http://127.0.0.1:8080/api/v1' })).toBeNull()
  })

  it('may call a local http server while watching (npm run dev:weapp in DevTools)', () => {
    expect(weappApiBaseProblem({ TARO_APP_WEAPP_APPID: OFFICE_APPID, NODE_ENV: 'development', TARO_APP_API_BASE: 'http://192.168.1.20:8080/api/v1' })).toBeNull()
  })
})
