import { guideUrl, noticeListUrl, noticeUrl, routeId, routeParam, searchUrl } from './routes'

describe('content routes', () => {
  it('builds the subpackage URLs the pages navigate to', () => {
    expect(noticeListUrl('gov-benefits')).toBe('/packages/content/notices/index?category=gov-benefits')
    expect(noticeUrl(7)).toBe('/packages/content/notice/index?id=7')
    expect(guideUrl(3)).toBe('/packages/content/guide/index?id=3')
  })

  it('percent-encodes Chinese search words and leaves out an empty search', () => {
    expect(searchUrl(' 低保 ')).toBe('/packages/content/search/index?q=%E4%BD%8E%E4%BF%9D')
    expect(searchUrl('  ')).toBe('/packages/content/search/index')
  })

  it('decodes an encoded parameter and keeps one that cannot be decoded', () => {
    expect(routeParam('%E4%BD%8E%E4%BF%9D')).toBe('低保')
    expect(routeParam('100%')).toBe('100%')
    expect(routeParam(undefined)).toBe('')
  })

  it('reads only positive whole numbers as ids', () => {
    expect(routeId('12')).toBe(12)
    expect(routeId('0')).toBeNull()
    expect(routeId('abc')).toBeNull()
    expect(routeId(undefined)).toBeNull()
  })
})
