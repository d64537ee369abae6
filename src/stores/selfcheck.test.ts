import { DEMO_PARAMETERS, type Answers } from '@/core/eligibility'
import { mockStorage } from '../../mock/taro'
import { SELFCHECK_STORAGE_KEY, positionAfterAnswer, questionnaireProgress, shownQuestion, useSelfCheck } from './selfcheck'

const AS_OF = '2026-03-01'
const progressOf = (answers: Answers) => questionnaireProgress(answers, DEMO_PARAMETERS, AS_OF)
const alone = { members: [{ id: 'self', relation: 'self' as const }] }

describe('the questionnaire path replayed from the answers', () => {
  it('asks who lives in the household first', () => {
    const progress = progressOf({})
    expect(progress.asked).toEqual([])
    expect(progress.next?.key).toBe('members')
  })

  it("asks the resident's age after the household", () => {
    const progress = progressOf(alone)
    expect(progress.asked.map((q) => q.key)).toEqual(['members'])
    expect(progress.next?.key).toBe('age@self')
  })

  it('counts 不清楚 as answered, so the question is not asked again', () => {
    const progress = progressOf({ ...alone, 'age@self': null })
    expect(progress.asked.map((q) => q.key)).toEqual(['members', 'age@self'])
    expect(progress.next?.key).not.toBe('age@self')
  })

  it("leaves out answers about a member who was taken off the list, and asks nothing about them", () => {
    const withSpouse = { members: [...alone.members, { id: 'm1', relation: 'spouse' as const }], 'age@self': 70, 'age@m1': 68 }
    const progress = progressOf({ ...withSpouse, members: alone.members })
    expect(progress.relevant).not.toHaveProperty('age@m1')
    expect(progress.asked.map((q) => q.key)).not.toContain('age@m1')
    expect(progress.next?.memberId).not.toBe('m1')
  })

  it('counts an answer given after a question still unanswered, and that question as unknown', () => {
    const progress = progressOf({ ...alone, 'localHukou@self': true })
    expect(progress.next?.key).toBe('age@self')
    expect(progress.asked.map((q) => q.key)).toEqual(['members'])
    expect(progress.relevant).toEqual({ ...alone, 'localHukou@self': true })
  })

  it('ends when no question can change an answer any more', () => {
    let answers: Record<string, Answers[string]> = {}
    for (let step = 0; step < 200; step += 1) {
      const next = progressOf(answers).next
      if (!next) break
      answers = { ...answers, [next.key]: next.key === 'members' ? alone.members : null }
    }
    expect(progressOf(answers).next).toBeNull()
  })
})

describe('the question on screen', () => {
  it('is the next new question while not going back', () => {
    const progress = progressOf(alone)
    expect(shownQuestion(progress, null)).toMatchObject({ position: 1, number: 2, question: { key: 'age@self' } })
  })

  it('is an answered question after 上一题', () => {
    const progress = progressOf({ ...alone, 'age@self': 70 })
    expect(shownQuestion(progress, 0)).toMatchObject({ position: 0, number: 1, question: { key: 'members' } })
  })

  it('moves to the question after a revisited one once it is answered, and to the next new one at the end', () => {
    const progress = progressOf({ ...alone, 'age@self': 70, 'localHukou@self': true })
    expect(positionAfterAnswer(0, progress)).toBe(1)
    expect(positionAfterAnswer(progress.asked.length - 1, progress)).toBeNull()
    expect(positionAfterAnswer(null, progress)).toBeNull()
  })
})

describe('the stored answers', () => {
  beforeEach(() => useSelfCheck.getState().restart())

  it('are kept in the phone storage under their own key', () => {
    useSelfCheck.getState().answer('age@self', 81)
    expect(JSON.parse(mockStorage.get(SELFCHECK_STORAGE_KEY) as string).state.answers).toEqual({ 'age@self': 81 })
  })

  it('come back after the app is reopened', async () => {
    mockStorage.set(SELFCHECK_STORAGE_KEY, JSON.stringify({ state: { answers: { 'age@self': 90 }, revisiting: null }, version: 0 }))
    await useSelfCheck.persist.rehydrate()
    expect(useSelfCheck.getState().answers).toEqual({ 'age@self': 90 })
  })

  it('are all forgotten by 清空重新开始', () => {
    useSelfCheck.getState().answer('age@self', 81)
    useSelfCheck.getState().goTo(0)
    useSelfCheck.getState().restart()
    expect(useSelfCheck.getState()).toMatchObject({ answers: {}, revisiting: null })
  })
})
