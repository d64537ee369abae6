// Stands in for jsonp-retry in the H5 build (see config/index.ts): the app never asks Taro.request
// for JSONP, so a request that did would fail plainly instead of loading a script.
export default function jsonp() {
  return Promise.reject(new Error('JSONP is not available in this app'))
}
