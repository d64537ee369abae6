import { parseRichBody, richBodyHtml } from '@/core/notices/rich-body'
import { applyFormat, bodyFormatNotes, bodyOfSource, hasFormatting, htmlOfSource, insertLink, linkHrefOf, sourceOfBody } from './body-model'

/** What the server stores for a source (its cleaning keeps what the core reader keeps). */
const stored = (source: string) => richBodyHtml(parseRichBody(htmlOfSource(source)))

describe('what the body box sends', () => {
  it('sends a body without marks as plain text, exactly as typed', () => {
    expect(bodyOfSource('第一段\n\n第二段，收入 < 1500 元')).toEqual({ body: '第一段\n\n第二段，收入 < 1500 元', bodyFormat: 'text' })
    expect(hasFormatting('<span>不保留的代码</span>')).toBe(false)
  })

  it('sends a body with a mark as rich text, typed paragraphs and line breaks kept', () => {
    expect(bodyOfSource('<h3>材料</h3>\n\n请带<strong>身份证</strong>\n和户口簿\n\n第二段')).toEqual({
      body: '<h3>材料</h3>\n<p>请带<strong>身份证</strong><br>和户口簿</p>\n<p>第二段</p>',
      bodyFormat: 'html'
    })
  })

  it('keeps a heading or list on its own even without a blank line around it', () => {
    expect(htmlOfSource('<h3>材料</h3>\n请带身份证\n<ul>\n<li>一</li>\n<li>二</li>\n</ul>\n结尾')).toBe(
      '<h3>材料</h3>\n<p>请带身份证</p>\n<ul>\n<li>一</li>\n<li>二</li>\n</ul>\n<p>结尾</p>'
    )
  })
})

describe('the box’s text for a stored body', () => {
  it('is a plain body itself', () => {
    expect(sourceOfBody('第一段\n\n<b>第二段</b>', 'text')).toBe('第一段\n\n<b>第二段</b>')
  })

  it('shows a rich body’s paragraphs as typed lines and its marks as the buttons write them', () => {
    expect(sourceOfBody('<h3>材料</h3>\n<p>请带<strong>身份证</strong><br>和户口簿</p>\n<ul><li>一</li><li>二</li></ul>', 'html')).toBe(
      '<h3>材料</h3>\n\n请带<strong>身份证</strong>\n和户口簿\n\n<ul>\n<li>一</li>\n<li>二</li>\n</ul>'
    )
  })

  it.each([
    '<h3>材料</h3>\n<p>请带<strong>身份证</strong><br>和户口簿</p>',
    '<p>收入 &lt; 1500 元 &amp; <em>本市户籍</em>，<a href="https://a.cn/?x=1&amp;y=2">原文</a>，<a href="tel:021-1234 5678">电话</a></p>',
    '<p>写作 &lt;b&gt; 的字样和 &amp;amp; 照原样</p>',
    '<ol><li>申请<br>第二行</li><li><strong>审核</strong></li></ol>\n<h4>收费</h4>',
    '<table><tr><th>人数</th><th>标准</th></tr><tr><td>1</td><td>1480 元</td></tr></table>'
  ])('gives back the same stored body when saved unchanged: %s', (html) => {
    expect(stored(sourceOfBody(html, 'html'))).toBe(html)
  })
})

