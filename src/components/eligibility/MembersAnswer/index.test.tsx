import { fireEvent, render, screen } from '@testing-library/react'
import { RELATION_OPTIONS } from '@/core/eligibility'
import { MembersAnswer, newMemberId } from '.'

describe('the household member list', () => {
  it('starts with the resident alone', () => {
    render(<MembersAnswer value={null} options={RELATION_OPTIONS} onSubmit={jest.fn()} />)
    expect(screen.getByText('现在一共 1 人：')).toBeInTheDocument()
    expect(screen.getByText('1. 本人（您自己）')).toBeInTheDocument()
    expect(screen.queryByText('去掉')).not.toBeInTheDocument()
  })

  it('adds a member with one tap and takes them off again', () => {
    const onSubmit = jest.fn()
    render(<MembersAnswer value={null} options={RELATION_OPTIONS} onSubmit={onSubmit} />)
    fireEvent.click(screen.getByText('＋ 子女'))
    fireEvent.click(screen.getByText('＋ 子女'))
    fireEvent.click(screen.getByText('＋ 父母'))
    expect(screen.getByText('现在一共 4 人：')).toBeInTheDocument()
    fireEvent.click(screen.getByLabelText('去掉第 2 位：子女'))
    fireEvent.click(screen.getByText('就这些人，下一步'))
    expect(onSubmit).toHaveBeenCalledWith([
      { id: 'self', relation: 'self' },
      { id: 'm2', relation: 'child' },
      { id: 'm3', relation: 'parent' }
    ])
  })

  it('shows the list answered before', () => {
    render(<MembersAnswer value={[{ id: 'self', relation: 'self' }, { id: 'm1', relation: 'spouse' }]} options={RELATION_OPTIONS} onSubmit={jest.fn()} />)
    expect(screen.getByText('2. 配偶')).toBeInTheDocument()
    expect(screen.queryByText('＋ 配偶')).not.toBeInTheDocument()
  })

  it('never gives two members the same id', () => {
    expect(newMemberId([{ id: 'self', relation: 'self' }])).toBe('m1')
    expect(newMemberId([{ id: 'self', relation: 'self' }, { id: 'm4', relation: 'child' }])).toBe('m5')
  })
})
