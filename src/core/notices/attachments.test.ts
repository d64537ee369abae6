import { attachmentKind, formatFileSize } from './attachments'

describe('attachmentKind', () => {
  it('recognises PDF files', () => {
    expect(attachmentKind('application/pdf')).toBe('pdf')
  })

  it('recognises both old and new Word files', () => {
    expect(attachmentKind('application/msword')).toBe('word')
    expect(attachmentKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('word')
  })

  it('recognises any image type, whatever the case and parameters', () => {
    expect(attachmentKind('image/png')).toBe('image')
    expect(attachmentKind('IMAGE/JPEG; charset=binary')).toBe('image')
  })

  it('calls anything else a file', () => {
    expect(attachmentKind('application/zip')).toBe('other')
  })
})

describe('formatFileSize', () => {
  it('shows bytes below one kilobyte', () => {
    expect(formatFileSize(532)).toBe('532 B')
  })

  it('shows whole kilobytes below one megabyte', () => {
    expect(formatFileSize(245_760)).toBe('240 KB')
    expect(formatFileSize(1024)).toBe('1 KB')
  })

  it('shows megabytes with one decimal from one megabyte up', () => {
    expect(formatFileSize(1_572_864)).toBe('1.5 MB')
    expect(formatFileSize(1024 * 1024)).toBe('1.0 MB')
  })
})
