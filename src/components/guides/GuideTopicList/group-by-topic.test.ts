import { groupByTopic } from './group-by-topic'

const guide = (id: number, topic: string) => ({ id, topic })

describe('groupByTopic', () => {
  it('puts guides of the same topic together, topics in order of first appearance', () => {
    const groups = groupByTopic([guide(1, '养老'), guide(2, '救助'), guide(3, '养老')])
    expect(groups).toEqual([
      { topic: '养老', items: [guide(1, '养老'), guide(3, '养老')] },
      { topic: '救助', items: [guide(2, '救助')] }
    ])
  })

  it('gives no groups for no guides', () => {
    expect(groupByTopic([])).toEqual([])
  })
})
