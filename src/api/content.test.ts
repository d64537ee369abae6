import { ClockSchema } from '@/core/schemas/clock'
import { ContactsSchema } from '@/core/schemas/contacts'
import { GuideDetailSchema } from '@/core/schemas/guides'
import { CatalogueSchema, NoticeDetailSchema, NoticePageSchema } from '@/core/schemas/notices'
import { aClock, aNoticeDetail, aNoticePage, aGuideDetail, catalogue, contacts, someNotices } from '../../mock/fixtures'
import { mockRequest, requestsMade } from '../../mock/taro'
import { fetchCatalogue, fetchContacts, fetchGuide, fetchGuides, fetchNotice, fetchNotices } from './content'

const answer = (data: unknown) => () => ({ statusCode: 200, data })

describe('the content endpoints', () => {
  it('asks for one category’s notices page by page', async () => {
    mockRequest(answer(aNoticePage()))
    const page = await fetchNotices({ category: 'gov-benefits', page: 2, pageSize: 20 })
    expect(requestsMade()[0].url).toBe('http://localhost/api/v1/notices?category=gov-benefits&page=2&pageSize=20')
    expect(page.items[0].title).toBe('2026年城乡居民最低生活保障标准调整的通知')
  })

  it('trims the search words and leaves out an empty search', async () => {
    mockRequest(answer(aNoticePage([])))
    await fetchNotices({ q: '  低保 ' })
    await fetchNotices({ q: '   ' })
    expect(requestsMade().map((r) => r.url)).toEqual(['http://localhost/api/v1/notices?q=%E4%BD%8E%E4%BF%9D', 'http://localhost/api/v1/notices'])
  })

  it('reads a notice, a guide, the guide list, the catalogue and the contacts from their paths', async () => {
    const bodies: Record<string, unknown> = {
      '/notices/1': aNoticeDetail(),
      '/guides/1': aGuideDetail(),
      '/guides': { items: [], total: 0, page: 1, pageSize: 20 },
      '/catalogue': catalogue,
      '/contacts': contacts
    }
    mockRequest((req) => ({ statusCode: 200, data: bodies[new URL(req.url).pathname.replace('/api/v1', '')] }))
    await expect(fetchNotice(1)).resolves.toMatchObject({ id: 1, attachments: expect.any(Array) })
    await expect(fetchGuide(1)).resolves.toMatchObject({ name: '最低生活保障申请' })
    await expect(fetchGuides()).resolves.toMatchObject({ total: 0 })
    await expect(fetchCatalogue()).resolves.toEqual(catalogue)
    await expect(fetchContacts()).resolves.toEqual(contacts)
  })

  it('passes on the server’s message when a notice does not exist', async () => {
    mockRequest(() => ({ statusCode: 404, data: { error: { code: 'NOTICE_NOT_FOUND', message: '未找到这条公开信息' } } }))
    await expect(fetchNotice(99)).rejects.toMatchObject({ status: 404, message: '未找到这条公开信息' })
  })
})

describe('the test fixtures', () => {
  it('are answers the server could give', () => {
    expect(() => NoticePageSchema.parse(aNoticePage(someNotices(30)))).not.toThrow()
    expect(() => NoticeDetailSchema.parse(aNoticeDetail())).not.toThrow()
    expect(() => GuideDetailSchema.parse(aGuideDetail())).not.toThrow()
    expect(() => CatalogueSchema.parse(catalogue)).not.toThrow()
    expect(() => ContactsSchema.parse(contacts)).not.toThrow()
    expect(() => ClockSchema.parse(aClock())).not.toThrow()
  })
})
