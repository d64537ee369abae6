import { render, screen } from '@testing-library/react'
import { EMPTY_CASE_FORM } from '../form-model'
import { CaseForm } from '.'

const renderForm = (withAttachments?: boolean) =>
  render(<CaseForm kind='complaint' values={EMPTY_CASE_FORM} errors={{}} onChange={() => undefined} withAttachments={withAttachments} />)

describe('the case form', () => {
  it('lets a resident add photos or files', () => {
    renderForm()
    expect(screen.getByText(/照片或文件/)).toBeInTheDocument()
  })

  it('leaves the photo and file picker out when asked to', () => {
    renderForm(false)
    expect(screen.getByText('标题', { exact: false })).toBeInTheDocument()
    expect(screen.queryByText(/照片或文件/)).toBeNull()
  })
})
