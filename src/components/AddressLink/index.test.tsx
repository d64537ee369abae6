import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { AddressLink } from '.'

describe('AddressLink', () => {
  it('opens the map at the coordinates when tapped', () => {
    render(<AddressLink address='青石路188号' location={{ latitude: 30.27, longitude: 120.15 }} name='青石街道办事处' />)
    fireEvent.click(screen.getByText('地图'))
    expect(Taro.openLocation).toHaveBeenCalledWith({ latitude: 30.27, longitude: 120.15, name: '青石街道办事处', address: '青石路188号', scale: 17 })
  })

  it('shows just the address when its coordinates are unknown', () => {
    render(<AddressLink address='青石路190号二楼' location={null} />)
    expect(screen.getByText('青石路190号二楼')).toBeInTheDocument()
    expect(screen.queryByText('地图')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('青石路190号二楼'))
    expect(Taro.openLocation).not.toHaveBeenCalled()
  })
})
