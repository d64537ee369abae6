import { fireEvent, render, screen } from '@testing-library/react'
import { mockRequest, requestsMade } from '../../../../mock/taro'
import { SIGNED_IN } from '@/packages/cases/fixtures'
import { settle } from '@/packages/cases/test-helpers'
import { useOutbox } from '@/stores/outbox'
import { useSession } from '@/stores/session'
import { MyData } from '.'

const pending = {
  key: 'key-00000001',
  kind: 'help' as const,
  title: '楼道灯坏了',
  body: { kind: 'help' as const, title: '楼道灯坏了', content: '三单元楼道灯不亮' },
  createdAt: '2026-11-20T09:00:00+08:00',
  owner: SIGNED_IN.accountId
}

beforeEach(() => {
  useSession.setState(SIGNED_IN)
  useOutbox.setState({ items: [], acknowledged: {} })
  mockRequest((req) => {
    const path = new URL(req.url).pathname
    if (path === '/api/v1/me/export') return { statusCode: 200, data: { account: { phone: '13812345678' }, cases: [] } }
    if (path === '/api/v1/me' && req.method === 'DELETE') return { statusCode: 204, data: '' }
    return { statusCode: 404, data: {} }
  })
})

describe('我的数据 (个人信息保护法 第四十五条、第四十七条)', () => {
  it('exports the resident’s data as a JSON file', async () => {
    const created: Blob[] = []
    Object.assign(URL, { createObjectURL: jest.fn((blob: Blob) => (created.push(blob), 'blob:x')), revokeObjectURL: jest.fn() })
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    render(<MyData />)
    fireEvent.click(screen.getByText('导出我的数据'))
    expect(await screen.findByText('已导出您的数据（文件名 jiefang-my-data.json）')).toBeInTheDocument()
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(String(reader.result))
      reader.readAsText(created[0])
    })
    expect(JSON.parse(text)).toEqual({ account: { phone: '13812345678' }, cases: [] })
    click.mockRestore()
  })

  it('closes the account after confirmation, signs out and forgets unsent submissions', async () => {
    useOutbox.getState().add(pending)
    render(<MyData />)
    fireEvent.click(screen.getByText('注销账号'))
    await settle()
    expect(requestsMade().some((r) => r.method === 'DELETE' && new URL(r.url).pathname === '/api/v1/me')).toBe(true)
    expect(useSession.getState().token).toBeNull()
    expect(useOutbox.getState().items).toEqual([])
  })
})
