import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'

/**
 * The built mini-program (dist/weapp) run in Node without WeChat: its own app.js and page JS are
 * evaluated in a fresh VM context per launch, with WeChat's `wx` mock from miniprogram-simulate and
 * stand-ins for App/Page/Component/getApp. Every setData is applied to the page's data, so the final
 * `root` tree holds what a phone would render (`nn` names a node's template, `v` a text). Requests go
 * to a real API server; wx calls, console errors and uncaught errors are recorded for the test to
 * judge. No render layer: layout, styles and fonts are not checked here (the H5 build in Chromium is).
 */

// miniprogram-simulate's mock of the whole wx API (storage in memory, plausible device constants).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wxMock = require('miniprogram-simulate/src/api') as Record<string, unknown>

export interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  subpackages?: { root: string; pages: string[] }[]
  tabBar?: { list: { pagePath: string }[] }
}

/** One node of Taro's render tree as the page's setData payloads build it. */
export interface TreeNode {
  nn?: string | number
  sid?: string
  uid?: string
  v?: string
  cn?: TreeNode[]
  [prop: string]: unknown
}

export interface WxCall {
  api: string
  options: unknown
}

export interface Launch {
  route: string
  /** The page's data after every setData (Taro renders under `root`). */
  data: Record<string, unknown>
  /** Every wx API the app called, in order, with its first argument. */
  calls: WxCall[]
  /** console.error and console.warn lines of the app, uncaught errors, unhandled rejections. */
  errors: string[]
  /** Requests answered, e.g. `GET /api/v1/notices?page=1 → 200`. */
  requests: string[]
  /** The texts of the rendered tree, in document order. */
  texts(): string[]
  /** Taps the innermost rendered node whose own text is exactly `text` (Taro bubbles it to its handlers), then waits. */
  tap(text: string): Promise<void>
  /** Waits until the page has been quiet (no setData, wx call or request in flight) for `quietMs`. */
  settle(quietMs?: number): Promise<void>
  /** Calls a method of the page (onShareAppMessage, …) the way WeChat does and returns its answer. */
  callPage(name: string, ...args: unknown[]): unknown
  /** Callbacks the app registered with wx.on…, e.g. onNeedPrivacyAuthorization, by API name. */
  listeners: Map<string, ((...args: unknown[]) => unknown)[]>
  /** Runs the page's onUnload and the app's onHide and stops the launch's timers. */
  close(): void
}

export interface LaunchOptions {
  /** Root of the build, e.g. dist/weapp. */
  buildDir: string
  /** A page path of app.json, e.g. `packages/content/notice/index`. */
  route: string
  query?: Record<string, string>
  /** Where requests go: `http://127.0.0.1:PORT`; the build's own origin is replaced by it. */
  apiOrigin: string
  /** wx storage before the app starts (a session kept from an earlier visit). */
  storage?: Record<string, unknown>
  /** Answers to device APIs the mock does not model well (e.g. chooseMedia). */
  overrides?: Record<string, (options: Record<string, unknown>) => unknown>
}

export function readAppJson(buildDir: string): AppJson {
  return JSON.parse(fs.readFileSync(path.join(buildDir, 'app.json'), 'utf8')) as AppJson
}

/** Every page of app.json, main package first, then each subpackage's pages under its root. */
export function allPages(app: AppJson): string[] {
  const subs = app.subPackages ?? app.subpackages ?? []
  return [...app.pages, ...subs.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
}

export function tabPages(app: AppJson): string[] {
  return (app.tabBar?.list ?? []).map((t) => t.pagePath)
}

/** Applies one setData key (`root.cn.[0].cn.[2].v`, `root.cn[1]`, `root`) to `target`. */
export function applySetData(target: Record<string, unknown>, data: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(data)) {
    const parts = [...key.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]))
    let at: Record<string | number, unknown> = target
    for (let i = 0; i < parts.length - 1; i++) {
      const part = parts[i]
      const next = parts[i + 1]
      if (at[part] === undefined || at[part] === null) at[part] = typeof next === 'number' ? [] : {}
      at = at[part] as Record<string | number, unknown>
    }
    at[parts[parts.length - 1]] = value === undefined ? undefined : JSON.parse(JSON.stringify(value))
  }
}

/** Depth-first walk of the rendered tree. */
export function* walk(node: TreeNode | undefined, depth = 0): Generator<{ node: TreeNode; depth: number }> {
  if (!node || typeof node !== 'object') return
  yield { node, depth }
  for (const child of node.cn ?? []) yield* walk(child, depth + 1)
}

