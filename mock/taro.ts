/**
 * A jest double of @tarojs/taro: in jest nothing initialises Taro's platform APIs, so tests replace
 * the module. Enable it in a test file with
 *   jest.mock('@tarojs/taro', () => require('<path>/mock/taro').taroMock)
 * The double keeps storage in memory, records navigation and device calls as jest.fn()s, answers
 * Taro.request through the handler given to `mockRequest`, and lets a test fire page events
 * (`firePullDownRefresh`, `fireReachBottom`, `fireDidShow`) and set the route (`setRouterParams`).
 * mock/setup-app.ts resets it before each test.
 */

export interface MockRequest {
  url: string
  method: string
  data: unknown
  header: Record<string, string>
}

/** What a request handler answers: a response, or 'offline' to fail like a phone without network. */
export type MockReply = { statusCode: number; data: unknown; header?: Record<string, string> } | 'offline' | 'timeout'
export type RequestHandler = (req: MockRequest) => MockReply | Promise<MockReply>

interface RequestOption {
  url: string
  method?: string
  data?: unknown
  header?: Record<string, string>
  success?: (res: { data: unknown; statusCode: number; header: Record<string, string> }) => void
  fail?: (err: { errMsg: string }) => void
}

import { useEffect, useRef } from 'react'

type Callback = () => unknown

const storage = new Map<string, unknown>()
const pageEvents = { pullDownRefresh: [] as Callback[], reachBottom: [] as Callback[], didShow: [] as Callback[] }
let routerParams: Record<string, string> = {}
let handler: RequestHandler = () => 'offline'
const networkListeners: ((res: { isConnected: boolean; networkType: string }) => void)[] = []

const resolved = <T>(value: T) => jest.fn((_option?: unknown) => Promise.resolve(value))

function request(option: RequestOption) {
  const task = { abort: jest.fn() }
  const req: MockRequest = { url: option.url, method: option.method ?? 'GET', data: option.data, header: option.header ?? {} }
  const promise = Promise.resolve()
    .then(() => handler(req))
    .then((reply) => {
      if (reply === 'offline' || reply === 'timeout') {
        const err = { errMsg: reply === 'timeout' ? 'request:fail timeout' : 'request:fail net::ERR_INTERNET_DISCONNECTED' }
        option.fail?.(err)
        throw err
      }
      const body = typeof reply.data === 'string' ? reply.data : JSON.stringify(reply.data)
      const res = { data: body, statusCode: reply.statusCode, header: reply.header ?? { 'content-type': 'application/json' } }
      option.success?.(res)
      return res
    })
  promise.catch(() => undefined)
  return Object.assign(promise, task)
}

/** Like Taro's page hooks: registers once per mounted component and always calls the latest callback. */
const pageHook = (list: Callback[]) => (cb: Callback) => {
  const latest = useRef(cb)
  latest.current = cb
  useEffect(() => {
    const call = () => latest.current()
    list.push(call)
    return () => {
      list.splice(list.indexOf(call), 1)
    }
  }, [])
}

