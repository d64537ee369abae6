/**
 * The paragraphs of a notice body, which is plain text with paragraphs separated by blank lines.
 * Lines inside a paragraph are kept; surrounding spaces and empty paragraphs are dropped.
 * @example noticeParagraphs('第一段\n\n第二段第一行\n第二段第二行') // ['第一段', '第二段第一行\n第二段第二行']
 */
export function noticeParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
}
