// Stands in for axios/lib/adapters/fetch.js in the app builds (see config/index.ts): the app's own
// Taro.request adapter serves every request, so axios never asks for its fetch adapter.
export const getFetch = () => null
export default null
