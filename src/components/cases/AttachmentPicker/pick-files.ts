import Taro from '@tarojs/taro'
import { UPLOAD_MAX_BYTES } from '@/core/schemas/cases'

/** A file the resident picked, ready for Taro.uploadFile. */
export interface PickedFile {
  /** A temporary file of the mini-program, or a blob: address in a browser. */
  path: string
  name?: string
  /** Bytes, when the platform says (photos compressed on the phone are checked by the server). */
  size?: number
}

/** The server's limit per file in whole MB, for the words shown before choosing (uploads.ts enforces it). */
export const UPLOAD_MAX_MB = Math.floor(UPLOAD_MAX_BYTES / (1024 * 1024))

/** True when the server would refuse the file for its size, so it is not sent at all. */
export const tooLarge = (file: PickedFile): boolean => file.size !== undefined && file.size > UPLOAD_MAX_BYTES

/** A photo shrunk on the phone before upload (WeChat's compressImage); the original when that fails. */
async function compressed(path: string): Promise<string> {
  try {
    return (await Taro.compressImage({ src: path, quality: 80 })).tempFilePath
  } catch {
    return path
  }
}

/**
 * Up to `count` photos from the album or camera, or [] when the picker is closed. In the mini-program
 * through chooseMedia (WeChat deprecated chooseImage) and compressed on the phone; a browser's
 * chooseImage is its own file input, which the browser journeys drive.
 */
export async function pickPhotos(count: number): Promise<PickedFile[]> {
  try {
    if (process.env.TARO_ENV !== 'weapp') {
      const res = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
      return res.tempFiles.map((f) => ({ path: f.path, size: f.size }))
    }
    const res = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    return Promise.all(res.tempFiles.map(async (f) => ({ path: await compressed(f.tempFilePath) })))
  } catch {
    return []
  }
}

/** PDF files chosen in a browser's own file input (Taro's H5 chooseImage offers pictures only). */
function pickPdfsInBrowser(count: number): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'application/pdf,.pdf'
    input.multiple = count > 1
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []).slice(0, count)
      resolve(files.map((f) => ({ path: URL.createObjectURL(f), name: f.name, size: f.size })))
    })
    input.addEventListener('cancel', () => resolve([]))
    input.click()
  })
}

/** Up to `count` PDF files: from a WeChat chat in the mini-program (its only file chooser), or the browser's file input. */
export async function pickPdfs(count: number): Promise<PickedFile[]> {
  if (process.env.TARO_ENV === 'h5') return pickPdfsInBrowser(count)
  try {
    const res = await Taro.chooseMessageFile({ count, type: 'file', extension: ['pdf'] })
    return res.tempFiles.map((f) => ({ path: f.path, name: f.name, size: f.size }))
  } catch {
    return []
  }
}