function textsOf(root: TreeNode | undefined): string[] {
  const out: string[] = []
  for (const { node } of walk(root)) if (typeof node.v === 'string' && node.v.trim()) out.push(node.v.trim())
  return out
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${(error.stack ?? '').split('\n').slice(1, 4).join('\n')}`
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message)
  return String(error)
}

// Unhandled rejections of the VM's promises reach the process; the launch running now collects them.
let current: { errors: string[] } | null = null
process.on('unhandledRejection', (reason) => {
  if (current) current.errors.push(`unhandled rejection: ${describe(reason)}`)
  else throw reason
})

const NAVIGATION = new Set(['switchTab', 'navigateTo', 'redirectTo', 'reLaunch', 'navigateBack'])

/** Starts the mini-program at `route` the way WeChat does on a cold start, and lets it settle. */
export async function launch(options: LaunchOptions): Promise<Launch> {
  const { buildDir, route } = options
  const calls: WxCall[] = []
  const errors: string[] = []
  const requests: string[] = []
  const storage = new Map<string, unknown>(Object.entries(options.storage ?? {}))
  const timers = new Set<NodeJS.Timeout>()
  let lastActivity = Date.now()
  let inFlight = 0
  let closed = false
  const touch = () => {
    lastActivity = Date.now()
  }
  const record = (label: string) => (error: unknown) => errors.push(`${label}: ${describe(error)}`)

  // Timer callbacks run guarded: an exception in one is the page's error, not the runner's crash.
  const guarded =
    (fn: unknown, args: unknown[]) =>
    (): void => {
      if (closed || typeof fn !== 'function') return
      try {
        ;(fn as (...a: unknown[]) => void)(...args)
      } catch (error) {
        record('uncaught error in a timer')(error)
      }
    }
  const timerGlobals = {
    setTimeout: (fn: unknown, ms?: number, ...args: unknown[]) => {
      const t = setTimeout(() => {
        timers.delete(t)
        guarded(fn, args)()
      }, ms)
      timers.add(t)
      return t
    },
    clearTimeout: (t: NodeJS.Timeout) => {
      timers.delete(t)
      clearTimeout(t)
    },
    setInterval: (fn: unknown, ms?: number, ...args: unknown[]) => {
      const t = setInterval(guarded(fn, args), ms)
      timers.add(t)
      return t
    },
    clearInterval: (t: NodeJS.Timeout) => {
      timers.delete(t)
      clearInterval(t)
    }
  }

  const asyncAnswer = (opts: Record<string, unknown>, ok: boolean, result: Record<string, unknown>) => {
    inFlight += 1
    setTimeout(() => {
      inFlight -= 1
      touch()
      if (closed) return
      try {
        const callback = ok ? opts.success : opts.fail
        if (typeof callback === 'function') callback(result)
        if (typeof opts.complete === 'function') opts.complete(result)
      } catch (error) {
        record('uncaught error in a wx callback')(error)
      }
    }, 1)
  }

  const request = (opts: Record<string, unknown>) => {
    const original = String(opts.url)
    const url = new URL(original.replace(/^https?:\/\/[^/]+/, options.apiOrigin))
    const method = String(opts.method ?? 'GET').toUpperCase()
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries((opts.header as Record<string, unknown>) ?? {})) if (v !== undefined && v !== null) headers[k] = String(v)
    let body: string | undefined
    if (opts.data !== undefined && opts.data !== null) {
      if (method === 'GET' || method === 'HEAD') {
        if (typeof opts.data === 'object') for (const [k, v] of Object.entries(opts.data as object)) if (v !== undefined) url.searchParams.set(k, String(v))
      } else {
        body = typeof opts.data === 'string' ? opts.data : JSON.stringify(opts.data)
        if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json'
      }
    }
    inFlight += 1
    let aborted = false
    fetch(url, { method, headers, body })
      .then(async (response) => {
        const text = await response.text()
        let data: unknown = text
        if (opts.dataType !== 'text' && text) {
          try {
            data = JSON.parse(text)
          } catch {
            data = text
          }
        }
        requests.push(`${method} ${url.pathname}${url.search} → ${response.status}`)
        const header: Record<string, string> = {}
        response.headers.forEach((v, k) => (header[k] = v))
        return { statusCode: response.status, data, header, errMsg: 'request:ok' }
      })
      .then(
        (result) => {
          inFlight -= 1
          touch()
          if (closed || aborted) return
          try {
            if (typeof opts.success === 'function') opts.success(result)
            if (typeof opts.complete === 'function') opts.complete(result)
          } catch (error) {
            record('uncaught error in a request callback')(error)
          }
        },
        (error: unknown) => {
          inFlight -= 1
          touch()
          requests.push(`${method} ${url.pathname} → network error`)
          const result = { errMsg: `request:fail ${describe(error)}` }
          if (closed || aborted) return
          if (typeof opts.fail === 'function') opts.fail(result)
          if (typeof opts.complete === 'function') opts.complete(result)
        }
      )
    return {
      abort() {
        aborted = true
      },
      onHeadersReceived() {},
      offHeadersReceived() {},
      onChunkReceived() {},
      offChunkReceived() {}
    }
  }

  const listeners = new Map<string, ((...args: unknown[]) => unknown)[]>()
  const listen = (api: string) => (callback: (...args: unknown[]) => unknown) => {
    listeners.set(api, [...(listeners.get(api) ?? []), callback])
  }
  const ok = (api: string) => (opts: Record<string, unknown> = {}) => asyncAnswer(opts, true, { errMsg: `${api}:ok` })
  const overrides: Record<string, unknown> = {
    request,
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    getStorage: (opts: Record<string, unknown>) =>
      storage.has(String(opts.key)) ? asyncAnswer(opts, true, { data: storage.get(String(opts.key)), errMsg: 'getStorage:ok' }) : asyncAnswer(opts, false, { errMsg: 'getStorage:fail data not found' }),
    setStorage: (opts: Record<string, unknown>) => {
      storage.set(String(opts.key), opts.data)
      asyncAnswer(opts, true, { errMsg: 'setStorage:ok' })
    },
    removeStorage: (opts: Record<string, unknown>) => {
      storage.delete(String(opts.key))
      asyncAnswer(opts, true, { errMsg: 'removeStorage:ok' })
    },
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
    login: (opts: Record<string, unknown>) => asyncAnswer(opts, true, { code: 'headless-wx-login-code', errMsg: 'login:ok' }),
    switchTab: ok('switchTab'),
    navigateTo: ok('navigateTo'),
    redirectTo: ok('redirectTo'),
    reLaunch: ok('reLaunch'),
    navigateBack: ok('navigateBack'),
    makePhoneCall: ok('makePhoneCall'),
    onNeedPrivacyAuthorization: listen('onNeedPrivacyAuthorization'),
    ...options.overrides
  }
  // What the app stores on wx itself (webpack's chunk list) stays with this launch.
  const own = new Map<string | symbol, unknown>()
  const wx: Record<string, unknown> = new Proxy(wxMock, {
    set(_target, key, value) {
      own.set(key, value)
      return true
    },
    has(target, key) {
      return own.has(key) || Object.hasOwn(overrides, key) || key in target
    },
    // Taro copies wx's own keys into Taro.*: the APIs the runner adds (onNeedPrivacyAuthorization,
    // newer than the mock) must be listed like the mock's.
    ownKeys(target) {
      return [...new Set([...Reflect.ownKeys(target), ...Object.keys(overrides), ...own.keys()])]
    },
    getOwnPropertyDescriptor(target, key): PropertyDescriptor | undefined {
      if (own.has(key) || Object.hasOwn(overrides, key)) return { value: wx[key as string], writable: true, enumerable: true, configurable: true }
      return Reflect.getOwnPropertyDescriptor(target, key)
    },
    get(target, key: string) {
      if (own.has(key)) return own.get(key)
      const value = Object.hasOwn(overrides, key) ? overrides[key] : target[key]
      if (typeof value !== 'function' || !(Object.hasOwn(overrides, key) || Object.hasOwn(target, key))) return value
      return (...args: unknown[]) => {
        calls.push({ api: key, options: args[0] })
        touch()
        if (NAVIGATION.has(key)) return (value as (o: Record<string, unknown>) => unknown)((args[0] as Record<string, unknown>) ?? {})
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    }
  })

  const page: Record<string, unknown> & { data: Record<string, unknown> } = { data: {} }
  let appInstance: Record<string, unknown> | undefined
  let pageConfig: Record<string, unknown> | undefined
  const line = (level: string) => (...args: unknown[]) => {
    const text = args.map((a) => (typeof a === 'string' ? a : describe(a))).join(' ')
    if (level === 'error' || level === 'warn') errors.push(`console.${level}: ${text}`)
  }
  const sandbox: Record<string, unknown> = {
    ...timerGlobals,
    console: { log: line('log'), info: line('info'), debug: line('debug'), warn: line('warn'), error: line('error') },
    wx,
    App: (config: Record<string, unknown>) => {
      appInstance = config
    },
    Page: (config: Record<string, unknown>) => {
      pageConfig = config
    },
    // Taro registers its custom wrapper and native components here; pages do not need them to render.
    Component: (config: unknown) => config,
    Behavior: (config: unknown) => config,
    getApp: () => appInstance,
    getCurrentPages: () => [page],
    requirePlugin: () => ({}),
    __wxConfig: { envVersion: 'develop', platform: 'devtools' }
  }
  sandbox.global = sandbox
  sandbox.globalThis = sandbox
  const context = vm.createContext(sandbox)

  // WeChat's CommonJS: each file gets require/module/exports; one module registry per launch.
  const modules = new Map<string, { exports: unknown }>()
  const load = (file: string): unknown => {
    const resolved = file.endsWith('.js') ? file : `${file}.js`
    const cached = modules.get(resolved)
    if (cached) return cached.exports
    const module = { exports: {} as unknown }
    modules.set(resolved, module)
    const code = fs.readFileSync(resolved, 'utf8')
    const fn = vm.runInContext(`(function (require, module, exports) {${code}\n})`, context, { filename: resolved }) as (r: unknown, m: unknown, e: unknown) => void
    fn((request: string) => load(path.resolve(path.dirname(resolved), request)), module, module.exports)
    return module.exports
  }

  current = { errors }
  const safely = (label: string, fn: () => void) => {
    try {
      fn()
    } catch (error) {
      record(label)(error)
    }
  }

  page.route = route
  page.__route__ = route
  page.options = options.query ?? {}
  page.setData = (data: Record<string, unknown>, callback?: () => void) => {
    touch()
    applySetData(page.data, data)
    if (callback) timerGlobals.setTimeout(callback, 1)
  }

  safely('app.js threw while loading', () => load(path.join(buildDir, 'app')))
  const launchOptions = { path: route, query: options.query ?? {}, scene: 1001 }
  safely('App onLaunch threw', () => (appInstance?.onLaunch as ((o: unknown) => void) | undefined)?.call(appInstance, launchOptions))
  safely('App onShow threw', () => (appInstance?.onShow as ((o: unknown) => void) | undefined)?.call(appInstance, launchOptions))
  safely(`${route}.js threw while loading`, () => load(path.join(buildDir, route)))
  if (!pageConfig && !errors.length) errors.push(`${route}.js did not call Page()`)
  if (pageConfig) {
    // The page instance WeChat makes: the config's methods and a copy of its data.
    for (const [k, v] of Object.entries(pageConfig)) if (k !== 'data') page[k] = v
    applySetData(page.data, (pageConfig.data as Record<string, unknown>) ?? {})
  }
  const lifecycle = (name: string, ...args: unknown[]) => {
    const fn = page[name]
    if (typeof fn === 'function') safely(`page ${name} threw`, () => fn.apply(page, args))
  }
  lifecycle('onLoad', options.query ?? {})
  lifecycle('onShow')
  lifecycle('onReady')

  const settle = async (quietMs = 500, limitMs = 15_000) => {
    const began = Date.now()
    touch()
    while (Date.now() - began < limitMs) {
      await new Promise((r) => setTimeout(r, 50))
      if (inFlight === 0 && Date.now() - lastActivity >= quietMs) return
    }
    errors.push(`the page was still busy after ${limitMs / 1000} s (${inFlight} requests or callbacks in flight)`)
  }
  await settle()

  const root = () => page.data.root as TreeNode | undefined
  return {
    route,
    data: page.data,
    calls,
    errors,
    requests,
    texts: () => textsOf(root()),
    async tap(text: string) {
      // The first node (document order) with a direct text child reading `text`, with its ancestors.
      const find = (node: TreeNode, chain: TreeNode[]): TreeNode[] | null => {
        if (node.sid && (node.cn ?? []).some((c) => typeof c.v === 'string' && c.v.trim() === text)) return [...chain, node]
        for (const child of node.cn ?? []) {
          const found = find(child, node.sid ? [...chain, node] : chain)
          if (found) return found
        }
        return null
      }
      const chain = root() ? find(root() as TreeNode, []) : null
      if (!chain) throw new Error(`nothing on ${route} reads “${text}”; the page shows: ${textsOf(root()).join(' | ')}`)
      const handler = page.eh
      if (typeof handler !== 'function') throw new Error(`${route} has no event handler (eh)`)
      // WeChat calls the handler of every element bound to tap, innermost first (base.wxml binds
      // them all); Taro dispatches once the outermost bound one is reached.
      const innermost = chain[chain.length - 1]
      const target = { id: innermost.uid ?? innermost.sid, dataset: { sid: innermost.sid } }
      for (const node of [...chain].reverse()) {
        const currentTarget = { id: node.uid ?? node.sid, dataset: { sid: node.sid } }
        const event = { type: 'tap', timeStamp: Date.now(), target, currentTarget, detail: { x: 1, y: 1 }, touches: [], changedTouches: [] }
        safely(`tap on “${text}” threw`, () => handler.call(page, event))
      }
      await settle()
    },
    settle,
    callPage(name: string, ...args: unknown[]) {
      const fn = page[name]
      if (typeof fn !== 'function') throw new Error(`${route} has no ${name}`)
      return fn.apply(page, args)
    },
    listeners,
    close() {
      lifecycle('onUnload')
      safely('App onHide threw', () => (appInstance?.onHide as (() => void) | undefined)?.call(appInstance))
      closed = true
      for (const t of timers) clearTimeout(t)
      timers.clear()
      if (current?.errors === errors) current = null
    }
  }
}
