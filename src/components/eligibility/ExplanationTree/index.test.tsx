import { fireEvent, render, screen } from '@testing-library/react'
import { anExplanation } from '../test-factories'
import { ExplanationTree } from '.'

describe('the 「为什么」 explanation', () => {
  it('is closed until the resident asks why', () => {
    render(<ExplanationTree explanation={anExplanation()} />)
    expect(screen.getByText('为什么？')).toBeInTheDocument()
    expect(screen.queryByText('您的户口在本街道。')).not.toBeInTheDocument()
  })

  it('opens to every criterion with its result in words and its reason', () => {
    render(<ExplanationTree explanation={anExplanation({ children: [{ id: 'age', label: '年龄', result: 'fail', text: '您不满 80 岁。' }] })} />)
    fireEvent.click(screen.getByText('为什么？'))
    expect(screen.getByText('以下条件都要满足：')).toBeInTheDocument()
    expect(screen.getByText('年龄')).toBeInTheDocument()
    expect(screen.getByText('不满足')).toBeInTheDocument()
    expect(screen.getByText('您不满 80 岁。')).toBeInTheDocument()
  })

  it('names the standard used with its version, effective date and the example marker', () => {
    render(<ExplanationTree explanation={anExplanation()} />)
    fireEvent.click(screen.getByText('为什么？'))
    expect(
      screen.getByText('依据：城市低保标准（每人每月）：1450（示例本地标准，版本 canglan-2026，2026年1月1日起执行）')
    ).toBeInTheDocument()
  })

  it('closes again', () => {
    render(<ExplanationTree explanation={anExplanation()} />)
    fireEvent.click(screen.getByText('为什么？'))
    fireEvent.click(screen.getByText('收起「为什么」'))
    expect(screen.queryByText('您的户口在本街道。')).not.toBeInTheDocument()
  })
})
