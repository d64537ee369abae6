import { render, screen, within } from '@testing-library/react'
import { aGuideDetail } from '../../../../mock/fixtures'
import { GuideDisclosures } from '.'

describe('GuideDisclosures', () => {
  it('shows the eight disclosures in the order of the rules', () => {
    const { container } = render(<GuideDisclosures guide={aGuideDetail()} />)
    const titles = [...container.querySelectorAll('.guide-section__title')].map((t) => t.textContent)
    expect(titles).toEqual(['一事项名称', '二办理依据', '三办理流程', '四申请材料', '五法定时限', '六承诺时限', '七收费标准', '八收费依据'])
  })

  it('numbers the procedure steps', () => {
    render(<GuideDisclosures guide={aGuideDetail()} />)
    expect(screen.getByText('第1步')).toBeInTheDocument()
    expect(screen.getByText('第4步')).toBeInTheDocument()
    expect(screen.getByText('区民政局审批')).toBeInTheDocument()
  })

  it('lists each material with its copies and note', () => {
    const { container } = render(<GuideDisclosures guide={aGuideDetail()} />)
    const materials = [...container.querySelectorAll('.guide-material')]
    expect(materials).toHaveLength(2)
    expect(within(materials[1] as HTMLElement).getByText('2. 户口簿')).toBeInTheDocument()
    expect(within(materials[1] as HTMLElement).getByText('份数：原件及复印件各1份')).toBeInTheDocument()
    expect(within(materials[1] as HTMLElement).getByText('说明：全体家庭成员')).toBeInTheDocument()
    expect(within(materials[0] as HTMLElement).queryByText(/说明/)).not.toBeInTheDocument()
  })

  it('shows the time limits, fee standard and fee basis', () => {
    render(<GuideDisclosures guide={aGuideDetail()} />)
    expect(screen.getByText('30个工作日')).toBeInTheDocument()
    expect(screen.getByText('15个工作日')).toBeInTheDocument()
    expect(screen.getByText('不收费')).toBeInTheDocument()
    expect(screen.getByText('《社会救助暂行办法》')).toBeInTheDocument()
    expect(screen.getByText('《社会救助暂行办法》第九条至第十三条')).toBeInTheDocument()
  })
})
