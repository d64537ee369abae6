import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useSelfCheck } from '@/stores/selfcheck'
import { taroMock } from '../../../../mock/taro'
import SelfCheckPage from '.'

// mock/taro.ts has no pageScrollTo yet; the page scrolls each new question to the top.
Object.assign(taroMock.default, { pageScrollTo: jest.fn(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' })) })

/*
 * The questionnaire as a resident uses it. The rules endpoint is not reachable in these tests (the
 * Taro double answers every request as offline), so the page runs on the parameters bundled with the
 * app: the self-check must work without the network.
 */

beforeEach(() => {
  act(() => useSelfCheck.getState().restart())
})

/** Lets the request for the office's rules fail (offline) before the test goes on. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))

const questionText = (container: HTMLElement) => container.querySelector('.question-frame__text')?.textContent ?? null

function typeNumber(container: HTMLElement, value: string) {
  const input = container.querySelector('.number-answer taro-input-core')!
  act(() => {
    input.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
  fireEvent.click(screen.getByText('确定'))
}

async function start() {
  const view = render(<SelfCheckPage />)
  fireEvent.click(screen.getByText('开始自测'))
  await settle()
  return view
}

/** Answers every question until the end the way `answer` says, and returns the questions asked. */
function answerAll(container: HTMLElement, answer: (question: string) => void): string[] {
  const asked: string[] = []
  for (let question = questionText(container); question !== null; question = questionText(container)) {
    if (asked.includes(question)) throw new Error(`asked twice: ${question}`)
    asked.push(question)
    answer(question)
  }
  return asked
}

/** A 45-year-old registered here, living alone, with a job and a flat; `yes` lists more questions answered 是. */
const ordinaryAnswers = (container: HTMLElement, yes: string[] = []) => (question: string) => {
  if (question === '家里一起生活的有哪些人？') fireEvent.click(screen.getByText('就这些人，下一步'))
  else if (question.includes('多大年纪')) typeNumber(container, '45')
  else if (question.includes('每人每月收入')) typeNumber(container, '5000')
  else if (question.includes('存款')) typeNumber(container, '200000')
  else if (question.includes('享受哪种救助')) fireEvent.click(screen.getByText('都没有'))
  else if (question.includes('城镇还是农村')) fireEvent.click(screen.getByText('城镇'))
  else if (question.includes('残疾等级')) fireEvent.click(screen.getByText('一级'))
  else if (question.includes('哪一类残疾')) fireEvent.click(screen.getByText('肢体残疾'))
  else fireEvent.click(screen.getByText([...yes, '户口在本街道'].some((words) => question.includes(words)) ? '是' : '否'))
}

describe('the self-check questionnaire', () => {
  it('says what the self-check is before the first question', async () => {
    render(<SelfCheckPage />)
    expect(screen.getByText('· 大约需要 3 分钟。')).toBeInTheDocument()
    expect(screen.getByText('· 您填的内容只保存在这部手机上，不会发送出去。')).toBeInTheDocument()
    expect(screen.getByText('本结果仅供参考，是否符合条件以街道审核为准')).toBeInTheDocument()
    fireEvent.click(screen.getByText('开始自测'))
    await settle()
    expect(screen.getByText('第 1 题')).toBeInTheDocument()
    expect(screen.getByText('家里一起生活的有哪些人？')).toBeInTheDocument()
  })

  it('asks about each family member put on the list', async () => {
    const { container } = await start()
    fireEvent.click(screen.getByText('＋ 配偶'))
    expect(screen.getByText('2. 配偶')).toBeInTheDocument()
    expect(screen.queryByText('＋ 配偶')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('就这些人，下一步'))
    typeNumber(container, '70')
    fireEvent.click(screen.getByText('是'))
    expect(questionText(container)).toBe('您的配偶今年多大年纪？')
  })

  it('never asks about the disability certificate, grade or kind of someone without a disability', async () => {
    const { container } = await start()
    const asked = answerAll(container, ordinaryAnswers(container))
    expect(asked).toContain('您有残疾吗？')
    expect(asked).not.toContain('您有第二代残疾人证吗？')
    expect(asked).not.toContain('您的残疾等级是几级？')
    expect(screen.getByText('问题都答完了')).toBeInTheDocument()
  })

  it('asks about the disability certificate and grade once the resident says there is a disability', async () => {
    const { container } = await start()
    const asked = answerAll(container, ordinaryAnswers(container, ['有残疾吗', '残疾人证']))
    expect(asked).toContain('您有第二代残疾人证吗？')
    expect(asked).toContain('您的残疾等级是几级？')
  })

  it('asks about savings when the income is below the local standard', async () => {
    const { container } = await start()
    const asked = answerAll(container, (question) =>
      question.includes('每人每月收入') ? typeNumber(container, '800') : ordinaryAnswers(container)(question)
    )
    expect(asked).toContain('全家的存款、理财等，平均每人大约多少元？')
  })

  it('keeps the answers when going back with 上一题 and forward again with 下一题', async () => {
    const { container } = await start()
    fireEvent.click(screen.getByText('＋ 子女'))
    fireEvent.click(screen.getByText('就这些人，下一步'))
    typeNumber(container, '70')
    expect(screen.getByText('第 3 题')).toBeInTheDocument()

    fireEvent.click(screen.getByText('‹ 上一题'))
    expect(screen.getByText('第 2 题')).toBeInTheDocument()
    expect(container.querySelector('.number-answer taro-input-core')).toHaveAttribute('value', '70')
    fireEvent.click(screen.getByText('‹ 上一题'))
    expect(screen.getByText('2. 子女')).toBeInTheDocument()

    fireEvent.click(screen.getByText('下一题 ›'))
    fireEvent.click(screen.getByText('下一题 ›'))
    expect(screen.getByText('第 3 题')).toBeInTheDocument()
    expect(questionText(container)).toBe('您的户口在本街道吗？')
    expect(useSelfCheck.getState().answers['age@self']).toBe(70)
  })

  it('marks 「不清楚」 as the answer and moves on', async () => {
    const { container } = await start()
    fireEvent.click(screen.getByText('就这些人，下一步'))
    fireEvent.click(screen.getByText('不清楚'))
    expect(questionText(container)).not.toBe('您今年多大年纪？')
    fireEvent.click(screen.getByText('‹ 上一题'))
    expect(questionText(container)).toBe('您今年多大年纪？')
    expect(screen.getByText('✓ 已选')).toBeInTheDocument()
  })

  it('says why a number cannot be used instead of moving on', async () => {
    const { container } = await start()
    fireEvent.click(screen.getByText('就这些人，下一步'))
    typeNumber(container, '两百')
    expect(screen.getByText('请只填整数，例如 3')).toBeInTheDocument()
    expect(questionText(container)).toBe('您今年多大年纪？')
  })

  it('resumes where the resident left off after leaving the page', async () => {
    const first = await start()
    fireEvent.click(screen.getByText('就这些人，下一步'))
    typeNumber(first.container, '82')
    first.unmount()

    const { container } = render(<SelfCheckPage />)
    fireEvent.click(screen.getByText('接着上次答'))
    await settle()
    expect(screen.getByText('第 3 题')).toBeInTheDocument()
    expect(questionText(container)).toBe('您的户口在本街道吗？')
  })

  it('starts again with no answers after 清空重新开始', async () => {
    const first = await start()
    fireEvent.click(screen.getByText('就这些人，下一步'))
    first.unmount()
    render(<SelfCheckPage />)
    fireEvent.click(screen.getByText('清空重新开始'))
    await settle()
    expect(screen.getByText('第 1 题')).toBeInTheDocument()
    expect(useSelfCheck.getState().answers).toEqual({})
  })

  it('shows each new question from the top of the screen', async () => {
    await start()
    fireEvent.click(screen.getByText('就这些人，下一步'))
    expect(Taro.pageScrollTo).toHaveBeenLastCalledWith({ scrollTop: 0, duration: 0 })
  })

  it('opens the results when the resident wants them before the end', async () => {
    await start()
    fireEvent.click(screen.getByText('就这些人，下一步'))
    fireEvent.click(screen.getByText('先看结果'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/selfcheck/result/index' })
  })
})
