import { describeEachEngine, truncateAll } from '../../test/support/db'
import { residentHarness, type ResidentHarness } from '../residents/testing'

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 1)])
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100, 0)])

function multipart(name: string, bytes: Buffer, contentType = 'application/octet-stream') {
  const boundary = '----jiefang-test-boundary'
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`)
  ])
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

describeEachEngine('uploading photos and PDF files', (getDb) => {
  let h: ResidentHarness
  let resident: { authorization: string }
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
    resident = await h.signIn('13812345678')
  })
  afterEach(async () => {
    await h.app.close()
  })

  const upload = (name: string, bytes: Buffer, headers: Record<string, string> = resident, contentType?: string) => {
    const body = multipart(name, bytes, contentType)
    return h.app.inject({ method: 'POST', url: '/api/v1/uploads', headers: { ...headers, ...body.headers }, payload: body.payload })
  }

  it('accepts a photo and says what it is by its content', async () => {
    const answer = await upload('现场照片.jpg', JPEG)
    expect(answer.statusCode).toBe(201)
    expect(answer.json()).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), name: '现场照片.jpg', contentType: 'image/jpeg', size: JPEG.length })
  })

  it('accepts a PDF file sent under a wrong content type', async () => {
    expect((await upload('申请书.pdf', PDF, resident, 'image/png')).json().contentType).toBe('application/pdf')
  })

  it('refuses a program disguised as a .jpg', async () => {
    const answer = await upload('photo.jpg', EXE, resident, 'image/jpeg')
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', message: '只能上传 JPG、PNG 照片或 PDF 文件' })
  })

  it('refuses a file over 10 MB with 413', async () => {
    const big = Buffer.concat([JPEG, Buffer.alloc(10 * 1024 * 1024, 0)])
    const answer = await upload('big.jpg', big)
    expect(answer.statusCode).toBe(413)
    expect(answer.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: '文件不能超过 10 MB，请压缩后再上传' })
  })

  it('needs a signed-in resident', async () => {
    expect((await upload('a.jpg', JPEG, {})).statusCode).toBe(401)
  })

  it('lets a case refer to its own uploads only, and shows them on the case', async () => {
    const mine = (await upload('现场.jpg', JPEG)).json().id
    const theirs = (await upload('别人的.jpg', JPEG, await h.signIn('13912345678'))).json().id
    const submit = (attachments: string[]) =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/cases',
        headers: { ...resident, 'idempotency-key': `upload-test-${attachments.length}-${attachments[0]}` },
        payload: { kind: 'complaint', title: '占道经营', content: '路口早市占用人行道', attachments }
      })
    expect((await submit([theirs])).json().error.code).toBe('UPLOAD_NOT_FOUND')
    const created = await submit([mine])
    expect(created.statusCode).toBe(201)
    const detail = await h.app.inject({ method: 'GET', url: `/api/v1/cases/${created.json().trackingNo}`, headers: resident })
    expect(detail.json().attachments).toEqual([{ id: mine, name: '现场.jpg', contentType: 'image/jpeg', size: JPEG.length }])
  })
})

describeEachEngine('downloading my uploads', (getDb) => {
  it('gives the uploader the file and anyone else 404', async () => {
    await truncateAll(getDb())
    const h = await residentHarness(getDb())
    try {
      const resident = await h.signIn('13812345678')
      const body = multipart('现场.jpg', JPEG)
      const id = (await h.app.inject({ method: 'POST', url: '/api/v1/uploads', headers: { ...resident, ...body.headers }, payload: body.payload })).json().id
      const mine = await h.app.inject({ method: 'GET', url: `/api/v1/uploads/${id}`, headers: resident })
      expect(mine.statusCode).toBe(200)
      expect(mine.headers['content-type']).toBe('image/jpeg')
      expect(mine.rawPayload.equals(JPEG)).toBe(true)
      const other = await h.app.inject({ method: 'GET', url: `/api/v1/uploads/${id}`, headers: await h.signIn('13912345678') })
      expect(other.statusCode).toBe(404)
    } finally {
      await h.app.close()
    }
  })
})
