import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { PhoneLink, dialableNumber } from '.'

describe('PhoneLink', () => {
  it('shows what the number reaches, the number and when it is answered', () => {
    render(<PhoneLink phone='0571-8765 0000' label='值班电话' note='24小时' tone='urgent' />)
    expect(screen.getByText('值班电话')).toBeInTheDocument()
    expect(screen.getByText('0571-8765 0000')).toBeInTheDocument()
    expect(screen.getByText('24小时')).toBeInTheDocument()
  })

  it('says 拨打 in words, not only with colour', () => {
    render(<PhoneLink phone='0571-8765 0000' />)
    expect(screen.getByText('拨打')).toBeInTheDocument()
  })

  it('calls the number when tapped, without the spaces and dashes', () => {
    render(<PhoneLink phone='0571-8765 0000' label='值班电话' />)
    fireEvent.click(screen.getByText('拨打'))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '057187650000' })
  })

  it('does not fail when the resident cancels the call', () => {
    jest.mocked(Taro.makePhoneCall).mockRejectedValueOnce({ errMsg: 'makePhoneCall:fail cancel' })
    render(<PhoneLink phone='12345' />)
    expect(() => fireEvent.click(screen.getByText('12345'))).not.toThrow()
  })
})

describe('dialableNumber', () => {
  it('keeps digits and the characters a dialler accepts', () => {
    expect(dialableNumber('(0571) 8765-0000 转 8')).toBe('0571876500008')
    expect(dialableNumber('+86 571 87650000')).toBe('+8657187650000')
  })
})
