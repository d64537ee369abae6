import Taro from '@tarojs/taro'
import axios, { AxiosError, AxiosHeaders, type AxiosAdapter, type AxiosResponse } from 'axios'

type Method = keyof Taro.request.Method

/**
 * An axios adapter over Taro.request, so that one client runs in the mini-program (which has no
 * XMLHttpRequest or fetch) and in H5. The published adapters target axios 0.x.
 * axios serialises the body and parses JSON itself, so Taro is asked for text both ways.
 */
export const taroAdapter: AxiosAdapter = (config) =>
  new Promise((resolve, reject) => {
    const task = Taro.request({
      url: axios.getUri(config),
      method: (config.method ?? 'get').toUpperCase() as Method,
      data: config.data,
      header: AxiosHeaders.from(config.headers).normalize(true).toJSON(),
      timeout: config.timeout || undefined,
      dataType: 'text',
      responseType: 'text',
      success: (res) => {
        const response: AxiosResponse = {
          data: res.data,
          status: res.statusCode,
          statusText: String(res.statusCode),
          headers: new AxiosHeaders(res.header as Record<string, string>),
          config,
          request: task
        }
        const validate = config.validateStatus
        if (!validate || validate(res.statusCode)) {
          resolve(response)
          return
        }
        const code = res.statusCode >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST
        reject(new AxiosError(`Request failed with status code ${res.statusCode}`, code, config, task, response))
      },
      fail: (err) => {
        const code = /timeout/i.test(err.errMsg) ? AxiosError.ETIMEDOUT : AxiosError.ERR_NETWORK
        reject(new AxiosError(err.errMsg, code, config, task))
      }
    })
    // Taro's H5 request also rejects the promise it returns when it calls `fail`. The failure is
    // answered through `fail` above; left alone, that promise is an uncaught "Failed to fetch" for
    // every request made without network (weapp's returns a promise too, or a task to ignore).
    Promise.resolve(task).catch(() => undefined)
  })
