import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { nextQuestion, type Answers, type AnswerValue, type AskedQuestion, type ParameterSet } from '@/core/eligibility'
import { taroStorage } from './taro-storage'

/*
 * The benefit self-check's answers. They stay in this phone's storage and are never sent: the rules
 * run on the phone. Only the answers and the question on screen are stored; the path through the
 * questions is recomputed from them.
 */

export const SELFCHECK_STORAGE_KEY = 'jf-selfcheck'

/** Where the questionnaire stands: the questions answered in asking order, and the next one. */
export interface QuestionnaireProgress {
  /** The answered questions on the current path up to the first unanswered one, in asking order. */
  asked: AskedQuestion[]
  /** The first question not yet answered, or null when nothing can change an answer any more. */
  next: AskedQuestion | null
  /**
   * The answers on the current path, including those given after a question still unanswered (which
   * counts as unknown); answers to questions that no longer matter are left out.
   */
  relevant: Answers
}

/**
 * Replays the answers through the questionnaire: asks `nextQuestion` again and again, feeding it the
 * answer already given, or 「不清楚」 for a question without one, until nothing more can be asked. So
 * going back and changing an answer moves the path on, keeps every answer that still matters, and
 * drops the questions that no longer do.
 * @example questionnaireProgress({ members: [{ id: 'self', relation: 'self' }] }, DEMO_PARAMETERS, '2026-03-01').next?.key // 'age@self'
 */
export function questionnaireProgress(answers: Answers, history: readonly ParameterSet[], asOf: string): QuestionnaireProgress {
  const asked: AskedQuestion[] = []
  const relevant: Record<string, AnswerValue> = {}
  const replayed: Record<string, AnswerValue> = {}
  let next: AskedQuestion | null = null
  for (let question = nextQuestion(replayed, history, asOf); question; question = nextQuestion(replayed, history, asOf)) {
    if (question.key in answers) {
      relevant[question.key] = replayed[question.key] = answers[question.key]
      if (!next) asked.push(question)
    } else {
      next ??= question
      replayed[question.key] = null
    }
  }
  return { asked, next, relevant }
}

export interface SelfCheckState {
  answers: Answers
  /** The position in `asked` being looked at again after 上一题; null while on the next new question. */
  revisiting: number | null
  answer(key: string, value: AnswerValue): void
  /** Shows the asked question at this position again, or the next new question for null. */
  goTo(position: number | null): void
  /** Forgets every answer (「清空重新开始」). */
  restart(): void
}

export const useSelfCheck = create<SelfCheckState>()(
  persist(
    (set) => ({
      answers: {},
      revisiting: null,
      answer: (key, value) => set((state) => ({ answers: { ...state.answers, [key]: value } })),
      goTo: (position) => set({ revisiting: position }),
      restart: () => set({ answers: {}, revisiting: null })
    }),
    {
      name: SELFCHECK_STORAGE_KEY,
      storage: createJSONStorage(() => taroStorage),
      partialize: (state) => ({ answers: state.answers, revisiting: state.revisiting })
    }
  )
)

/** The question on screen: the one revisited, or the next new one; `number` counts from 1 (第 N 题). */
export function shownQuestion(progress: QuestionnaireProgress, revisiting: number | null): { question: AskedQuestion | null; position: number; number: number } {
  if (revisiting !== null && revisiting < progress.asked.length) {
    return { question: progress.asked[revisiting], position: revisiting, number: revisiting + 1 }
  }
  return { question: progress.next, position: progress.asked.length, number: progress.asked.length + 1 }
}

/** After an answer to a revisited question, the one after it on the (possibly new) path; else the next new one. */
export function positionAfterAnswer(revisiting: number | null, after: QuestionnaireProgress): number | null {
  if (revisiting === null) return null
  return revisiting + 1 < after.asked.length ? revisiting + 1 : null
}
