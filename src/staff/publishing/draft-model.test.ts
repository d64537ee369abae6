import { attachmentFacts, attachmentProblem, canDraft } from './draft-model'

describe('who drafts', () => {
  it('lets clerks, heads and the disclosure office draft, not a leader or an administrator', () => {
    expect(canDraft(['clerk'])).toBe(true)
    expect(canDraft(['head'])).toBe(true)
    expect(canDraft(['disclosure'])).toBe(true)
    expect(canDraft(['leader', 'admin'])).toBe(false)
  })
})

describe('attachments of a draft', () => {
  it('accepts PDF files and JPG or PNG pictures up to 10 MB', () => {
    expect(attachmentProblem({ name: '标准.PDF', size: 10 * 1024 * 1024 })).toBeNull()
    expect(attachmentProblem({ name: '现场.jpeg', size: 1000 })).toBeNull()
    expect(attachmentProblem({ size: 1000 })).toBeNull()
  })

  it('refuses a spreadsheet before sending it, and says what to do', () => {
    expect(attachmentProblem({ name: '名单.xlsx', size: 1000 })).toBe('只能添加 PDF 文件或 JPG、PNG 图片；表格请先另存为 PDF')
  })

  it('refuses a file over 10 MB with its size', () => {
    expect(attachmentProblem({ name: '扫描件.pdf', size: 12 * 1024 * 1024 })).toBe('文件不能超过 10 MB，这个文件有 12.0 MB')
  })

  it('shows the type and size beside the name', () => {
    expect(attachmentFacts({ mimeType: 'application/pdf', size: 245_760 })).toBe('PDF · 240 KB')
    expect(attachmentFacts({ mimeType: 'image/png', size: 532 })).toBe('图片 · 532 B')
  })
})
