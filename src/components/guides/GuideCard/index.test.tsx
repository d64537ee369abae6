import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { aGuide } from '../../../../mock/fixtures'
import { GuideCard } from '.'

describe('GuideCard', () => {
  it('shows the service, its topic, department and promised time limit', () => {
    render(<GuideCard guide={aGuide()} />)
    expect(screen.getByText('最低生活保障申请')).toBeInTheDocument()
    expect(screen.getByText('社会救助')).toBeInTheDocument()
    expect(screen.getByText('办理部门：社会事务办公室')).toBeInTheDocument()
    expect(screen.getByText('承诺时限：15个工作日')).toBeInTheDocument()
  })

  it('opens the guide when tapped', () => {
    render(<GuideCard guide={aGuide({ id: 9 })} />)
    fireEvent.click(screen.getByText('最低生活保障申请'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/content/guide/index?id=9' })
  })
})

describe('GuideCard in a list grouped by topic', () => {
  it('leaves out the topic the heading already shows', () => {
    render(<GuideCard guide={aGuide()} showTopic={false} />)
    expect(screen.queryByText('社会救助')).not.toBeInTheDocument()
  })
})
