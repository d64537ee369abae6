import Taro from '@tarojs/taro'
import { render, screen } from '@testing-library/react'
import { mockRequest } from '../../../../mock/taro'
import { settle } from '@/packages/cases/test-helpers'
import { WechatReminders, reminderStatus } from '.'

describe('the WeChat notices a resident allowed', () => {
  it('are read from WeChat’s own record of the answers', () => {
    expect(reminderStatus({ mainSwitch: true, itemSettings: { progress: 'accept' } }, 'progress')).toBe('已允许')
    expect(reminderStatus({ mainSwitch: true, itemSettings: { progress: 'reject' } }, 'progress')).toBe('已拒绝，不再询问')
    expect(reminderStatus({ mainSwitch: true, itemSettings: { progress: 'ban' } }, 'progress')).toBe('已被微信停用')
  })

  it('are asked again at each 提交 when the resident never ticked 总是保持以上选择', () => {
    expect(reminderStatus({ mainSwitch: true }, 'progress')).toBe('每次提交时询问')
    expect(reminderStatus(null, 'progress')).toBe('每次提交时询问')
  })

  it('are all off when the resident switched off the mini-program’s messages in WeChat', () => {
    expect(reminderStatus({ mainSwitch: false, itemSettings: { progress: 'accept' } }, 'progress')).toBe('已关闭（您在微信里关掉了本小程序的消息）')
  })

  it('are listed in the mini-program for each template the server sends with, with the way to change them', async () => {
    process.env.TARO_ENV = 'weapp'
    try {
      mockRequest(() => ({ statusCode: 200, data: { wechatTemplateIds: ['tmpl-progress', 'tmpl-other'] } }))
      jest.mocked(Taro.getSetting).mockResolvedValue({
        authSetting: {},
        subscriptionsSetting: { mainSwitch: true, itemSettings: { 'tmpl-progress': 'accept' } },
        errMsg: 'getSetting:ok'
      } as unknown as Taro.getSetting.SuccessCallbackResult)
      render(<WechatReminders />)
      await settle()
      expect(Taro.getSetting).toHaveBeenCalledWith({ withSubscriptions: true })
      expect(screen.getByText('微信消息提醒')).toBeInTheDocument()
      expect(screen.getByText('办理进度通知：已允许')).toBeInTheDocument()
      expect(screen.getByText('其他通知 1：每次提交时询问')).toBeInTheDocument()
      screen.getByText('到微信设置里修改').click()
      expect(Taro.openSetting).toHaveBeenCalledWith({ withSubscriptions: true })
    } finally {
      process.env.TARO_ENV = 'h5'
    }
  })

  it('are not shown in the browser, which hears by SMS', async () => {
    render(<WechatReminders />)
    await settle()
    expect(screen.queryByText('微信消息提醒')).not.toBeInTheDocument()
  })
})
