import { UploadGate } from './upload-gate'

/** A promise and the function that settles it, to hold an upload in flight. */
function held(): { promise: Promise<void>; release: () => void } {
  let release = () => undefined as void
  const promise = new Promise<void>((resolve) => {
    release = resolve
  })
  return { promise, release }
}

describe('uploads in flight', () => {
  it('lets one uploader have two uploads at once and refuses the third with 429 UPLOAD_BUSY', async () => {
    const gate = new UploadGate(2, 8)
    const first = held()
    const second = held()
    const running = [gate.run('account:1', () => first.promise), gate.run('account:1', () => second.promise)]
    await expect(gate.run('account:1', async () => 'third')).rejects.toMatchObject({ status: 429, code: 'UPLOAD_BUSY', message: '正在上传的文件太多，请等前面的文件传完再试' })
    await expect(gate.run('account:2', async () => 'another resident')).resolves.toBe('another resident')
    first.release()
    second.release()
    await Promise.all(running)
    await expect(gate.run('account:1', async () => 'after')).resolves.toBe('after')
  })

  it('bounds the uploads of everyone together', async () => {
    const gate = new UploadGate(2, 3)
    const hold = held()
    const running = ['a', 'b', 'c'].map((who) => gate.run(who, () => hold.promise))
    await expect(gate.run('d', async () => 'd')).rejects.toMatchObject({ code: 'UPLOAD_BUSY' })
    hold.release()
    await Promise.all(running)
  })

  it('frees the place of an upload that failed', async () => {
    const gate = new UploadGate(1, 8)
    await expect(gate.run('account:1', async () => Promise.reject(new Error('bad file')))).rejects.toThrow('bad file')
    await expect(gate.run('account:1', async () => 'next')).resolves.toBe('next')
  })
})
