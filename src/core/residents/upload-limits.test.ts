import { declaredTypeMismatch, isPolyglotPicture, UPLOAD_LIMITS, uploadRefusalOf } from './upload-limits'

const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0))

describe('the limits on a resident’s uploads', () => {
  it('lets an account upload while under both limits', () => {
    expect(uploadRefusalOf({ uploadedToday: 29, storedBytes: 0 }, 5_000_000)).toBeUndefined()
  })

  it('refuses the 31st file within 24 hours with 429 and says when to try again', () => {
    expect(uploadRefusalOf({ uploadedToday: UPLOAD_LIMITS.perDay, storedBytes: 0 }, 1)).toEqual({
      status: 429,
      code: 'UPLOAD_DAILY_LIMIT',
      message: '24 小时内最多上传 30 个文件，请明天再试'
    })
  })

  it('refuses a file that would take the account past 100 MB kept with 413', () => {
    const refusal = uploadRefusalOf({ uploadedToday: 3, storedBytes: UPLOAD_LIMITS.quotaBytes - 10 }, 11)
    expect(refusal).toMatchObject({ status: 413, code: 'UPLOAD_QUOTA_EXCEEDED' })
    expect(refusal?.message).toContain('100 MB')
  })
})

describe('a file’s declared type against its content', () => {
  it.each([
    ['image/png', 'application/pdf'],
    ['image/jpeg', 'application/pdf'],
    ['image/gif', 'application/pdf'],
    ['image/jpeg', 'image/png'],
    ['application/pdf', 'image/jpeg']
  ] as const)('finds a file declared %s that is %s a mismatch', (declared, detected) => {
    expect(declaredTypeMismatch(declared, detected)).toBe(true)
  })

  it.each([
    ['image/jpeg', 'image/jpeg'],
    ['image/jpg', 'image/jpeg'],
    ['IMAGE/PNG; charset=binary', 'image/png'],
    ['application/octet-stream', 'application/pdf'],
    [undefined, 'image/png']
  ] as const)('accepts a file declared %s that is %s', (declared, detected) => {
    expect(declaredTypeMismatch(declared, detected)).toBe(false)
  })
})

describe('polyglot pictures', () => {
  it('finds a JPEG that also opens as a PDF', () => {
    expect(isPolyglotPicture(bytesOf('\xff\xd8\xff\xe0 comment %PDF-1.7 1 0 obj'), 'image/jpeg')).toBe(true)
  })

  it('finds a PNG carrying HTML markup', () => {
    expect(isPolyglotPicture(bytesOf('\x89PNG\r\n\x1a\n tEXt <SCRIPT>alert(1)</SCRIPT>'), 'image/png')).toBe(true)
  })

  it('leaves an ordinary picture and a PDF alone', () => {
    expect(isPolyglotPicture(bytesOf('\xff\xd8\xff\xe0\x00\x10JFIF\x00'), 'image/jpeg')).toBe(false)
    expect(isPolyglotPicture(bytesOf('%PDF-1.7 <html>'), 'application/pdf')).toBe(false)
  })
})
