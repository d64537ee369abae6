import type { Page } from 'playwright-core'
import { EligibilityRulesSchema } from '../../src/core/schemas/eligibility'
import type { Journey, JourneyContext } from './journeys'
import { check, openTab, saveScreenshot, seeText, visibleText } from './ui'

/**
 * The benefit self-check (惠民政策自测) as a resident uses it: from 办事, one question per screen,
 * back and forward without losing an answer, 不清楚 where unsure, the results with a word for each
 * programme, and the same results again with the network gone. Nothing the resident enters may leave
 * the phone: the journey watches every request.
 */

const DISCLAIMER = '本结果仅供参考，是否符合条件以街道审核为准'

/** The question on the page being shown (Taro's H5 router keeps earlier pages hidden in the DOM). */
async function questionText(page: Page): Promise<string | null> {
  const question = page.locator('.question-frame__text').filter({ visible: true }).first()
  return (await question.count()) > 0 ? ((await question.textContent()) ?? '').trim() : null
}

async function questionNumber(page: Page): Promise<string> {
  return ((await page.locator('.question-frame__number').filter({ visible: true }).first().textContent()) ?? '').trim()
}

/** A card of the results page, found by the programme's name. */
function programmeCard(page: Page, name: string) {
  return page.locator('.programme-card').filter({ visible: true, has: page.locator('.programme-card__name', { hasText: name }) }).first()
}

export const residentChecksBenefits: Journey = {
  name: 'an 82-year-old resident does the 惠民政策自测 from 办事, goes back and forward, and reads the results online and offline',
  needsBrowser: true,
  async run(context: JourneyContext) {
    const rulesResponse = await fetch(`${context.baseUrl}/api/v1/eligibility/rules`)
    check(rulesResponse.ok, `GET /api/v1/eligibility/rules answered ${rulesResponse.status}`)
    const rules = EligibilityRulesSchema.parse(await rulesResponse.json())
    const allowance = rules.programmes.find((p) => p.id === 'old_age_allowance')
    check(allowance !== undefined, 'the rules have no 高龄津贴')

    const page = await context.newPhonePage()
    const sent: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/')) sent.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`)
    })

    await page.goto(`${context.baseUrl}/#/pages/index/index`)
    await openTab(page, '办事')
    await visibleText(page, '惠民政策自测').click()
    await page.waitForURL(/packages\/selfcheck\/index\/index/)
    await seeText(page, '大约需要 3 分钟')
    await seeText(page, DISCLAIMER)
    // Exactly: the 办事 entry's 「开始自测 ›」 may still be on screen while the page slides in.
    await page.getByText('开始自测', { exact: true }).filter({ visible: true }).first().click()

    await seeText(page, '第 1 题')
    await visibleText(page, '就这些人，下一步').click()
    await seeText(page, '第 2 题')
    await page.locator('.number-answer__input input').filter({ visible: true }).first().fill('82')
    await visibleText(page, '确定').click()
    await seeText(page, '第 3 题')
    const hukouQuestion = await questionText(page)
    await visibleText(page, '是').click()
    await seeText(page, '第 4 题')
    await saveScreenshot(page, '11-selfcheck-question')

    // Back: the earlier answer is still chosen; forward again lands on the same new question.
    const fourth = await questionText(page)
    await visibleText(page, '‹ 上一题').click()
    await seeText(page, '第 3 题')
    check((await questionText(page)) === hukouQuestion, `上一题 showed 「${await questionText(page)}」, expected 「${hukouQuestion}」`)
    await seeText(page, '✓ 已选')
    await visibleText(page, '下一题 ›').click()
    check((await questionText(page)) === fourth, `下一题 showed 「${await questionText(page)}」, expected 「${fourth}」`)

    // 不清楚 for everything else, until nothing can change an answer.
    let answered = 3
    while ((await questionText(page)) !== null) {
      check(answered < 40, 'the questionnaire did not end after 40 questions')
      const number = await questionNumber(page)
      check(number === `第 ${answered + 1} 题`, `expected 第 ${answered + 1} 题, the page shows ${number}`)
      await visibleText(page, '不清楚').click()
      answered += 1
      await page.waitForFunction(
        (before) => {
          const shown = [...document.querySelectorAll('.question-frame__number')].find((el) => (el as HTMLElement).offsetParent !== null)
          return !shown || shown.textContent?.trim() !== before
        },
        number
      )
    }
    await seeText(page, '问题都答完了')
    context.note(`the self-check ended after ${answered} questions`)
    await visibleText(page, '查看结果').click()
    await page.waitForURL(/packages\/selfcheck\/result\/index/)

    const assertResults = async (when: string) => {
      await seeText(page, DISCLAIMER)
      const card = programmeCard(page, allowance.name)
      await card.waitFor({ state: 'visible' })
      check((await card.locator('.status-mark__word').first().textContent())?.trim() === '可能符合', `${when}: ${allowance.name} is not 可能符合`)
      check((await page.locator('.programme-card--unknown').filter({ visible: true }).count()) > 0, `${when}: no programme says 还需确认`)
    }
    await assertResults('online')
    const card = programmeCard(page, allowance.name)
    await card.locator('.jf-phone__action').first().waitFor({ state: 'visible' })
    await card.getByText(`办事指南：${allowance.guideName}`).waitFor({ state: 'visible' })
    await saveScreenshot(page, '12-selfcheck-result')

    await page.route('**/api/v1/**', (route) => route.abort())
    await page.reload()
    await assertResults('offline')

    const leaks = sent.filter((line) => !line.startsWith('GET ') || line.includes('82'))
    check(leaks.length === 0, `the self-check sent the resident's answers: ${leaks.join('; ')}`)
  }
}
