import { describeEachEngine, truncateAll } from '../../test/support/db'
import { cleanUpUnattachedUploads } from '../residents/upload-cleanup'
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

  it('accepts a PDF file sent without a type of its own', async () => {
    expect((await upload('申请书.pdf', PDF, resident, 'application/octet-stream')).json().contentType).toBe('application/pdf')
  })

  it('refuses a PDF file sent as a picture: a picture stays a picture', async () => {
    const answer = await upload('photo.png', PDF, resident, 'image/png')
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error).toMatchObject({ code: 'FILE_TYPE_MISMATCH', message: '文件的内容和类型不符（例如把 PDF 文件当作照片），请重新选择文件' })
  })

  it('refuses a photo that also opens as a PDF (a polyglot)', async () => {
    const polyglot = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xfe, 0x00, 0x20]), Buffer.from('%PDF-1.7 1 0 obj <</JS (app.alert(1))>>'), Buffer.alloc(64, 1)])
    expect((await upload('photo.jpg', polyglot, resident, 'image/jpeg')).json().error.code).toBe('FILE_TYPE_MISMATCH')
  })

  it('refuses the 31st file within 24 hours with 429 and a Chinese message, and takes files again a day later', async () => {
    for (let i = 0; i < 30; i += 1) expect((await upload(`现场${i}.jpg`, JPEG)).statusCode).toBe(201)
    const refused = await upload('现场30.jpg', JPEG)
    expect(refused.statusCode).toBe(429)
    expect(refused.json().error).toMatchObject({ code: 'UPLOAD_DAILY_LIMIT', message: '24 小时内最多上传 30 个文件，请明天再试' })
    h.advance(24 * 60 * 60_000 + 1000)
    expect((await upload('第二天.jpg', JPEG)).statusCode).toBe(201)
  })

  it('refuses a file that would take the account past the 100 MB it may keep, with 413', async () => {
    const mine = (await upload('现场.jpg', JPEG)).json().id
    // As if the account already kept files of almost 100 MB (only the recorded size counts).
    await getDb().query('UPDATE uploads SET size = $2 WHERE id = $1', [mine, 100 * 1024 * 1024 - 50])
    const refused = await upload('再一张.jpg', JPEG)
    expect(refused.statusCode).toBe(413)
    expect(refused.json().error.code).toBe('UPLOAD_QUOTA_EXCEEDED')
    expect(refused.json().error.message).toContain('每个账号最多保存 100 MB')
  })

  it('refuses a third upload while two of the account’s are still in flight, with 429 UPLOAD_BUSY', async () => {
    let release = () => undefined as void
    const inFlight = new Promise<void>((resolve) => {
      release = resolve
    })
    const accountId = (await getDb().query<{ id: number }>("SELECT id FROM accounts WHERE phone = '13812345678'"))[0].id
    const holding = [h.services.uploadGate.run(`account:${accountId}`, () => inFlight), h.services.uploadGate.run(`account:${accountId}`, () => inFlight)]
    const refused = await upload('现场.jpg', JPEG)
    expect(refused.statusCode).toBe(429)
    expect(refused.json().error).toMatchObject({ code: 'UPLOAD_BUSY', message: '正在上传的文件太多，请等前面的文件传完再试' })
    release()
    await Promise.all(holding)
    expect((await upload('现场.jpg', JPEG)).statusCode).toBe(201)
  })

  it('removes, a day later, the files never attached to a case, and keeps the attached ones and the recent ones', async () => {
    const unused = (await upload('没用上.jpg', JPEG)).json().id
    const used = (await upload('用上了.jpg', JPEG)).json().id
    const submitted = await h.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { ...resident, 'idempotency-key': 'cleanup-test' },
      payload: { kind: 'complaint', title: '占道经营', content: '路口早市占用人行道', attachments: [used] }
    })
    expect(submitted.statusCode).toBe(201)
    h.advance(2 * 60 * 60_000)
    const recent = (await upload('刚传的.jpg', JPEG)).json().id
    const download = (id: string) => h.app.inject({ method: 'GET', url: `/api/v1/uploads/${id}`, headers: resident })
    expect(await cleanUpUnattachedUploads(getDb(), h.services.now())).toBe(0)
    h.advance(23 * 60 * 60_000)
    expect(await cleanUpUnattachedUploads(getDb(), h.services.now())).toBe(1)
    expect((await download(unused)).statusCode).toBe(404)
    expect((await download(used)).statusCode).toBe(200)
    expect((await download(recent)).statusCode).toBe(200)
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
      // Never shown by the browser in the site's origin: a PDF with JavaScript or a polyglot cannot run there.
      expect(mine.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('现场.jpg')}`)
      expect(mine.headers['x-content-type-options']).toBe('nosniff')
      expect(mine.headers['content-security-policy']).toBe("default-src 'none'; sandbox; frame-ancestors 'none'")
      const other = await h.app.inject({ method: 'GET', url: `/api/v1/uploads/${id}`, headers: await h.signIn('13912345678') })
      expect(other.statusCode).toBe(404)
    } finally {
      await h.app.close()
    }
  })
})
