import { describeEachEngine } from '../../test/support/db'
import { PAGE_SIZE_DEFAULT } from '@/core/schemas/common'
import type { NoticeListQuery } from '@/core/schemas/notices'
import type { GuideListQuery } from '@/core/schemas/guides'
import { loadDemoContent } from '../demo/load-demo'
import { countPublishedByCategory, findCatalogue } from './catalogue-repository'
import { findContacts, findLeaderPhoto } from './contacts-repository'
import { findGuide, listGuides } from './guides-repository'
import { findAttachmentFile, findNotice, listNotices } from './notices-repository'
import { fixtureContent, PDF_BYTES, PNG_BYTES, PUBLISHED_COUNT, TITLES, WITHDRAW_SQL, writeFixtureFiles } from './__fixtures__/content'

const notices = (query: Partial<NoticeListQuery>): NoticeListQuery => ({ page: 1, pageSize: PAGE_SIZE_DEFAULT, ...query })
const guides = (query: Partial<GuideListQuery>): GuideListQuery => ({ page: 1, pageSize: PAGE_SIZE_DEFAULT, ...query })

describeEachEngine('content repositories', (getDb) => {
  beforeAll(async () => {
    await loadDemoContent(getDb(), fixtureContent, writeFixtureFiles())
    await getDb().query(WITHDRAW_SQL)
  })

  const idOf = async (title: string): Promise<number> => {
    const [row] = await getDb().query<{ id: number }>('SELECT id FROM notices WHERE title = $1', [title])
    return row.id
  }

  describe('the notice list', () => {
    it('shows every published notice, newest first, and never a withdrawn one', async () => {
      const page = await listNotices(getDb(), notices({}))
      expect(page.total).toBe(PUBLISHED_COUNT)
      expect(page.items.map((n) => n.title)).not.toContain(TITLES.withdrawn)
      const dates = page.items.map((n) => n.publishedAt)
      expect(dates).toEqual([...dates].sort().reverse())
    })

    it('gives each notice its department, timeliness, attachment count and opening', async () => {
      const { items } = await listNotices(getDb(), notices({ category: 'gov-benefits' }))
      const standard = items.find((n) => n.title === TITLES.standard)
      expect(standard).toMatchObject({
        category: 'gov-benefits',
        department: '社会事务办公室',
        publishedAt: '2026-01-10',
        timeliness: 'fixed',
        attachmentCount: 2,
        excerpt: '经市政府批准，城市低保标准调整为每人每月1450元。 调整自2026年1月1日起执行。'
      })
    })

    it('of a sub-category holds only that sub-category', async () => {
      const page = await listNotices(getDb(), notices({ category: 'gov-benefits' }))
      expect(page.items.map((n) => n.title).sort()).toEqual([TITLES.standard, TITLES.thriceInBody].sort())
      expect(page.total).toBe(2)
    })

    it('of a parent category includes its sub-categories', async () => {
      const page = await listNotices(getDb(), notices({ category: 'gov' }))
      expect(page.items.map((n) => n.category).sort()).toEqual(['gov-benefits', 'gov-benefits', 'gov-practical', 'gov-practical', 'gov-safety'])
    })

    it('is cut into pages that together hold every notice once', async () => {
      const first = await listNotices(getDb(), notices({ pageSize: 3, page: 1 }))
      const second = await listNotices(getDb(), notices({ pageSize: 3, page: 2 }))
      const third = await listNotices(getDb(), notices({ pageSize: 3, page: 3 }))
      const ids = [...first.items, ...second.items, ...third.items].map((n) => n.id)
      expect(new Set(ids).size).toBe(PUBLISHED_COUNT)
      expect([first.total, second.total, third.total]).toEqual([PUBLISHED_COUNT, PUBLISHED_COUNT, PUBLISHED_COUNT])
      expect(third).toMatchObject({ page: 3, pageSize: 3 })
    })

    it('past its last page is empty but still gives the total', async () => {
      const page = await listNotices(getDb(), notices({ pageSize: 3, page: 9 }))
      expect(page.items).toEqual([])
      expect(page.total).toBe(PUBLISHED_COUNT)
    })

    it('of a category with nothing published yet is empty', async () => {
      const page = await listNotices(getDb(), notices({ category: 'party-dues' }))
      expect(page).toEqual({ items: [], total: 0, page: 1, pageSize: PAGE_SIZE_DEFAULT })
    })
  })

  describe('the notice search', () => {
    it('finds every published notice that mentions 低保 in its title or body', async () => {
      const page = await listNotices(getDb(), notices({ q: '低保' }))
      expect(page.items.map((n) => n.title).sort()).toEqual(
        [TITLES.standard, TITLES.thriceInBody, TITLES.onceInBodyNewer, TITLES.onceInBodyOlder].sort()
      )
      expect(page.total).toBe(4)
    })

    it('ranks a title match first, then more mentions, then the newer notice', async () => {
      const page = await listNotices(getDb(), notices({ q: '低保' }))
      expect(page.items.map((n) => n.title)).toEqual([TITLES.standard, TITLES.thriceInBody, TITLES.onceInBodyNewer, TITLES.onceInBodyOlder])
    })

    it('shows the words around the first mention in the body', async () => {
      const { items } = await listNotices(getDb(), notices({ q: '低保' }))
      expect(items.find((n) => n.title === TITLES.onceInBodyOlder)?.excerpt).toBe('本季度新增低保对象三户，停发一户。')
      expect(items.find((n) => n.title === TITLES.thriceInBody)?.excerpt).toContain('可申请低保')
    })

    it('with several words finds only notices that mention all of them', async () => {
      const page = await listNotices(getDb(), notices({ q: '低保 对象' }))
      expect(page.items.map((n) => n.title)).toEqual([TITLES.onceInBodyOlder])
    })

    it('within a parent category finds only the matches filed under it', async () => {
      const page = await listNotices(getDb(), notices({ q: '低保', category: 'community' }))
      expect(page.items.map((n) => n.title)).toEqual([TITLES.onceInBodyOlder])
    })

    it('takes a percent sign literally', async () => {
      const page = await listNotices(getDb(), notices({ q: '100%' }))
      expect(page.items.map((n) => n.title)).toEqual([TITLES.percent])
    })

    it('takes an underscore literally', async () => {
      const page = await listNotices(getDb(), notices({ q: '_' }))
      expect(page.items).toEqual([])
    })

    it('finds nothing, with a total of zero, when no notice mentions the words', async () => {
      const page = await listNotices(getDb(), notices({ q: '拆迁补偿' }))
      expect(page).toMatchObject({ items: [], total: 0 })
    })
  })

  describe('a notice', () => {
    it('comes with its body, comment period and attachments in their order', async () => {
      const notice = await findNotice(getDb(), await idOf(TITLES.standard))
      expect(notice).toMatchObject({
        title: TITLES.standard,
        body: fixtureContent.notices[0].body,
        commentUntil: null,
        attachmentCount: 2
      })
      expect(notice?.attachments.map(({ name, mimeType, size }) => ({ name, mimeType, size }))).toEqual([
        { name: '2026年低保标准.pdf', mimeType: 'application/pdf', size: PDF_BYTES.length },
        { name: '标准对比图.png', mimeType: 'image/png', size: PNG_BYTES.length }
      ])
      expect(notice?.attachments[0].url).toBe(`/api/v1/attachments/${notice?.attachments[0].id}`)
    })

    it('under consultation gives the last day for comments', async () => {
      const notice = await findNotice(getDb(), await idOf(TITLES.consultation))
      expect(notice?.commentUntil).toBe('2026-02-24')
      expect(notice?.attachments).toEqual([])
    })

    it('that was withdrawn is not found', async () => {
      expect(await findNotice(getDb(), await idOf(TITLES.withdrawn))).toBeNull()
    })

    it('that never existed is not found', async () => {
      expect(await findNotice(getDb(), 999_999)).toBeNull()
    })
  })

  describe('an attachment', () => {
    it('gives back the stored bytes, name and type', async () => {
      const notice = await findNotice(getDb(), await idOf(TITLES.standard))
      const file = await findAttachmentFile(getDb(), notice!.attachments[0].id)
      expect(file?.name).toBe('2026年低保标准.pdf')
      expect(file?.mimeType).toBe('application/pdf')
      expect(Buffer.isBuffer(file?.content)).toBe(true)
      expect(file?.content.equals(PDF_BYTES)).toBe(true)
    })

    it('of a withdrawn notice is not served', async () => {
      const [row] = await getDb().query<{ id: number }>(
        `INSERT INTO attachments (notice_id, name, mime_type, size, content)
         SELECT id, 'old.pdf', 'application/pdf', 3, '\\x414243'::bytea FROM notices WHERE title = $1 RETURNING id`,
        [TITLES.withdrawn]
      )
      expect(await findAttachmentFile(getDb(), row.id)).toBeNull()
    })
  })

  describe('the catalogue', () => {
    it('counts published notices per category in one query, and guides under 办事指南', async () => {
      const counts = await countPublishedByCategory(getDb())
      expect(Object.fromEntries(counts)).toEqual({
        'gov-benefits': 2,
        'gov-practical': 2,
        'gov-safety': 1,
        'community-assistance': 1,
        consultation: 1,
        guides: 2
      })
    })

    it('rolls the counts of sub-categories up into their parents', async () => {
      const { categories } = await findCatalogue(getDb())
      const byId = Object.fromEntries(categories.map((c) => [c.id, c]))
      expect(byId.gov.count).toBe(5)
      expect(byId.community.count).toBe(1)
      expect(byId.basic.count).toBe(0)
      expect(byId.guides).toMatchObject({ count: 2, content: 'guides', children: [] })
      expect(byId.gov.children.find((c) => c.id === 'gov-benefits')?.count).toBe(2)
    })
  })

  describe('the service guides', () => {
    it('are listed by topic with their department and promised time limit', async () => {
      const page = await listGuides(getDb(), guides({}))
      expect(page.total).toBe(2)
      expect(page.items.map((g) => g.topic)).toEqual(['养老服务', '社会救助'].sort())
      expect(page.items[0]).toMatchObject({ departmentName: '社会事务办公室' })
    })

    it('can be searched by words of their name or summary', async () => {
      const page = await listGuides(getDb(), guides({ q: '低保' }))
      expect(page.items.map((g) => g.name)).toEqual(['最低生活保障申请'])
    })

    it('past the last page are empty but still give the total', async () => {
      const page = await listGuides(getDb(), guides({ page: 5, pageSize: 1 }))
      expect(page).toMatchObject({ items: [], total: 2 })
    })

    it('open with the eight disclosures and the department to go to', async () => {
      const { items } = await listGuides(getDb(), guides({ q: '高龄津贴' }))
      const guide = await findGuide(getDb(), items[0].id)
      expect(guide).toMatchObject({
        name: '高龄津贴申领',
        legalBasis: ['《老年人权益保障法》'],
        procedure: ['提出申请', '审核', '发放'],
        materials: [{ name: '身份证', copies: '原件', note: '代办的另带代办人身份证' }],
        statutoryLimit: '无',
        promisedLimit: '10个工作日',
        feeStandard: '不收费',
        department: { name: '社会事务办公室', phone: '0000-66012203', location: null }
      })
    })

    it('that does not exist is not found', async () => {
      expect(await findGuide(getDb(), 999_999)).toBeNull()
    })
  })

  describe('the contacts', () => {
    it('give the office, the duty phone and the supervision hotline', async () => {
      const contacts = await findContacts(getDb())
      expect(contacts?.office).toEqual(fixtureContent.office)
      expect(contacts?.dutyPhone).toEqual(fixtureContent.dutyPhone)
      expect(contacts?.supervisionHotline).toEqual(fixtureContent.supervisionHotline)
    })

    it('list leaders in order, with a photo link only where a photo is published', async () => {
      const contacts = await findContacts(getDb())
      expect(contacts?.leaders.map((l) => [l.name, l.photoUrl])).toEqual([
        ['李明', `/api/v1/leaders/${contacts?.leaders[0].id}/photo`],
        ['王芳', null]
      ])
    })

    it('list departments with their location where known', async () => {
      const contacts = await findContacts(getDb())
      expect(contacts?.departments.map((d) => [d.name, d.location])).toEqual([
        ['党政办公室', { latitude: 31.2, longitude: 118.87 }],
        ['社会事务办公室', null]
      ])
    })

    it('name the leader who receives residents on each reception day', async () => {
      const contacts = await findContacts(getDb())
      expect(contacts?.receptions).toEqual([
        expect.objectContaining({ leaderName: '王芳', leaderPost: '办事处副主任', when: '每月第一个星期三 上午9:00—11:30' })
      ])
    })

    it('serve a leader photo as stored', async () => {
      const contacts = await findContacts(getDb())
      const photo = await findLeaderPhoto(getDb(), contacts!.leaders[0].id)
      expect(photo?.mimeType).toBe('image/png')
      expect(photo?.content.equals(PNG_BYTES)).toBe(true)
    })

    it('have no photo for a leader who published none', async () => {
      const contacts = await findContacts(getDb())
      expect(await findLeaderPhoto(getDb(), contacts!.leaders[1].id)).toBeNull()
    })
  })
})