const api = {
  request: jest.fn(request),
  getStorageSync: jest.fn((key: string) => (storage.has(key) ? storage.get(key) : '')),
  setStorageSync: jest.fn((key: string, value: unknown) => {
    storage.set(key, value)
  }),
  removeStorageSync: jest.fn((key: string) => {
    storage.delete(key)
  }),
  clearStorageSync: jest.fn(() => storage.clear()),
  getStorageInfoSync: jest.fn(() => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 })),
  makePhoneCall: resolved({ errMsg: 'makePhoneCall:ok' }),
  openLocation: resolved({ errMsg: 'openLocation:ok' }),
  downloadFile: resolved({ tempFilePath: 'wxfile://tmp/file', statusCode: 200, errMsg: 'downloadFile:ok' }),
  openDocument: resolved({ errMsg: 'openDocument:ok' }),
  previewImage: resolved({ errMsg: 'previewImage:ok' }),
  navigateTo: resolved({ errMsg: 'navigateTo:ok' }),
  redirectTo: resolved({ errMsg: 'redirectTo:ok' }),
  navigateBack: resolved({ errMsg: 'navigateBack:ok' }),
  switchTab: resolved({ errMsg: 'switchTab:ok' }),
  showToast: resolved({ errMsg: 'showToast:ok' }),
  setNavigationBarTitle: resolved({ errMsg: 'setNavigationBarTitle:ok' }),
  showModal: resolved({ confirm: true, cancel: false, errMsg: 'showModal:ok' }),
  login: resolved({ code: 'wx-login-code', errMsg: 'login:ok' }),
  chooseImage: resolved({ tempFilePaths: ['blob:photo-1'], tempFiles: [{ path: 'blob:photo-1', size: 1024 }], errMsg: 'chooseImage:ok' }),
  chooseMedia: resolved({ tempFiles: [{ tempFilePath: 'wxfile://tmp/photo-1.jpg', size: 4_000_000, fileType: 'image' }], type: 'image', errMsg: 'chooseMedia:ok' }),
  compressImage: jest.fn((option: { src: string }) => Promise.resolve({ tempFilePath: option.src.replace(/\.jpg$/, '-small.jpg'), errMsg: 'compressImage:ok' })),
  getSetting: resolved({ authSetting: {}, subscriptionsSetting: { mainSwitch: true }, errMsg: 'getSetting:ok' }),
  openSetting: resolved({ authSetting: {}, errMsg: 'openSetting:ok' }),
  openPrivacyContract: resolved({ errMsg: 'openPrivacyContract:ok' }),
  onNeedPrivacyAuthorization: jest.fn(),
  useShareAppMessage: jest.fn(),
  useShareTimeline: jest.fn(),
  chooseMessageFile: resolved({ tempFiles: [{ path: 'wxfile://tmp/a.pdf', name: 'a.pdf', size: 2048, type: 'file', time: 0 }], errMsg: 'chooseMessageFile:ok' }),
  chooseLocation: resolved({ name: '青石街道办事处', address: '青石路 1 号', latitude: 30.1, longitude: 120.2, errMsg: 'chooseLocation:ok' }),
  uploadFile: jest.fn((_option: { url: string; filePath: string; name: string; header?: Record<string, string> }) =>
    Promise.resolve({ statusCode: 201, data: '{}', errMsg: 'uploadFile:ok' })
  ),
  requestSubscribeMessage: resolved({ errMsg: 'requestSubscribeMessage:ok' }),
  onNetworkStatusChange: jest.fn((cb: (res: { isConnected: boolean; networkType: string }) => void) => {
    networkListeners.push(cb)
  }),
  offNetworkStatusChange: jest.fn((cb: (res: { isConnected: boolean; networkType: string }) => void) => {
    networkListeners.splice(networkListeners.indexOf(cb), 1)
  }),
  getCurrentPages: jest.fn(() => [{}, {}]),
  pageScrollTo: resolved({ errMsg: 'pageScrollTo:ok' }),
  stopPullDownRefresh: jest.fn(),
  usePullDownRefresh: jest.fn(pageHook(pageEvents.pullDownRefresh)),
  useReachBottom: jest.fn(pageHook(pageEvents.reachBottom)),
  useDidShow: jest.fn(pageHook(pageEvents.didShow)),
  useRouter: jest.fn(() => ({ params: routerParams, path: '' })),
  getCurrentInstance: jest.fn(() => ({ router: { params: routerParams, path: '' }, page: null, app: null })),
  getEnv: jest.fn(() => 'WEB'),
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB', RN: 'RN', SWAN: 'SWAN', ALIPAY: 'ALIPAY', TT: 'TT', QQ: 'QQ', JD: 'JD', HARMONY: 'HARMONY' }
}

/** The module object to hand to jest.mock('@tarojs/taro', …). */
export const taroMock = { __esModule: true, default: api, ...api }

/** Answers every Taro.request with `h` until the next reset. */
export function mockRequest(h: RequestHandler): void {
  handler = h
}

/**
 * Answers requests by path under /api/v1 (query ignored) with 200 and the given body; any other path
 * gets the server's 404 error body. mockApi({ '/contacts': contacts, '/notices': aNoticePage() })
 */
export function mockApi(routes: Record<string, unknown>): void {
  mockRequest((req) => {
    const path = new URL(req.url).pathname.replace(/^\/api\/v1/, '')
    if (path in routes) return { statusCode: 200, data: routes[path] }
    return { statusCode: 404, data: { error: { code: 'NOT_FOUND', message: '未找到该页面或接口' } } }
  })
}

/** The requests made so far, as the adapter sent them. */
export function requestsMade(): MockRequest[] {
  return api.request.mock.calls.map(([o]) => ({ url: o.url, method: o.method ?? 'GET', data: o.data, header: o.header ?? {} }))
}

export function setRouterParams(params: Record<string, string>): void {
  routerParams = params
}

const fire = async (list: Callback[]) => {
  for (const cb of [...list]) await cb()
}
export const firePullDownRefresh = () => fire(pageEvents.pullDownRefresh)
export const fireReachBottom = () => fire(pageEvents.reachBottom)
export const fireDidShow = () => fire(pageEvents.didShow)
/** Tells Taro.onNetworkStatusChange listeners that the network came back (or went away). */
export const fireNetworkChange = (isConnected: boolean) => {
  for (const cb of [...networkListeners]) cb({ isConnected, networkType: isConnected ? 'wifi' : 'none' })
}

/** Raw access to the in-memory storage, e.g. to seed a cache entry before rendering. */
export const mockStorage = storage

/** Forgets storage, handlers, route, page events and recorded calls. Called before each test. */
export function resetTaroMock(): void {
  storage.clear()
  pageEvents.pullDownRefresh.length = 0
  pageEvents.reachBottom.length = 0
  pageEvents.didShow.length = 0
  routerParams = {}
  handler = () => 'offline'
  networkListeners.length = 0
  for (const value of Object.values(api)) {
    if (typeof value === 'function' && 'mockClear' in value) value.mockClear()
  }
}
