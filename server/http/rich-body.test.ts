import fc from 'fast-check'
import { cleanRichBody } from './rich-body'

const clean = (input: string) => cleanRichBody(input).html as string

/** Classic ways of getting code into a page through an HTML filter. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<<script>script>alert(1)<</script>/script>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(1)">',
  '<svg onload=alert(1)><circle r=1 /></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<body onload=alert(1)>',
  '<p style="background:url(javascript:alert(1))">字</p>',
  '<style>@import "https://evil.example/x.css";</style>',
  '<a href="javascript:alert(1)">点</a>',
  '<a href="JaVaScRiPt:alert(1)">点</a>',
  '<a href=" javascript:alert(1)">点</a>',
  '<a href="java&#x09;script:alert(1)">点</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">点</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">点</a>',
  '<a href="vbscript:msgbox(1)">点</a>',
  '<a href="//evil.example/">点</a>',
  '<a href="https://ok.example/" onclick="alert(1)" target="_top">点</a>',
  '<form action="https://evil.example"><button formaction="javascript:alert(1)">提交</button></form>',
  '<input onfocus=alert(1) autofocus>',
  '<details open ontoggle=alert(1)>',
  '<!--<script>alert(1)</script>-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<p title="</p><script>alert(1)</script>">字</p>',
  '<a href="https://ok.example/"<script>alert(1)</script>>点</a>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel=stylesheet href="https://evil.example/x.css">'
]

/** Markup that could run, load or restyle anything, in any form the output could hold it. */
const DANGEROUS = /<\s*\/?\s*(script|style|iframe|object|embed|img|svg|math|form|input|button|meta|base|link|body|template|noscript|details)\b|\son[a-z]+\s*=|javascript:|vbscript:|data:|style\s*=|src\s*=|srcdoc|formaction/i

describe('cleaning a rich body on the server', () => {
  it.each(HOSTILE)('leaves nothing that runs or loads of %s', (input) => {
    expect(clean(input)).not.toMatch(DANGEROUS)
    expect(clean(`<p>前</p>${input}<p>后</p>`)).not.toMatch(DANGEROUS)
  })

  it('drops a script with its code, keeping the words around it', () => {
    expect(cleanRichBody('<p>明日<script>alert(1)</script>停水</p>')).toEqual({ html: '<p>明日停水</p>', text: '明日停水' })
  })

  it('drops event handlers, styles, classes and ids from kept elements', () => {
    expect(clean('<p onclick="alert(1)" onmouseover=alert(1) style="color:red" class="big" id="x">字</p>')).toBe('<p>字</p>')
  })

  it('drops a picture with its onerror', () => {
    expect(clean('<p>看图<img src=x onerror=alert(1)>片</p>')).toBe('<p>看图片</p>')
  })

  it('keeps the words of a javascript: link but not the link, however the address is disguised', () => {
    for (const href of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', '  javascript:alert(1)', 'java&#x0A;script:alert(1)', '&#x6A;avascript:alert(1)', 'javascript&colon;alert(1)']) {
      expect(clean(`<p><a href="${href}">点这里</a></p>`)).toBe('<p>点这里</p>')
    }
  })

  it('keeps web, phone and e-mail links with their address only', () => {
    expect(clean('<p><a href=" https://www.gov.cn/ " target="_top" onclick="x()">政府网</a><a href="tel:021-12345678">电话</a><a href="mailto:gk@example.gov.cn">邮箱</a></p>')).toBe(
      '<p><a href="https://www.gov.cn/">政府网</a><a href="tel:021-12345678">电话</a><a href="mailto:gk@example.gov.cn">邮箱</a></p>'
    )
  })

  it('drops relative and protocol-relative links, which would point wherever the app is served', () => {
    expect(clean('<p><a href="/api/v1/staff/accounts">账号</a><a href="//evil.example/">外站</a></p>')).toBe('<p>账号外站</p>')
  })

  it('is not fooled by tags split around a script', () => {
    expect(clean('<scr<script>ipt>alert(1)</scr</script>ipt>')).not.toMatch(/<script/i)
    expect(clean('<<script>script>alert(1)<</script>/script>')).not.toMatch(/<script/i)
  })

  it('keeps nothing of a tag hidden in an attribute value', () => {
    expect(clean('<p title="</p><script>alert(1)</script>">字</p>')).toBe('<p>字</p>')
  })

  it('closes tags left open and drops a script left open with everything after it', () => {
    expect(clean('<p>一<strong>二<ul><li>三')).toBe('<p>一<strong>二</strong></p>\n<ul><li>三</li></ul>')
    expect(cleanRichBody('<p>正文</p><script>alert(1)<p>后面</p>').html).toBe('<p>正文</p>')
  })

  it('keeps headings, lists and simple tables, reading b, i and h1 as strong, em and h3', () => {
    expect(clean('<h1>标题</h1><p><b>粗</b><i>斜</i></p><ol><li>一</li></ol><table border=1><tr><th colspan=2 style="x">项</th></tr><tr><td>值</td></tr></table>')).toBe(
      '<h3>标题</h3>\n<p><strong>粗</strong><em>斜</em></p>\n<ol><li>一</li></ol>\n<table><tr><th>项</th></tr><tr><td>值</td></tr></table>'
    )
  })

  it('escapes a < or & that starts no tag, so the words read as typed', () => {
    expect(cleanRichBody('<p>收入 < 1500 元 & 年龄 > 60 岁</p>')).toEqual({ html: '<p>收入 &lt; 1500 元 &amp; 年龄 &gt; 60 岁</p>', text: '收入 < 1500 元 & 年龄 > 60 岁' })
  })

  it('leaves no text of a body that was only code, so the route can refuse it', () => {
    expect(cleanRichBody('<script>alert(1)</script><img src=x onerror=alert(1)>')).toEqual({ html: '', text: '' })
  })

  it('gives the same body when a cleaned body is cleaned again', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...HOSTILE, '<p>', '</p>', '<li>', '<strong>', '<a href="https://a.cn">', '</a>', '<br>', '&amp;', '<'), fc.string({ maxLength: 5 })), { maxLength: 20 }), (pieces) => {
        const once = clean(pieces.join(''))
        expect(once).not.toMatch(DANGEROUS)
        expect(clean(once)).toBe(once)
      })
    )
  })
})
