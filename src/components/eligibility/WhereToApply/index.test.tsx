import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { GuideSummary } from '@/core/schemas/guides'
import { contacts } from '../../../../mock/fixtures'
import { WhereToApply } from '.'

const aGuide = (name: string, departmentName: string): GuideSummary => ({
  id: 7,
  name,
  summary: '',
  topic: '社会救助',
  departmentName,
  promisedLimit: '10个工作日'
})
const lowIncomeGuide = aGuide('最低生活保障申请', '社会事务办公室')

describe('where to apply for a programme', () => {
  it("shows the guide's department with a phone to tap and an address that opens the map", () => {
    render(<WhereToApply guideName='最低生活保障申请' contacts={contacts} guides={[lowIncomeGuide]} />)
    expect(screen.getByText('社会事务办公室')).toBeInTheDocument()
    expect(screen.getByText('办公时间：工作日 8:30—17:00')).toBeInTheDocument()
    fireEvent.click(screen.getByText('0571-8765 4321'))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '057187654321' })
    // The web build (the tests' platform) links to Amap's marker page at the coordinates.
    const map = screen.getByText('青石街道为民服务中心一楼').closest('a')
    expect(new URL(map?.getAttribute('href') ?? '').searchParams.get('position')).toBe('120.1551,30.2741')
  })

  it('opens the matching service guide', () => {
    render(<WhereToApply guideName='最低生活保障申请' contacts={contacts} guides={[lowIncomeGuide]} />)
    fireEvent.click(screen.getByText('办事指南：最低生活保障申请'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/content/guide/index?id=7' })
  })

  it("points to the office's duty phone and address when the department is not among the contacts", () => {
    const guide = aGuide('重度残疾人护理补贴申请', '残疾人联合会')
    render(<WhereToApply guideName='重度残疾人护理补贴申请' contacts={contacts} guides={[guide]} />)
    expect(screen.getByText('残疾人联合会')).toBeInTheDocument()
    fireEvent.click(screen.getByText('0571-8765 0000'))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '057187650000' })
    expect(screen.getByText('青石路188号')).toBeInTheDocument()
  })

  it('still gives the office when the service guide is not published', () => {
    render(<WhereToApply guideName='临时救助申请' contacts={contacts} guides={[lowIncomeGuide]} />)
    expect(screen.getByText('青石街道办事处')).toBeInTheDocument()
    expect(screen.queryByText(/办事指南：/)).not.toBeInTheDocument()
  })

  it('says the phone and address need the network when contacts were never loaded', () => {
    render(<WhereToApply guideName='最低生活保障申请' contacts={null} guides={[]} />)
    expect(screen.getByText('电话和地址要联网后才能显示，请稍后再看。')).toBeInTheDocument()
  })
})
