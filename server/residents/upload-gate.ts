import { UPLOAD_LIMITS } from '@/core/residents/upload-limits'
import { AppError } from '../http/errors'

const BUSY = '正在上传的文件太多，请等前面的文件传完再试'

/**
 * Uploads in flight, per uploader (an account or an official) and in all: each holds up to 10 MB in
 * memory while it is read, so a few dozen at once would exhaust the server. Counted in this process.
 */
export class UploadGate {
  private readonly byUploader = new Map<string, number>()
  private total = 0

  constructor(
    private readonly perUploader: number = UPLOAD_LIMITS.concurrentPerUploader,
    private readonly overall: number = UPLOAD_LIMITS.concurrentTotal
  ) {}

  /** Runs `upload` when the uploader and the server have room, else refuses with 429 UPLOAD_BUSY. */
  async run<T>(uploader: string, upload: () => Promise<T>): Promise<T> {
    const mine = this.byUploader.get(uploader) ?? 0
    if (mine >= this.perUploader || this.total >= this.overall) throw new AppError(429, 'UPLOAD_BUSY', BUSY)
    this.byUploader.set(uploader, mine + 1)
    this.total += 1
    try {
      return await upload()
    } finally {
      this.total -= 1
      const left = (this.byUploader.get(uploader) ?? 1) - 1
      if (left > 0) this.byUploader.set(uploader, left)
      else this.byUploader.delete(uploader)
    }
  }
}
