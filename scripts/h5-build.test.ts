import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isH5BuildStale, progressOf } from './h5-build'

describe('npm start decides whether to build the H5 app', () => {
  let dir: string
  let h5: string
  let src: string
  const touch = (file: string, at: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, 'x')
    fs.utimesSync(file, new Date(at), new Date(at))
  }
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-start-'))
    h5 = path.join(dir, 'dist', 'h5')
    src = path.join(dir, 'src')
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('builds when dist/h5/index.html is missing', () => {
    touch(path.join(src, 'app.ts'), '2026-01-01')
    expect(isH5BuildStale(h5, [src])).toBe(true)
  })

  it('builds when a source file is newer than the build', () => {
    touch(path.join(h5, 'index.html'), '2026-01-02')
    touch(path.join(src, 'pages', 'index', 'index.tsx'), '2026-01-03')
    expect(isH5BuildStale(h5, [src])).toBe(true)
  })

  it('does not build when the build is newer than every source file', () => {
    touch(path.join(src, 'pages', 'index', 'index.tsx'), '2026-01-01')
    touch(path.join(h5, 'index.html'), '2026-01-02')
    expect(isH5BuildStale(h5, [src, path.join(dir, 'babel.config.js')])).toBe(false)
  })

  it('ignores tests, which are not part of the build', () => {
    touch(path.join(h5, 'index.html'), '2026-01-02')
    touch(path.join(src, 'core', 'rule.test.ts'), '2026-01-03')
    expect(isH5BuildStale(h5, [src])).toBe(false)
  })
})

describe('the one line of build progress npm start shows', () => {
  it('reads the last percentage of a piece of the build’s output, colours and all', () => {
    expect(progressOf('\u001b[32m● Webpack\u001b[0m ███ building (10%) 0/1 entries\n● Webpack ████ building (42%) 1200/1665 dependencies')).toBe(42)
  })

  it('finds nothing in output that is not progress', () => {
    expect(progressOf('webpack 5.91.0 compiled with 1 warning in 139990 ms')).toBeNull()
  })
})

