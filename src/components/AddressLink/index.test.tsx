import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { AddressLink, amapMarkerUrl } from '.'

describe('AddressLink', () => {
  it('opens WeChat’s map at the coordinates when tapped in the mini-program', () => {
    const taroEnv = process.env.TARO_ENV
    process.env.TARO_ENV = 'weapp'
    render(<AddressLink address='青石路188号' location={{ latitude: 30.27, longitude: 120.15 }} name='青石街道办事处' />)
    fireEvent.click(screen.getByText('地图'))
    expect(Taro.openLocation).toHaveBeenCalledWith({ latitude: 30.27, longitude: 120.15, name: '青石街道办事处', address: '青石路188号', scale: 17 })
    process.env.TARO_ENV = taroEnv
  })

  it('shows just the address when its coordinates are unknown', () => {
    render(<AddressLink address='青石路190号二楼' location={null} />)
    expect(screen.getByText('青石路190号二楼')).toBeInTheDocument()
    expect(screen.queryByText('地图')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('青石路190号二楼'))
    expect(Taro.openLocation).not.toHaveBeenCalled()
  })

  describe('in the web build (the tests’ platform), where Taro cannot open a map', () => {
    it('links to Amap’s marker page at the coordinates, labelled with the place and its address', () => {
      render(<AddressLink address='青石路188号' location={{ latitude: 30.27, longitude: 120.15 }} name='青石街道办事处' />)
      const link = screen.getByRole('link', { name: /青石路188号\s*地图/ })
      const url = new URL(link.getAttribute('href') ?? '')
      expect(url.origin + url.pathname).toBe('https://uri.amap.com/marker')
      expect(url.searchParams.get('position')).toBe('120.15,30.27')
      expect(url.searchParams.get('name')).toBe('青石街道办事处（青石路188号）')
      expect(url.searchParams.get('coordinate')).toBe('gaode')
    })
  })
})

describe('the Amap marker link', () => {
  it('puts the longitude first, as Amap reads it', () => {
    expect(new URL(amapMarkerUrl({ latitude: 30.27, longitude: 120.15 }, '街道')).searchParams.get('position')).toBe('120.15,30.27')
  })

  it('stays in the browser instead of asking to open the Amap app', () => {
    expect(new URL(amapMarkerUrl({ latitude: 30.27, longitude: 120.15 }, '街道')).searchParams.get('callnative')).toBe('0')
  })
})

