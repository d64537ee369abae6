import fc from 'fast-check'
import { openingExcerpt } from './excerpt'
import { bodyText, isSafeLink, linkAddress, linkKind, parseRichBody, RICH_BODY_ALLOWLIST, richBodyHtml, richBodyLinks, richBodyText, richTextNodes, type RichContent, type RichTextNode } from './rich-body'

describe('which links a body keeps', () => {
  it('keeps web pages, phone numbers and e-mail addresses', () => {
    expect(linkKind('https://www.gov.cn/zhengce/content.htm?id=1')).toBe('web')
    expect(linkKind('http://mzj.example.gov.cn')).toBe('web')
    expect(linkKind('tel:021-12345678')).toBe('phone')
    expect(linkKind('tel:+86 (21) 1234 5678')).toBe('phone')
    expect(linkKind('mailto:gongkai@example.gov.cn')).toBe('email')
  })

  it('refuses javascript: however it is spelled', () => {
    expect(isSafeLink('javascript:alert(1)')).toBe(false)
    expect(isSafeLink('JaVaScRiPt:alert(1)')).toBe(false)
    expect(isSafeLink(' javascript:alert(1)')).toBe(false)
    expect(isSafeLink('java\tscript:alert(1)')).toBe(false)
    expect(isSafeLink('javascript://https://www.gov.cn/%0aalert(1)')).toBe(false)
  })

  it('refuses data:, vbscript:, file: and other schemes', () => {
    for (const href of ['data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'ftp://example.com', 'weixin://dl/chat']) {
      expect(isSafeLink(href)).toBe(false)
    }
  })

  it('refuses relative and protocol-relative addresses, which would point wherever the page is served', () => {
    expect(isSafeLink('/api/v1/staff/accounts')).toBe(false)
    expect(isSafeLink('//evil.example.com/')).toBe(false)
    expect(isSafeLink('https://')).toBe(false)
  })

  it('refuses addresses with quotes, spaces or control characters that could break out of an attribute', () => {
    expect(isSafeLink('https://www.gov.cn/" onclick="alert(1)')).toBe(false)
    expect(isSafeLink('https://www.gov.cn/\nx')).toBe(false)
    expect(isSafeLink('tel:12345<script>')).toBe(false)
    expect(isSafeLink('mailto:a@b.cn?body=<x>')).toBe(false)
  })

  it('shows a phone number or e-mail address without its scheme', () => {
    expect(linkAddress('tel:021-12345678')).toBe('021-12345678')
    expect(linkAddress('mailto:gongkai@example.gov.cn')).toBe('gongkai@example.gov.cn')
    expect(linkAddress('https://www.gov.cn/')).toBe('https://www.gov.cn/')
  })
})

describe('reading a rich body', () => {
  it('keeps paragraphs, headings, bold, italic, lists, line breaks and tables', () => {
    const html =
      '<h3>办理条件</h3><p>第一行<br>第二行</p><ul><li>身份证</li><li><strong>户口簿</strong></li></ul><ol><li>申请</li></ol>' +
      '<h4>收费</h4><p><em>不收费</em></p><table><tbody><tr><th>项目</th><td>标准</td></tr></tbody></table>'
    expect(parseRichBody(html)).toEqual([
      { tag: 'h3', children: ['办理条件'] },
      { tag: 'p', children: ['第一行', { tag: 'br', children: [] }, '第二行'] },
      { tag: 'ul', children: [{ tag: 'li', children: ['身份证'] }, { tag: 'li', children: [{ tag: 'strong', children: ['户口簿'] }] }] },
      { tag: 'ol', children: [{ tag: 'li', children: ['申请'] }] },
      { tag: 'h4', children: ['收费'] },
      { tag: 'p', children: [{ tag: 'em', children: ['不收费'] }] },
      { tag: 'table', children: [{ tag: 'tr', children: [{ tag: 'th', children: ['项目'] }, { tag: 'td', children: ['标准'] }] }] }
    ])
  })

  it('reads b and i as bold and italic, and a pasted document’s h1, h2, h5 and h6 as the two heading levels', () => {
    expect(parseRichBody('<h1>一</h1><h2>二</h2><h5>五</h5><p><b>粗</b><i>斜</i></p>')).toEqual([
      { tag: 'h3', children: ['一'] },
      { tag: 'h3', children: ['二'] },
      { tag: 'h4', children: ['五'] },
      { tag: 'p', children: [{ tag: 'strong', children: ['粗'] }, { tag: 'em', children: ['斜'] }] }
    ])
  })

  it('drops a script together with its content, wherever it is', () => {
    expect(parseRichBody('<p>通知<script>alert(1)</script>正文</p><SCRIPT src=x></SCRIPT>')).toEqual([{ tag: 'p', children: ['通知正文'] }])
  })

  it('drops style, frames, forms and pictures; their words never show', () => {
    const html = '<style>p{color:red}</style><iframe src="https://evil.example"></iframe><svg><text>画</text></svg><img src=x onerror=alert(1)><p>正文</p>'
    expect(parseRichBody(html)).toEqual([{ tag: 'p', children: ['正文'] }])
  })

  it('keeps no attribute but a link’s address: no event handler, style or class', () => {
    const nodes = richTextNodes('<p onclick="alert(1)" style="position:fixed" class="x" id="y">字</p><a href="https://www.gov.cn/" onmouseover="alert(1)">政府网</a>')
    expect(nodes).toEqual([
      { name: 'p', attrs: { class: 'rich-body__p' }, children: [{ type: 'text', text: '字' }] },
      {
        name: 'p',
        attrs: { class: 'rich-body__p' },
        children: [{ name: 'a', attrs: { class: 'rich-body__a', href: 'https://www.gov.cn/', target: '_blank', rel: 'noopener noreferrer' }, children: [{ type: 'text', text: '政府网' }] }]
      }
    ])
  })

  it('turns a link to a refused address into its words', () => {
    expect(parseRichBody('<p><a href="javascript:alert(1)">点这里</a>和<a href="&#106;avascript:alert(1)">这里</a><a>无址</a></p>')).toEqual([{ tag: 'p', children: ['点这里和这里无址'] }])
  })

  it('closes tags left open, as a browser would', () => {
    expect(parseRichBody('<p>一<strong>二<p>三<ul><li>四<li>五')).toEqual([
      { tag: 'p', children: ['一', { tag: 'strong', children: ['二'] }] },
      { tag: 'p', children: ['三'] },
      { tag: 'ul', children: [{ tag: 'li', children: ['四'] }, { tag: 'li', children: ['五'] }] }
    ])
  })

  it('drops a tag cut off at the end instead of reading it as text', () => {
    expect(parseRichBody('<p>正文</p><script')).toEqual([{ tag: 'p', children: ['正文'] }])
    expect(parseRichBody('<p>正文<a href="javascript:alert(1)')).toEqual([{ tag: 'p', children: ['正文'] }])
  })

  it('reads misnested marks without losing words', () => {
    expect(richBodyText('<p><strong>一<em>二</strong>三</em></p>')).toBe('一二三')
  })

  it('is not fooled by a tag written inside another tag’s attribute or a comment', () => {
    expect(parseRichBody('<p title="<script>alert(1)</script>">字</p><!-- <script>alert(1)</script> -->')).toEqual([{ tag: 'p', children: ['字'] }])
    expect(parseRichBody('<scr<script>ipt>alert(1)</script>')).toEqual([{ tag: 'p', children: ['ipt>alert(1)'] }])
  })

  it('keeps a < that starts no tag as text, so comparisons read as written', () => {
    expect(richBodyText('<p>收入 < 1500 元且年龄 &gt; 60 岁 &amp; 本市户籍</p>')).toBe('收入 < 1500 元且年龄 > 60 岁 & 本市户籍')
  })

  it('gathers loose text into paragraphs and items written without a list into one', () => {
    expect(parseRichBody('开头<h3>标题</h3>结尾<li>一项</li>')).toEqual([
      { tag: 'p', children: ['开头'] },
      { tag: 'h3', children: ['标题'] },
      { tag: 'p', children: ['结尾'] },
      { tag: 'ul', children: [{ tag: 'li', children: ['一项'] }] }
    ])
  })

  it('reads spaces and line ends in the markup as one space, and drops them at the ends of a block', () => {
    expect(parseRichBody('<p>\n  第一句，\n  第二句。\n</p>')).toEqual([{ tag: 'p', children: ['第一句， 第二句。'] }])
  })

  it('drops empty paragraphs, marks and list items', () => {
    expect(parseRichBody('<p> </p><p><strong></strong><br></p><ul><li> </li></ul><p>字</p>')).toEqual([{ tag: 'p', children: ['字'] }])
  })

  it('does not follow nesting without end', () => {
    const deep = '<strong>'.repeat(10_000) + '深' + '</strong>'.repeat(10_000)
    expect(richBodyText(deep)).toBe('深')
  })

  it('keeps only the allowlisted elements and kept links, whatever it is given', () => {
    const tags = Object.keys(RICH_BODY_ALLOWLIST)
    const piece = fc.oneof(
      fc.constantFrom('<p>', '</p>', '<li>', '<ul>', '</ul>', '<table>', '<tr>', '<td>', '</td>', '<strong>', '</em>', '<br>', '<script>', '</script>', '<a href="javascript:x">', '<a href="https://a.cn">', '</a>', '<img onerror=x>', '<!--', '-->', '<', '>', '"', '&lt;', '&#0;'),
      fc.string({ maxLength: 6 })
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const check = (c: RichContent) => {
          if (typeof c === 'string') return
          expect(tags).toContain(c.tag)
          if (c.tag === 'a') expect(isSafeLink(c.href ?? '')).toBe(true)
          c.children.forEach(check)
        }
        parseRichBody(pieces.join('')).forEach(check)
      })
    )
  })
})

