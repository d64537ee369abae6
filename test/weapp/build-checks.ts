import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { walk, type TreeNode } from './mini-program'

/**
 * Checks of the built WXML: WeChat's own compiler (wcc, from miniprogram-compiler) accepts every
 * .wxml/.wxs of the build (its WXSS compiler, wcsc, fails inside the npm package's wrapper, so styles
 * are not checked here), and every node a page rendered has a template in base.wxml (a node
 * without one is simply not shown on a phone).
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const compiler = require('miniprogram-compiler') as { wxmlToJs(root: string): string }

/** What wcc reports for the build's .wxml and .wxs files, or null when it compiles them all. */
export function compileProblem(buildDir: string): string | null {
  try {
    return compiler.wxmlToJs(buildDir).includes('$gwx') ? null : 'wcc produced no $gwx function'
  } catch (error) {
    return `wcc refused the build: ${error instanceof Error ? error.message : String(error)}`
  }
}

type Wxs = { a(l: number, n: string, s: string): string; f(l: string, n: string): string }

export interface Templates {
  names: Set<string>
  xs: Wxs
}

/** The template names of base.wxml and the build's utils.wxs, which picks a node's template by depth and name. */
export function readTemplates(buildDir: string): Templates {
  const base = fs.readFileSync(path.join(buildDir, 'base.wxml'), 'utf8')
  const names = new Set([...base.matchAll(/<template name="([^"]+)"/g)].map((m) => m[1]))
  const module = { exports: {} as Wxs }
  // utils.wxs is ES5 with module.exports, the subset WXS shares with JavaScript.
  vm.runInNewContext(fs.readFileSync(path.join(buildDir, 'utils.wxs'), 'utf8'), { module })
  return { names, xs: module.exports }
}

/**
 * Walks the rendered tree the way base.wxml does (taro_tmpl, then `xs.a(c, nn, l)` for each child,
 * `comp` past the deepest level) and lists the nodes whose template is missing.
 */
export function missingTemplates(root: TreeNode | undefined, templates: Templates): string[] {
  const missing: string[] = []
  const visit = (node: TreeNode, c: number, l: string) => {
    const nn = String(node.nn)
    let name = templates.xs.a(c, nn, l)
    let nextC = c + 1
    let nextL = templates.xs.f(l, nn)
    if (name.endsWith('_container') && !name.startsWith('tmpl_0_')) {
      // comp.wxml renders the node again as `tmpl_0_<nn>` at depth 1.
      name = `tmpl_0_${nn}`
      nextC = 1
      nextL = templates.xs.f('', nn)
    }
    if (!templates.names.has(name) && !templates.names.has(`${name}_focus`)) missing.push(`${name} (node ${node.sid ?? '?'})`)
    for (const child of node.cn ?? []) visit(child, nextC, nextL)
  }
  for (const child of root?.cn ?? []) visit(child, 0, '')
  return [...new Set(missing)]
}

/** How many nodes the tree has (to tell an empty page from a rendered one). */
export function nodeCount(root: TreeNode | undefined): number {
  let n = 0
  for (const entry of walk(root)) if (entry) n += 1
  return n
}
