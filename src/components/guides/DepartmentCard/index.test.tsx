import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { aGuideDetail } from '../../../../mock/fixtures'
import { DepartmentCard } from '.'

const department = aGuideDetail().department

describe('DepartmentCard', () => {
  it('shows the department and its office hours', () => {
    render(<DepartmentCard department={department} />)
    expect(screen.getByText('社会事务办公室')).toBeInTheDocument()
    expect(screen.getByText('办公时间：工作日 8:30—12:00，13:30—17:00')).toBeInTheDocument()
  })

  it('calls the department when its phone is tapped', () => {
    render(<DepartmentCard department={department} />)
    fireEvent.click(screen.getByText('0571-8765 4321'))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '057187654321' })
  })

  it('links its address to the map at the department', () => {
    render(<DepartmentCard department={department} />)
    // The web build (the tests' platform) links to Amap's marker page at the coordinates.
    const map = screen.getByText('青石街道为民服务中心一楼3号窗口').closest('a')
    expect(new URL(map?.getAttribute('href') ?? '').searchParams.get('position')).toBe('120.1551,30.2741')
  })
})