describe('the formatting buttons', () => {
  it('加粗 marks the words chosen', () => {
    expect(applyFormat('请带身份证原件', { start: 2, end: 5 }, 'bold')).toEqual({ source: '请带<strong>身份证</strong>原件', selection: { start: 10, end: 13 } })
  })

  it('加粗 with nothing chosen puts in a sample to type over, selected', () => {
    const edited = applyFormat('请带', { start: 2, end: 2 }, 'bold')
    expect(edited.source).toBe('请带<strong>要加粗的文字</strong>')
    expect(edited.source.slice(edited.selection.start, edited.selection.end)).toBe('要加粗的文字')
  })

  it('小标题 makes the cursor’s line a heading of its own, with a blank line around it', () => {
    expect(applyFormat('办理材料\n请带身份证', { start: 1, end: 1 }, 'heading').source).toBe('<h3>办理材料</h3>\n\n请带身份证')
    expect(applyFormat('前文\n\n时间\n工作日', { start: 5, end: 5 }, 'heading').source).toBe('前文\n\n<h3>时间</h3>\n\n工作日')
  })

  it('小标题 on a heading does not put one heading inside another', () => {
    expect(applyFormat('<h3>材料</h3>', { start: 5, end: 5 }, 'heading').source).toBe('<h3>材料</h3>')
  })

  it('小标题 on an empty line puts in a sample heading, selected', () => {
    const edited = applyFormat('正文\n\n', { start: 4, end: 4 }, 'heading')
    expect(edited.source).toBe('正文\n\n<h3>小标题</h3>')
    expect(edited.source.slice(edited.selection.start, edited.selection.end)).toBe('小标题')
  })

  it('列表 makes each line chosen an item, without the bullets or numbers typed before them', () => {
    const source = '需要带：\n1. 身份证\n2、户口簿\n- 收入证明'
    expect(applyFormat(source, { start: 5, end: source.length }, 'list').source).toBe('需要带：\n\n<ul>\n<li>身份证</li>\n<li>户口簿</li>\n<li>收入证明</li>\n</ul>')
  })

  it('列表 on an empty line puts in two sample items, the first selected', () => {
    const edited = applyFormat('', { start: 0, end: 0 }, 'list')
    expect(edited.source).toBe('<ul>\n<li>第一项</li>\n<li>第二项</li>\n</ul>')
    expect(edited.source.slice(edited.selection.start, edited.selection.end)).toBe('第一项')
  })

  it('gives what every button writes a place in the stored body', () => {
    let edited = applyFormat('材料\n身份证\n户口簿', { start: 0, end: 0 }, 'heading')
    edited = applyFormat(edited.source, { start: edited.source.indexOf('身份证'), end: edited.source.length }, 'list')
    edited = applyFormat(edited.source, { start: edited.source.indexOf('户口簿'), end: edited.source.indexOf('户口簿') + 3 }, 'bold')
    expect(stored(edited.source)).toBe('<h3>材料</h3>\n<ul><li>身份证</li><li><strong>户口簿</strong></li></ul>')
  })
})

describe('a link typed into the box', () => {
  it('takes a phone number, an e-mail address or a web address as officials write them', () => {
    expect(linkHrefOf(' 021-12345678 ')).toEqual({ href: 'tel:021-12345678' })
    expect(linkHrefOf('gongkai@example.gov.cn')).toEqual({ href: 'mailto:gongkai@example.gov.cn' })
    expect(linkHrefOf('www.gov.cn/zhengce')).toEqual({ href: 'https://www.gov.cn/zhengce' })
    expect(linkHrefOf('https://www.gov.cn/')).toEqual({ href: 'https://www.gov.cn/' })
  })

  it('refuses anything else, and says what it takes', () => {
    for (const typed of ['javascript:alert(1)', '民政办', '/api/v1', '']) {
      expect(linkHrefOf(typed)).toEqual({ problem: '请填写以 http:// 或 https:// 开头的网址、电话号码或邮箱地址' })
    }
  })

  it('puts the link in place of the words chosen, its words what residents read', () => {
    expect(insertLink('咨询民政办', { start: 2, end: 5 }, '民政办', 'tel:021-12345678')).toEqual({
      source: '咨询<a href="tel:021-12345678">民政办</a>',
      selection: { start: 36, end: 36 }
    })
    expect(insertLink('见', { start: 1, end: 1 }, '', 'https://a.cn/?x=1&y="2"').source).toBe('见<a href="https://a.cn/?x=1&amp;y=&quot;2&quot;">https://a.cn/?x=1&y="2"</a>')
  })
})

describe('notes on the body', () => {
  it('has nothing to say about plain paragraphs or the marks the buttons write', () => {
    expect(bodyFormatNotes('第一段。\n\n<h3>材料</h3>\n请带<strong>身份证</strong>，收入 < 1500 元')).toEqual([])
  })

  it('warns that web code outside the kept marks is dropped, keeping its words', () => {
    expect(bodyFormatNotes('<P class="x"><span style="color:red">供暖通知</span></P>')).toEqual(['正文里有不保留的网页代码（如 <span>），发布时会去掉，只留下文字。'])
  })

  it('warns that a script is dropped with everything in it', () => {
    expect(bodyFormatNotes('<script>alert(1)</script>通知')).toEqual(['正文里有网页程序或控件代码（如 <script>），发布时会连同其中的内容一起去掉。'])
  })

  it('warns of a link whose address cannot be kept', () => {
    expect(bodyFormatNotes('<a href="javascript:alert(1)">点这里</a>')).toEqual([
      '链接地址“javascript:alert(1)”不能使用，发布时只留下文字。链接只能是网址（http:// 或 https:// 开头）、电话号码或邮箱。'
    ])
  })

  it('warns that Markdown bold and headings do not work, and points to the buttons', () => {
    expect(bodyFormatNotes('**重要**：请带身份证')).toEqual(['正文里的 ** 或 # 不会变成加粗或标题，居民会原样看到。请用上面的“加粗”“小标题”按钮。'])
    expect(bodyFormatNotes('# 办理时间\n工作日')).toHaveLength(1)
  })
})
