import { apiBase, resolveApiUrl } from './base-url'

describe('where the API lives', () => {
  it('in H5 without configuration, is /api/v1 on the page’s own origin', () => {
    expect(apiBase()).toBe('http://localhost/api/v1')
  })

  it('resolves a link written from the site root against the API origin', () => {
    expect(resolveApiUrl('/api/v1/attachments/3', 'https://gov.example.cn/api/v1')).toBe('https://gov.example.cn/api/v1/attachments/3')
  })

  it('resolves a link written under the API base by appending it to the base', () => {
    expect(resolveApiUrl('/leaders/1/photo', 'https://gov.example.cn/api/v1')).toBe('https://gov.example.cn/api/v1/leaders/1/photo')
    expect(resolveApiUrl('leaders/1/photo', 'https://gov.example.cn/api/v1')).toBe('https://gov.example.cn/api/v1/leaders/1/photo')
  })

  it('leaves an absolute link as it is', () => {
    expect(resolveApiUrl('https://cdn.example.cn/a.pdf', 'https://gov.example.cn/api/v1')).toBe('https://cdn.example.cn/a.pdf')
  })
})
