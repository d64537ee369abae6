import type { CaseEventType, ClockStep } from '../schemas/clock'
import type { CaseFlow } from './policies'

/**
 * step → event → next step, per lifecycle. An event not listed for a step does not move the clock
 * (a consultation does not pause a 信访 matter; nothing follows a reply). The staff UI offers the
 * events a step allows (`allowedEvents`).
 */
export const TRANSITIONS: Record<CaseFlow, Record<ClockStep, Partial<Record<CaseEventType, ClockStep>>>> = {
  disclosure: {
    accept: {},
    reply: {
      correction_requested: 'awaiting_correction',
      consultation_started: 'reply',
      consultation_ended: 'reply',
      extended: 'reply',
      replied: 'done',
      withdrawn: 'done'
    },
    awaiting_correction: { correction_received: 'reply', withdrawn: 'done' },
    done: {}
  },
  petition: {
    accept: { accepted: 'reply', not_accepted: 'done', withdrawn: 'done' },
    reply: { extended: 'reply', replied: 'done', withdrawn: 'done' },
    awaiting_correction: {},
    done: {}
  }
}

/** The step a case starts in once received. */
export const FIRST_STEP: Record<CaseFlow, ClockStep> = { disclosure: 'reply', petition: 'accept' }

/**
 * The step after an event, or undefined when the event does not apply in that step.
 * @example nextStep('petition', 'accept', 'accepted') // 'reply'
 */
export function nextStep(flow: CaseFlow, step: ClockStep, event: CaseEventType): ClockStep | undefined {
  return TRANSITIONS[flow][step][event]
}

/**
 * The events that may be recorded in a step.
 * @example allowedEvents('disclosure', 'awaiting_correction') // ['correction_received', 'withdrawn']
 */
export function allowedEvents(flow: CaseFlow, step: ClockStep): CaseEventType[] {
  return Object.keys(TRANSITIONS[flow][step]) as CaseEventType[]
}
