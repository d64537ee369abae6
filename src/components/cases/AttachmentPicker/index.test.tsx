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
