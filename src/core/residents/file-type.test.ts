import { detectAttachmentType } from './file-type'

describe('detectAttachmentType', () => {
  it('recognises JPEG, PNG and PDF by their first bytes', () => {
    expect(detectAttachmentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg')
    expect(detectAttachmentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png')
    expect(detectAttachmentType(new TextEncoder().encode('%PDF-1.7'))).toBe('application/pdf')
  })

  it('refuses a Windows program whatever its name', () => {
    expect(detectAttachmentType(new TextEncoder().encode('MZ\x90\x00'))).toBeUndefined()
  })

  it('refuses an empty or truncated file', () => {
    expect(detectAttachmentType(new Uint8Array([]))).toBeUndefined()
    expect(detectAttachmentType(new Uint8Array([0xff, 0xd8]))).toBeUndefined()
  })
})
