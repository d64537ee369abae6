import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { catalogue } from '../../../../mock/fixtures'
import { CategoryCard } from '.'

const [basic, gov, guides, consultation] = catalogue.categories

describe('CategoryCard', () => {
  it('shows the category with its description, count and sub-categories', () => {
    render(<CategoryCard node={gov} />)
    expect(screen.getByText('政务公开')).toBeInTheDocument()
    expect(screen.getByText('政策、资金、项目和办事结果')).toBeInTheDocument()
    expect(screen.getByText('12 条')).toBeInTheDocument()
    expect(screen.getByText('惠民政策')).toBeInTheDocument()
    expect(screen.getByText('7 条 ›')).toBeInTheDocument()
  })

  it('opens the list of a sub-category when it is tapped', () => {
    render(<CategoryCard node={gov} />)
    fireEvent.click(screen.getByText('惠民政策'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/content/notices/index?category=gov-benefits' })
  })

  it('opens the whole category when its heading is tapped', () => {
    render(<CategoryCard node={basic} />)
    fireEvent.click(screen.getByText('查看全部 ›'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/content/notices/index?category=basic' })
  })

  it('opens a category without sub-categories directly', () => {
    render(<CategoryCard node={consultation} />)
    fireEvent.click(screen.getByText('决策征求意见'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/content/notices/index?category=consultation' })
  })

  it('counts service guides in 项', () => {
    render(<CategoryCard node={guides} />)
    expect(screen.getByText('15 项')).toBeInTheDocument()
  })

  it('sends 办事指南 to the 办事 tab instead of a notice list', () => {
    render(<CategoryCard node={guides} />)
    fireEvent.click(screen.getByText('办事指南'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' })
    expect(Taro.navigateTo).not.toHaveBeenCalled()
  })
})
