import Taro from '@tarojs/taro'

export interface PickedFile {
  /** What Taro.uploadFile takes: a temporary file of the mini-program, or a blob: address in a browser. */
  path: string
  name?: string
  size?: number
}

/** True in a browser, where one file chooser offers PDF files and pictures alike. */
export const pickerIsBrowser = (): boolean => process.env.TARO_ENV === 'h5'

/**
 * A browser's own file chooser: Taro's H5 chooseImage offers pictures only, and officials at a desk
 * attach the PDF of a document as often as a photo. Resolves null when the chooser is closed.
 */
function pickInBrowser(): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png'
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      resolve(file ? { path: URL.createObjectURL(file), name: file.name, size: file.size } : null)
    })
    input.addEventListener('cancel', () => resolve(null))
    input.click()
  })
}

/**
 * One file to attach to a draft, or null when the person closed the chooser. In the mini-program a
 * photo comes from the album or camera, a PDF from a chat (WeChat offers no other file chooser).
 */
export async function pickDraftFile(from: 'photo' | 'file'): Promise<PickedFile | null> {
  if (pickerIsBrowser()) return pickInBrowser()
  try {
    if (from === 'photo') {
      // chooseMedia: WeChat deprecated chooseImage. Published photos keep their original quality.
      const res = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sizeType: ['original'], sourceType: ['album', 'camera'] })
      const file = res.tempFiles[0]
      return { path: file.tempFilePath, size: file.size }
    }
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf', 'jpg', 'jpeg', 'png'] })
    const file = res.tempFiles[0]
    return { path: file.path, name: file.name, size: file.size }
  } catch {
    return null
  }
}

/** Lets the browser forget a picked file once it is uploaded. */
export function releasePickedFile(file: PickedFile): void {
  if (file.path.startsWith('blob:') && typeof URL.revokeObjectURL === 'function') URL.revokeObjectURL(file.path)
}
