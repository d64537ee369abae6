import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { openAttachment } from '@/api/content'
import { aNoticeDetail } from '../../../../mock/fixtures'
import { AttachmentList } from '.'

jest.mock('@/api/content', () => ({ ...jest.requireActual('@/api/content'), openAttachment: jest.fn(() => Promise.resolve()) }))

const attachments = aNoticeDetail().attachments
const [pdf, image] = attachments

describe('AttachmentList', () => {
  it('shows each attachment with its name, kind and size', () => {
    render(<AttachmentList attachments={attachments} />)
    expect(screen.getByText('低保标准调整文件.pdf')).toBeInTheDocument()
    expect(screen.getByText('PDF')).toBeInTheDocument()
    expect(screen.getByText('179 KB')).toBeInTheDocument()
    expect(screen.getByText('图片')).toBeInTheDocument()
    expect(screen.getByText('53 KB')).toBeInTheDocument()
  })

  it('labels a Word document as Word', () => {
    render(<AttachmentList attachments={[{ ...pdf, name: '申请表.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }]} />)
    expect(screen.getByText('Word')).toBeInTheDocument()
  })

  it('opens a document when tapped', () => {
    render(<AttachmentList attachments={attachments} />)
    fireEvent.click(screen.getByText('低保标准调整文件.pdf'))
    expect(openAttachment).toHaveBeenCalledWith(pdf)
  })

  it('offers to enlarge an image and opens it when tapped', () => {
    render(<AttachmentList attachments={attachments} />)
    fireEvent.click(screen.getByText('查看大图'))
    expect(openAttachment).toHaveBeenCalledWith(image)
  })

  it('tells the resident why an attachment could not be opened', async () => {
    jest.mocked(openAttachment).mockRejectedValueOnce(new Error('手机无法打开这种文件，请到街道办事处查阅'))
    render(<AttachmentList attachments={attachments} />)
    fireEvent.click(screen.getByText('低保标准调整文件.pdf'))
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '手机无法打开这种文件，请到街道办事处查阅', icon: 'none' }))
    )
  })
})