describe('the RichText nodes of a body', () => {
  it('gives each element its class, so the app’s type sizes and large-font mode apply', () => {
    expect(richTextNodes('<h3>办理时间</h3><p>工作日<strong>上午</strong></p>')).toEqual([
      { name: 'h3', attrs: { class: 'rich-body__h3' }, children: [{ type: 'text', text: '办理时间' }] },
      {
        name: 'p',
        attrs: { class: 'rich-body__p' },
        children: [{ type: 'text', text: '工作日' }, { name: 'strong', attrs: { class: 'rich-body__strong' }, children: [{ type: 'text', text: '上午' }] }]
      }
    ])
  })

  it('opens web links in a new page and leaves phone links to the phone', () => {
    const [p] = richTextNodes('<p><a href="https://www.gov.cn/">网</a><a href="tel:12345">电话</a></p>') as { children: RichTextNode[] }[]
    expect(p.children.map((a) => ('attrs' in a ? a.attrs : null))).toEqual([
      { class: 'rich-body__a', href: 'https://www.gov.cn/', target: '_blank', rel: 'noopener noreferrer' },
      { class: 'rich-body__a', href: 'tel:12345' }
    ])
  })

  it('carries text as text nodes, never as markup', () => {
    expect(richTextNodes('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toEqual([{ name: 'p', attrs: { class: 'rich-body__p' }, children: [{ type: 'text', text: '<script>alert(1)</script>' }] }])
  })
})

describe('the text of a body, for search and excerpts', () => {
  it('has a blank line between blocks, as a plain body has between paragraphs', () => {
    expect(richBodyText('<h3>材料</h3><p>第一行<br>第二行</p>')).toBe('材料\n\n第一行\n第二行')
  })

  it('does not split a word that a mark runs through', () => {
    expect(richBodyText('<p>请带<strong>身份</strong>证<a href="https://a.cn">原件</a></p>')).toBe('请带身份证原件')
  })

  it('has one line per list item and per table row, with cells apart', () => {
    expect(richBodyText('<ul><li>身份证</li><li>户口簿</li></ul><table><tr><th>人数</th><th>标准</th></tr><tr><td>1</td><td>1480元</td></tr></table>')).toBe(
      '身份证\n户口簿\n\n人数 标准\n1 1480元'
    )
  })

  it('never holds tag names or attribute values, so a search for them finds nothing', () => {
    const text = richBodyText('<p><strong>低保</strong><a href="https://strong.example.cn/">链接</a></p>')
    expect(text).not.toMatch(/strong|href|example/)
  })

  it('is the body itself for a plain body, and the text for a rich one', () => {
    expect(bodyText('第一段。\n\n<p>第二段</p>', 'text')).toBe('第一段。\n\n<p>第二段</p>')
    expect(bodyText('<p>第一段。</p><p>第二段。</p>', 'html')).toBe('第一段。\n\n第二段。')
  })

  it('gives the same opening in a list as the plain body with the same words', () => {
    expect(openingExcerpt(richBodyText('<h3>通知</h3><p>明日<strong>停水</strong>。</p>'))).toBe(openingExcerpt('通知\n\n明日停水。'))
  })
})

describe('the links of a body', () => {
  it('lists each kept address once, in reading order, with its words', () => {
    const html = '<p><a href="tel:021-12345678">民政办</a>，<a href="https://www.gov.cn/">政府网</a>，<a href="tel:021-12345678">再打</a><a href="javascript:x">坏</a></p>'
    expect(richBodyLinks(html)).toEqual([
      { text: '民政办', href: 'tel:021-12345678', kind: 'phone' },
      { text: '政府网', href: 'https://www.gov.cn/', kind: 'web' }
    ])
  })
})

describe('the stored form of a body', () => {
  it('is one block per line with loose text in paragraphs and old spellings replaced', () => {
    expect(richBodyHtml(parseRichBody('开头<B>重点</b><h3>标题</h3><ul><li>一</ul>'))).toBe('<p>开头<strong>重点</strong></p>\n<h3>标题</h3>\n<ul><li>一</li></ul>')
  })

  it('escapes text and addresses so that reading it again gives the same body', () => {
    const blocks = parseRichBody('<p>a &lt;b&gt; &amp; c<a href="https://a.cn/?x=1&amp;y=2">链</a></p>')
    const html = richBodyHtml(blocks)
    expect(html).toBe('<p>a &lt;b&gt; &amp; c<a href="https://a.cn/?x=1&amp;y=2">链</a></p>')
    expect(parseRichBody(html)).toEqual(blocks)
  })
})
