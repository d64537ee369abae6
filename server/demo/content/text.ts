/**
 * Joins paragraphs the way a notice body stores them: plain text, one blank line between paragraphs.
 * @example paragraphs('第一段。', '第二段。') // '第一段。\n\n第二段。'
 */
export function paragraphs(...parts: string[]): string {
  return parts.join('\n\n')
}

/** Said once in every notice that quotes a standard or an amount, since all of them are invented. */
export const DEMO_NOTE = '（示例数据）'
