import { isPageCodeMissing } from './h5-offline'

describe('a page whose code could not be fetched', () => {
  it('is recognised from webpack’s ChunkLoadError', () => {
    const error = Object.assign(new Error('Loading chunk 12 failed.'), { name: 'ChunkLoadError' })
    expect(isPageCodeMissing(error)).toBe(true)
  })

  it('is recognised from the CSS chunk loader’s message', () => {
    expect(isPageCodeMissing(new Error('Loading CSS chunk 7 failed.\n(/css/7.1a2b3c4d.css)'))).toBe(true)
  })

  it('is not any other failure', () => {
    expect(isPageCodeMissing(new Error('Network Error'))).toBe(false)
    expect(isPageCodeMissing('Loading chunk 1 failed')).toBe(false)
  })
})
