import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { CATALOGUE, type CategoryDefinition } from '@/core/notices/catalogue'
import { TIMELINESS_KINDS } from '@/core/notices/timeliness'
import { isCalendarDate } from '@/core/schemas/common'
import { DEMO_FILES_DIR, demoContent } from './content'

const { notices, guides, departments, leaders, receptions } = demoContent

function leafNoticeCategories(nodes: CategoryDefinition[]): string[] {
  return nodes.flatMap((c) => (c.children ? leafNoticeCategories(c.children) : c.content === 'notices' ? [c.id] : []))
}

function bytesOf(path: string): Buffer {
  return readFileSync(join(DEMO_FILES_DIR, path))
}

const MAGIC: Record<string, Buffer> = {
  'application/pdf': Buffer.from('%PDF-'),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': Buffer.from([0x50, 0x4b, 0x03, 0x04])
}

const LAST_DEMO_DAY = '2026-11-20'

describe('the demo content of 青石街道', () => {
  describe('notices', () => {
    it('has at least 48 notices', () => {
      expect(notices.length).toBeGreaterThanOrEqual(48)
    })

    it.each(leafNoticeCategories(CATALOGUE))('publishes at least one notice under %s', (category) => {
      expect(notices.some((n) => n.category === category)).toBe(true)
    })

    it('files notices only under leaf categories, never under a parent or under 办事指南', () => {
      const leaves = new Set(leafNoticeCategories(CATALOGUE))
      expect(notices.filter((n) => !leaves.has(n.category)).map((n) => n.title)).toEqual([])
    })

    it('has at least 6 benefit-policy notices (惠民政策)', () => {
      expect(notices.filter((n) => n.category === 'gov-benefits').length).toBeGreaterThanOrEqual(6)
    })

    it('mentions 低保 in at least 8 notices, so search has something to find', () => {
      expect(notices.filter((n) => n.title.includes('低保') || n.body.includes('低保')).length).toBeGreaterThanOrEqual(8)
    })

    it('dates every notice with a real day between January 2025 and 20 November 2026', () => {
      const bad = notices.filter((n) => !isCalendarDate(n.publishedAt) || n.publishedAt < '2025-01-01' || n.publishedAt > LAST_DEMO_DAY)
      expect(bad.map((n) => `${n.title}: ${n.publishedAt}`)).toEqual([])
    })

    it('gives every notice a known timeliness kind', () => {
      expect(notices.every((n) => (TIMELINESS_KINDS as readonly string[]).includes(n.timeliness))).toBe(true)
    })

    it('publishes the monthly 低保 lists as periodic and budgets and annual reports as fixed', () => {
      const kindsOf = (category: string) => new Set(notices.filter((n) => n.category === category).map((n) => n.timeliness))
      expect(kindsOf('gov-assistance-list')).toEqual(new Set(['periodic']))
      expect(kindsOf('gov-finance')).toEqual(new Set(['fixed']))
      expect(kindsOf('gov-annual-report')).toEqual(new Set(['fixed']))
      expect(kindsOf('gov-tenders')).toEqual(new Set(['adhoc']))
    })

    it('writes every body as 3 to 8 non-empty paragraphs separated by a blank line', () => {
      const bad = notices.filter((n) => {
        const parts = n.body.split('\n\n')
        return parts.length < 3 || parts.length > 8 || parts.some((p) => p.trim() === '' || p.includes('\n'))
      })
      expect(bad.map((n) => n.title)).toEqual([])
    })

    it('gives each notice a unique title', () => {
      expect(new Set(notices.map((n) => n.title)).size).toBe(notices.length)
    })

    it('says 示例数据 in every notice that quotes an amount in 元', () => {
      const bad = notices.filter((n) => /\d元/.test(n.body) && !n.body.includes('示例数据'))
      expect(bad.map((n) => n.title)).toEqual([])
    })

    it('never invites comments on the notice page, which cannot take them', () => {
      expect(notices.filter((n) => /本页留言|在本页/.test(n.body)).map((n) => n.title)).toEqual([])
    })

    it('gives a comment deadline to every consultation and to nothing else', () => {
      expect(notices.filter((n) => (n.category === 'consultation') !== (n.commentUntil !== null)).map((n) => n.title)).toEqual([])
    })

    it('has consultations still open after 25 November 2026 and some already closed', () => {
      const deadlines = notices.flatMap((n) => (n.commentUntil ? [n.commentUntil] : []))
      expect(deadlines.every(isCalendarDate)).toBe(true)
      expect(deadlines.some((d) => d > '2026-11-25')).toBe(true)
      expect(deadlines.some((d) => d < '2026-11-25')).toBe(true)
    })

    it('closes every comment period after the notice was published', () => {
      expect(notices.filter((n) => n.commentUntil !== null && n.commentUntil <= n.publishedAt).map((n) => n.title)).toEqual([])
    })

    it('attaches files to at least 6 notices', () => {
      expect(notices.filter((n) => n.attachments.length > 0).length).toBeGreaterThanOrEqual(6)
    })
  })

  describe('files', () => {
    const attachments = notices.flatMap((n) => n.attachments)

    it.each(attachments.map((a) => [a.file, a.mimeType]))('attachment %s exists and starts with the magic bytes of %s', (file, mimeType) => {
      const magic = MAGIC[mimeType]
      expect(magic).toBeDefined()
      const bytes = bytesOf(file)
      expect(bytes.length).toBeGreaterThan(magic.length)
      expect(bytes.subarray(0, magic.length).equals(magic)).toBe(true)
    })

    const pdfs = attachments.filter((a) => a.mimeType === 'application/pdf')

    it('attaches at least 3 PDFs', () => {
      expect(pdfs.length).toBeGreaterThanOrEqual(3)
    })

    it.each(pdfs.map((a) => [a.file]))('%s has a cross-reference table whose every offset points at its object', (file) => {
      const text = bytesOf(file).toString('latin1')
      expect(text.trimEnd().endsWith('%%EOF')).toBe(true)
      const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1])
      expect(text.startsWith('xref', startxref)).toBe(true)
      const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]))
      expect(offsets.length).toBeGreaterThan(3)
      offsets.forEach((offset, i) => expect(text.startsWith(`${i + 1} 0 obj`, offset)).toBe(true))
    })

    it.each(pdfs.map((a) => [a.file]))('%s sets its Chinese text in STSong-Light with the UniGB-UCS2-H encoding', (file) => {
      const text = bytesOf(file).toString('latin1')
      expect(text).toContain('/BaseFont /STSong-Light')
      expect(text).toContain('/Encoding /UniGB-UCS2-H')
      expect(text).toMatch(/<(?:[0-9A-F]{4})+> Tj/)
    })

    it.each(attachments.filter((a) => a.file.endsWith('.docx')).map((a) => [a.file]))('%s is a ZIP holding the Word document part', (file) => {
      const text = bytesOf(file).toString('latin1')
      for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml']) expect(text).toContain(part)
      expect(text).toContain('PK\x05\x06')
    })

    it('names each attachment with the extension its type implies', () => {
      const extension: Record<string, string> = {
        'application/pdf': '.pdf',
        'image/png': '.png',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx'
      }
      expect(attachments.filter((a) => !a.name.endsWith(extension[a.mimeType]) || !a.file.endsWith(extension[a.mimeType]))).toEqual([])
    })

    it.each(leaders.map((l) => [l.name, l.photo]))('the photo of %s is a PNG file', (_name, photo) => {
      expect(photo).not.toBeNull()
      expect(bytesOf(photo!).subarray(0, 8).equals(MAGIC['image/png'])).toBe(true)
    })

    it('keeps the whole files folder under 500 KB', () => {
      const files = [...new Set([...attachments.map((a) => a.file), ...leaders.flatMap((l) => (l.photo ? [l.photo] : []))])]
      const total = files.reduce((sum, f) => sum + statSync(join(DEMO_FILES_DIR, f)).size, 0)
      expect(total).toBeLessThan(500 * 1024)
    })
  })

  describe('guides', () => {
    it('has at least 16 service guides', () => {
      expect(guides.length).toBeGreaterThanOrEqual(16)
    })

    it.each(guides.map((g) => [g.name, g]))('%s discloses all eight items', (_name, guide) => {
      expect(guide.name.trim()).not.toBe('')
      expect(guide.legalBasis.length).toBeGreaterThan(0)
      expect(guide.legalBasis.every((b) => /^《.+》/.test(b))).toBe(true)
      expect(guide.procedure.length).toBeGreaterThanOrEqual(3)
      expect(guide.procedure.length).toBeLessThanOrEqual(6)
      expect(guide.materials.length).toBeGreaterThan(0)
      expect(guide.materials.every((m) => m.name.trim() !== '' && m.copies.trim() !== '')).toBe(true)
      expect(guide.statutoryLimit.trim()).not.toBe('')
      expect(guide.promisedLimit.trim()).not.toBe('')
      expect(guide.feeStandard.trim()).not.toBe('')
      expect(guide.feeBasis.trim()).not.toBe('')
      expect(guide.summary.trim()).not.toBe('')
      expect(guide.topic.trim()).not.toBe('')
    })

    it('covers the benefit programmes residents ask about', () => {
      const names = guides.map((g) => g.name).join('|')
      for (const programme of ['最低生活保障', '特困人员', '临时救助', '医疗救助', '困难残疾人生活补贴', '重度残疾人护理补贴', '高龄津贴', '养老保险', '医疗保险']) {
        expect(names).toContain(programme)
      }
    })

    it('gives each guide a unique name', () => {
      expect(new Set(guides.map((g) => g.name)).size).toBe(guides.length)
    })
  })

  describe('office, departments and leaders', () => {
    const departmentKeys = new Set(departments.map((d) => d.key))

    it('has at least 10 departments with unique keys', () => {
      expect(departments.length).toBeGreaterThanOrEqual(10)
      expect(departmentKeys.size).toBe(departments.length)
    })

    it('resolves the department of every notice and every guide', () => {
      const unresolved = [...notices, ...guides].map((item) => item.departmentKey).filter((key) => !departmentKeys.has(key))
      expect(unresolved).toEqual([])
    })

    it('has at least 6 leaders, each with a post, a division of duties and an office phone', () => {
      expect(leaders.length).toBeGreaterThanOrEqual(6)
      expect(leaders.filter((l) => !l.post || !l.duties || !l.phone)).toEqual([])
    })

    it('has at least 6 reception days, each held by a listed leader', () => {
      const names = new Set(leaders.map((l) => l.name))
      expect(receptions.length).toBeGreaterThanOrEqual(6)
      expect(receptions.filter((r) => !names.has(r.leaderName))).toEqual([])
    })

    it('uses only undiallable 0000 phone numbers', () => {
      const phones = [
        demoContent.dutyPhone.phone,
        demoContent.supervisionHotline.phone,
        ...departments.map((d) => d.phone),
        ...leaders.map((l) => l.phone)
      ]
      expect(phones.filter((p) => !/^0000-\d{8}$/.test(p))).toEqual([])
      const inText = [...notices.map((n) => n.body), ...guides.flatMap((g) => [...g.procedure, ...g.materials.map((m) => m.note ?? '')])]
        .join('\n')
        .match(/\d{3,4}-\d{7,8}/g)
      expect((inText ?? []).filter((p) => !p.startsWith('0000-'))).toEqual([])
    })

    it('places the office and departments at plausible coordinates', () => {
      const points = [demoContent.office.location, ...departments.flatMap((d) => (d.location ? [d.location] : []))]
      expect(points.filter((p) => p.latitude < 18 || p.latitude > 54 || p.longitude < 73 || p.longitude > 135)).toEqual([])
    })
  })
})
