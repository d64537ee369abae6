/**
 * How often a published item must be renewed (domain.md §1): fixed content yearly, periodic content
 * monthly, ad-hoc content within 3 days of the decision.
 */
export const TIMELINESS_KINDS = ['fixed', 'periodic', 'adhoc'] as const
export type Timeliness = (typeof TIMELINESS_KINDS)[number]

/** Labels residents see; the code's names are the disclosure rules' three kinds. */
export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  fixed: '长期公开',
  periodic: '定期公开',
  adhoc: '及时公开'
}
