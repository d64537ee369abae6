import Taro from '@tarojs/taro'
import type { Attachment } from '@/core/schemas/notices'
import { OFFLINE_MESSAGE } from './errors'

const pdf: Attachment = { id: 11, name: '低保标准调整文件.pdf', mimeType: 'application/pdf', size: 1000, url: '/api/v1/attachments/11' }
const png: Attachment = { id: 12, name: '流程图.png', mimeType: 'image/png', size: 1000, url: '/api/v1/attachments/12' }
const docx: Attachment = { ...pdf, id: 13, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }

/** openAttachment is chosen per platform when the module loads, as the build does. */
function openAttachmentOn(platform: 'h5' | 'weapp'): typeof import('./attachments').openAttachment {
  const saved = process.env.TARO_ENV
  process.env.TARO_ENV = platform
  let open: typeof import('./attachments').openAttachment | undefined
  jest.isolateModules(() => {
    open = (jest.requireActual('./attachments') as typeof import('./attachments')).openAttachment
  })
  process.env.TARO_ENV = saved
  return open!
}

describe('opening an attachment', () => {
  it('in H5, lets the browser open the file', async () => {
    const windowOpen = jest.spyOn(window, 'open').mockImplementation(() => null)
    await openAttachmentOn('h5')(pdf)
    expect(windowOpen).toHaveBeenCalledWith('http://localhost/api/v1/attachments/11', '_blank')
    windowOpen.mockRestore()
  })

  it('in the mini-program, shows an image in the image viewer', async () => {
    await openAttachmentOn('weapp')(png)
    expect(Taro.previewImage).toHaveBeenCalledWith({ urls: ['http://localhost/api/v1/attachments/12'], current: 'http://localhost/api/v1/attachments/12' })
    expect(Taro.downloadFile).not.toHaveBeenCalled()
  })

  it('in the mini-program, downloads a PDF and opens it as a PDF', async () => {
    await openAttachmentOn('weapp')(pdf)
    expect(Taro.downloadFile).toHaveBeenCalledWith({ url: 'http://localhost/api/v1/attachments/11' })
    expect(Taro.openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/file', fileType: 'pdf', showMenu: true })
  })

  it('in the mini-program, opens a Word document as docx', async () => {
    await openAttachmentOn('weapp')(docx)
    expect(Taro.openDocument).toHaveBeenCalledWith(expect.objectContaining({ fileType: 'docx' }))
  })

  it('says the network failed when the download cannot start', async () => {
    jest.mocked(Taro.downloadFile).mockRejectedValueOnce({ errMsg: 'downloadFile:fail' })
    await expect(openAttachmentOn('weapp')(pdf)).rejects.toMatchObject({ name: 'ApiError', status: 0, message: OFFLINE_MESSAGE })
  })

  it('says the file is unavailable when the server does not send it', async () => {
    jest.mocked(Taro.downloadFile).mockResolvedValueOnce({ tempFilePath: '', statusCode: 404, errMsg: 'downloadFile:ok' } as never)
    await expect(openAttachmentOn('weapp')(pdf)).rejects.toMatchObject({ status: 404, message: '附件暂时无法下载，请稍后重试' })
    expect(Taro.openDocument).not.toHaveBeenCalled()
  })
})
