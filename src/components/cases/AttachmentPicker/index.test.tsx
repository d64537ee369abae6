import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import type { Upload } from '@/core/schemas/cases'
import { taroMock } from '../../../../mock/taro'
import { settle } from '@/packages/cases/test-helpers'
import { AttachmentPicker } from '.'

const upload = (n: number): Upload => ({ id: String(n).padStart(32, '0'), name: `IMG_${n}.jpg`, contentType: 'image/jpeg', size: 1000 })

function Harness({ initial = [] as Upload[] }) {
  const [files, setFiles] = useState(initial)
  return <AttachmentPicker attachments={files} onChange={setFiles} />
}

const uploadFile = taroMock.uploadFile

describe('the attachment picker', () => {
  it('picks compressed photos and uploads each as soon as it is picked', async () => {
    uploadFile.mockResolvedValueOnce({ statusCode: 201, data: JSON.stringify(upload(1)), errMsg: 'uploadFile:ok' })
    render(<Harness />)
    fireEvent.click(screen.getByText('＋ 添加照片'))
    await settle()
    expect(Taro.chooseImage).toHaveBeenCalledWith({ count: 9, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    expect(uploadFile.mock.calls[0][0]).toMatchObject({ url: 'http://localhost/api/v1/uploads', filePath: 'blob:photo-1', name: 'file' })
    expect(screen.getByText('照片 1')).toBeInTheDocument()
  })

  it('in the mini-program picks photos through chooseMedia and compresses each on the phone before upload', async () => {
    process.env.TARO_ENV = 'weapp'
    try {
      uploadFile.mockResolvedValueOnce({ statusCode: 201, data: JSON.stringify(upload(1)), errMsg: 'uploadFile:ok' })
      render(<Harness />)
      fireEvent.click(screen.getByText('＋ 添加照片'))
      await settle()
      expect(Taro.chooseMedia).toHaveBeenCalledWith({ count: 9, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
      expect(Taro.chooseImage).not.toHaveBeenCalled()
      expect(Taro.compressImage).toHaveBeenCalledWith({ src: 'wxfile://tmp/photo-1.jpg', quality: 80 })
      expect(uploadFile.mock.calls[0][0]).toMatchObject({ filePath: 'wxfile://tmp/photo-1-small.jpg' })
    } finally {
      process.env.TARO_ENV = 'h5'
    }
  })

  it('says the server’s limits before choosing: how many, which kinds, how large', () => {
    render(<Harness />)
    expect(screen.getByText('照片或文件（最多 9 个）')).toBeInTheDocument()
    expect(screen.getByText('可以拍照说明情况，也可以附 PDF 文件。每个不超过 10 MB。')).toBeInTheDocument()
    expect(screen.getByText('＋ 添加照片')).toBeInTheDocument()
    expect(screen.getByText('＋ 添加 PDF 文件')).toBeInTheDocument()
  })

  it('does not send a file larger than the server takes, and says which', async () => {
    process.env.TARO_ENV = 'weapp'
    try {
      jest.mocked(Taro.chooseMessageFile).mockResolvedValueOnce({
        tempFiles: [{ path: 'wxfile://tmp/big.pdf', name: '房屋图纸.pdf', size: 11 * 1024 * 1024, type: 'file', time: 0 }],
        errMsg: 'chooseMessageFile:ok'
      })
      render(<Harness />)
      fireEvent.click(screen.getByText('＋ 添加 PDF 文件'))
      await settle()
      expect(uploadFile).not.toHaveBeenCalled()
      expect(screen.getByText('⚠ 「房屋图纸.pdf」超过 10 MB，没有上传')).toBeInTheDocument()
    } finally {
      process.env.TARO_ENV = 'h5'
    }
  })

  it('in the browser picks PDF files with the browser’s own file chooser and uploads them', async () => {
    const pdf = new File(['%PDF-1.4'], '申请材料.pdf', { type: 'application/pdf' })
    URL.createObjectURL = jest.fn(() => 'blob:pdf-1')
    const click = jest.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      expect(this.accept).toBe('application/pdf,.pdf')
      Object.defineProperty(this, 'files', { value: [pdf] })
      this.dispatchEvent(new Event('change'))
    })
    uploadFile.mockResolvedValueOnce({ statusCode: 201, data: JSON.stringify({ ...upload(1), name: '申请材料.pdf', contentType: 'application/pdf' }), errMsg: 'uploadFile:ok' })
    render(<Harness />)
    fireEvent.click(screen.getByText('＋ 添加 PDF 文件'))
    await settle()
    expect(uploadFile.mock.calls[0][0]).toMatchObject({ filePath: 'blob:pdf-1', name: 'file' })
    click.mockRestore()
  })

  it('shows the server’s word when a file is refused', async () => {
    uploadFile.mockResolvedValueOnce({
      statusCode: 400,
      data: JSON.stringify({ error: { code: 'FILE_TYPE_NOT_ALLOWED', message: '只能上传 JPG、PNG 照片或 PDF 文件' } }),
      errMsg: 'uploadFile:ok'
    })
    render(<Harness />)
    fireEvent.click(screen.getByText('＋ 添加照片'))
    await settle()
    expect(screen.getByText('⚠ 只能上传 JPG、PNG 照片或 PDF 文件')).toBeInTheDocument()
  })

  it('takes no tenth file', () => {
    render(<Harness initial={[1, 2, 3, 4, 5, 6, 7, 8, 9].map(upload)} />)
    expect(screen.getByText('已经有 9 个，不能再添加了')).toBeInTheDocument()
    expect(screen.queryByText('＋ 添加照片')).not.toBeInTheDocument()
  })

  it('removes a file on 删除', () => {
    render(<Harness initial={[upload(1), upload(2)]} />)
    fireEvent.click(screen.getAllByText('删除')[0])
    expect(screen.getByText('照片 1')).toBeInTheDocument()
    expect(screen.queryByText('照片 2')).not.toBeInTheDocument()
  })
})
