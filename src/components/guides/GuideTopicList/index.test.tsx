import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { aGuide } from '../../../../mock/fixtures'
import { GuideTopicList } from '.'

const guides = [
  aGuide({ id: 1, name: '高龄津贴申领', topic: '养老服务' }),
  aGuide({ id: 2, name: '最低生活保障申请', topic: '社会救助' }),
  aGuide({ id: 3, name: '老年人优待证办理', topic: '养老服务' })
]

describe('GuideTopicList', () => {
  it('shows a heading per topic with how many guides it has, each guide under its topic', () => {
    const { container } = render(<GuideTopicList guides={guides} />)
    const groups = [...container.querySelectorAll('.guide-topics__group')].map((g) => [
      g.querySelector('.guide-topics__topic')!.textContent,
      ...[...g.querySelectorAll('.guide-card__name')].map((n) => n.textContent)
    ])
    expect(groups).toEqual([
      ['养老服务（2 项）', '高龄津贴申领', '老年人优待证办理'],
      ['社会救助（1 项）', '最低生活保障申请']
    ])
  })

  it('opens a guide when tapped', () => {
    render(<GuideTopicList guides={guides} />)
    fireEvent.click(screen.getByText('老年人优待证办理'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/content/guide/index?id=3' })
  })
})
