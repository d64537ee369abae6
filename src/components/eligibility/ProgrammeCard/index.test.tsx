import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { contacts } from '../../../../mock/fixtures'
import { aProgrammeResult } from '../test-factories'
import { ProgrammeCard } from '.'

const guides = [
  { id: 7, name: '最低生活保障申请', summary: '', topic: '社会救助', departmentName: '社会事务办公室', promisedLimit: '20个工作日' }
]

const card = (overrides: Parameters<typeof aProgrammeResult>[0], unknowns: string[] = []) => (
  <ProgrammeCard result={aProgrammeResult(overrides)} unknowns={unknowns} contacts={contacts} guides={guides} />
)

describe('one programme on the results page', () => {
  it('says 可能符合 in words with a mark, the reason, the amount, the materials and where to apply', () => {
    render(card({}))
    expect(screen.getByText('可能符合')).toBeInTheDocument()
    expect(screen.getByText('✓')).toBeInTheDocument()
    expect(screen.getByText('您家人均收入低于本地低保标准，可能符合低保条件。')).toBeInTheDocument()
    expect(screen.getByText('按家庭人均收入与低保标准的差额发放，金额需经审核确定')).toBeInTheDocument()
    expect(screen.getByText('1. 户口簿、身份证')).toBeInTheDocument()
    expect(screen.getByText('2. 家庭收入情况说明')).toBeInTheDocument()
    fireEvent.click(screen.getByText('0571-8765 4321'))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '057187654321' })
    expect(screen.getByText('青石街道为民服务中心一楼').closest('a')?.getAttribute('href')).toMatch(/^https:\/\/uri\.amap\.com\/marker\?/)
    fireEvent.click(screen.getByText('办事指南：最低生活保障申请'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/content/guide/index?id=7' })
  })

  it('says 还需确认 and lists what is still unknown in plain words', () => {
    render(card({ status: 'unknown', summary: '还不知道您家的收入。' }, ['家庭人均月收入', '家里有没有车']))
    expect(screen.getByText('还需确认')).toBeInTheDocument()
    expect(screen.getByText('还要弄清楚这些情况才能判断：')).toBeInTheDocument()
    expect(screen.getByText('· 家庭人均月收入')).toBeInTheDocument()
    expect(screen.getByText('· 家里有没有车')).toBeInTheDocument()
  })

  it('says 还需确认 and what to ask at the window where no question can decide (国办发〔2021〕42号: 因病致贫重病患者)', () => {
    render(card({ status: 'unknown', summary: '可能符合，请到窗口问清楚。', askAtWindow: ['看病自付费用超过家里的承受能力，能不能按因病致贫重病患者申请医疗救助'] }))
    expect(screen.getByText('还需确认')).toBeInTheDocument()
    expect(screen.getByText('请到窗口问清楚：')).toBeInTheDocument()
    expect(screen.getByText('· 看病自付费用超过家里的承受能力，能不能按因病致贫重病患者申请医疗救助')).toBeInTheDocument()
    expect(screen.getByText('要带的材料')).toBeInTheDocument()
  })

  it('sends a household registered elsewhere to its place of registration (最低生活保障审核确认办法 第四条), with the materials and without the local office', () => {
    const summary = '请到户口所在地申请：您的户口不在本街道，最低生活保障由户口所在地的街道办事处（乡镇人民政府）受理，按当地标准审核。'
    render(card({ status: 'apply_elsewhere', summary }))
    expect(screen.getByText('到户口所在地申请')).toBeInTheDocument()
    expect(screen.getByText('→')).toBeInTheDocument()
    expect(screen.getByText(summary)).toBeInTheDocument()
    expect(screen.getByText('要带的材料')).toBeInTheDocument()
    expect(screen.getByText('户口所在地的街道办事处（乡镇人民政府）')).toBeInTheDocument()
    expect(screen.queryByText('办事指南：最低生活保障申请')).not.toBeInTheDocument()
  })

  it('says 不符合 and leaves out the materials and the office', () => {
    render(card({ status: 'not_eligible', summary: '您家人均收入高于本地低保标准。' }))
    expect(screen.getByText('不符合')).toBeInTheDocument()
    expect(screen.getByText('✕')).toBeInTheDocument()
    expect(screen.queryByText('要带的材料')).not.toBeInTheDocument()
    expect(screen.queryByText('到哪里办')).not.toBeInTheDocument()
  })

  it('says the amount is decided by the review when the rule gives no sentence for it', () => {
    render(card({ amount: { kind: 'assessed', text: '', parameters: [] } }))
    expect(screen.getByText('金额需经审核确定')).toBeInTheDocument()
  })

  it('shows each member of a programme decided member by member', () => {
    render(
      card({
        scope: 'member',
        members: [
          { memberId: 'm1', who: '您', status: 'eligible' },
          { memberId: 'm2', who: '您的配偶', status: 'not_eligible' }
        ]
      })
    )
    expect(screen.getByText('您的配偶')).toBeInTheDocument()
    expect(screen.getAllByText('不符合')).toHaveLength(1)
  })
})
