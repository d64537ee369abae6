import type { Rating } from '../schemas/cases'
import type { RatingCounts } from '../schemas/reports'

/**
 * The points of each rating in the office's yearly appraisal of departments (政风行风评议):
 * 满意 100, 基本满意 85, 一般 70, 不满意 55. 不了解 is not counted at all.
 */
export const RATING_POINTS: Record<Exclude<Rating, 'unknown'>, number> = {
  satisfied: 100,
  basically_satisfied: 85,
  average: 70,
  dissatisfied: 55
}

export const emptyRatingCounts = (): RatingCounts => ({ satisfied: 0, basically_satisfied: 0, average: 0, dissatisfied: 0, unknown: 0 })

/** The ratings counted by the score and the satisfaction rate: all but 不了解. */
export function countedRatings(counts: RatingCounts): number {
  return counts.satisfied + counts.basically_satisfied + counts.average + counts.dissatisfied
}

/**
 * The appraisal score: the sum of the counted ratings' points divided by their number, to two
 * decimals; null when nothing was counted.
 * @example appraisalScore({ satisfied: 2, basically_satisfied: 1, average: 0, dissatisfied: 1, unknown: 3 }) // 85
 */
export function appraisalScore(counts: RatingCounts): number | null {
  const n = countedRatings(counts)
  if (n === 0) return null
  const sum =
    counts.satisfied * RATING_POINTS.satisfied +
    counts.basically_satisfied * RATING_POINTS.basically_satisfied +
    counts.average * RATING_POINTS.average +
    counts.dissatisfied * RATING_POINTS.dissatisfied
  return Math.round((sum / n) * 100) / 100
}

/**
 * The share of 满意 and 基本满意 among the counted ratings, to four places; null when nothing was counted.
 * @example satisfactionRate({ satisfied: 2, basically_satisfied: 1, average: 0, dissatisfied: 1, unknown: 3 }) // 0.75
 */
export function satisfactionRate(counts: RatingCounts): number | null {
  const n = countedRatings(counts)
  return n === 0 ? null : ratio(counts.satisfied + counts.basically_satisfied, n)
}

/** part / whole to four places, null when whole is 0. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000
}
