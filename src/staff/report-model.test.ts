import { onTimeBars, percent, receivedBars, shareOfReplied } from './report-model'

const month = (m: string, received: number, onTimeRate: number | null) => ({ month: m, received, replied: 0, repliedOnTime: 0, onTimeRate })

describe('report figures', () => {
  it('writes a share as a percentage with one decimal', () => {
    expect(percent(0.8571)).toBe('85.7%')
  })

  it('says 暂无 where there was nothing to count', () => {
    expect(percent(null)).toBe('暂无')
  })

  it('draws the busiest month full length and the others in proportion', () => {
    expect(receivedBars({ months: [month('2026-01', 4, null), month('2026-02', 2, null), month('2026-03', 0, null)] })).toEqual([
      { label: '1月', length: 100, text: '4' },
      { label: '2月', length: 50, text: '2' },
      { label: '3月', length: 0, text: '0' }
    ])
  })

  it('draws on-time rates on a 0–100 % scale and names a month without replies', () => {
    expect(onTimeBars({ months: [month('2026-01', 4, 0.75), month('2026-02', 0, null)] })).toEqual([
      { label: '1月', length: 75, text: '75.0%' },
      { label: '2月', length: 0, text: '无答复' }
    ])
  })
})

describe('the share of 即办件', () => {
  it('is said as a share of the cases replied to, which is what the dashboard divides by', () => {
    expect(shareOfReplied(0.25)).toBe('占已答复的 25.0%')
  })

  it('says there is nothing to count rather than 占 暂无 while nothing has been replied to', () => {
    expect(shareOfReplied(null)).toBe('还没有答复，无从计算占比')
  })
})

