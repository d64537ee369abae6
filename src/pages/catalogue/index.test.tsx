import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { act } from 'react'
import { catalogue } from '../../../mock/fixtures'
import { firePullDownRefresh, mockRequest, requestsMade } from '../../../mock/taro'
import CataloguePage from '.'

const serveCatalogue = () => mockRequest(() => ({ statusCode: 200, data: catalogue }))

describe('the 公开 tab', () => {
  it('shows each top category with its description and count, and its sub-categories', async () => {
    serveCatalogue()
    render(<CataloguePage />)
    expect(await screen.findByText('政务公开')).toBeInTheDocument()
    expect(screen.getByText('街道的机构、领导分工和服务承诺')).toBeInTheDocument()
    expect(screen.getByText('12 条')).toBeInTheDocument()
    expect(screen.getByText('财政预决算与三公经费')).toBeInTheDocument()
    expect(screen.getByText('决策征求意见')).toBeInTheDocument()
  })

  it('opens the notices of a sub-category when it is tapped', async () => {
    serveCatalogue()
    render(<CataloguePage />)
    fireEvent.click(await screen.findByText('惠民政策'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/content/notices/index?category=gov-benefits' })
  })

  it('sends 办事指南 to the 办事 tab', async () => {
    serveCatalogue()
    render(<CataloguePage />)
    fireEvent.click(await screen.findByText('办事指南'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' })
  })

  it('opens the search page with the typed words', async () => {
    serveCatalogue()
    const { container } = render(<CataloguePage />)
    await screen.findByText('政务公开')
    act(() => {
      container.querySelector('taro-input-core')!.dispatchEvent(new CustomEvent('input', { detail: { value: '低保' } }))
    })
    fireEvent.click(screen.getByText('搜索'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/content/search/index?q=%E4%BD%8E%E4%BF%9D' })
  })

  it('shows an error with 重试 instead of a blank page when offline with nothing saved', async () => {
    mockRequest(() => 'offline')
    render(<CataloguePage />)
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeInTheDocument()
    serveCatalogue()
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('政务公开')).toBeInTheDocument()
  })

  it('reloads on pull-down and stops the refresh spinner', async () => {
    serveCatalogue()
    render(<CataloguePage />)
    await screen.findByText('政务公开')
    await act(() => firePullDownRefresh())
    expect(requestsMade()).toHaveLength(2)
    expect(Taro.stopPullDownRefresh).toHaveBeenCalled()
  })
})
