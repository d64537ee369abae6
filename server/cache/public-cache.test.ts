import { answerKey } from './public-answers'
import { bumpContentVersion, currentContentVersion, ifNoneMatchHits, PublicCache, strongEtag, type CachedAnswer } from './public-cache'

const answer = (body: string): CachedAnswer => ({ body, etag: strongEtag(body), headers: { 'content-type': 'application/json; charset=utf-8' } })

describe('the public answer cache', () => {
  it('gives back an answer kept under the same key', () => {
    const cache = new PublicCache()
    cache.set('/notices {} {}', answer('[1]'), currentContentVersion())
    expect(cache.get('/notices {} {}')?.body).toBe('[1]')
  })

  it('forgets every answer once public content changes', () => {
    const cache = new PublicCache()
    cache.set('a', answer('[1]'), currentContentVersion())
    cache.set('b', answer('[2]'), currentContentVersion())
    bumpContentVersion()
    expect(cache.get('a')).toBeUndefined()
    expect(cache.get('b')).toBeUndefined()
    expect(cache.size).toBe(0)
  })

  it('does not keep an answer read before content changed', () => {
    const cache = new PublicCache()
    const readAt = currentContentVersion()
    bumpContentVersion()
    cache.set('a', answer('[old]'), readAt)
    expect(cache.get('a')).toBeUndefined()
  })

  it('lets the least recently used answer go when full', () => {
    const cache = new PublicCache({ maxEntries: 2 })
    const v = currentContentVersion()
    cache.set('a', answer('a'), v)
    cache.set('b', answer('b'), v)
    cache.get('a')
    cache.set('c', answer('c'), v)
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')?.body).toBe('a')
    expect(cache.get('c')?.body).toBe('c')
  })

  it('lets old answers go when the bodies kept exceed the byte bound', () => {
    const cache = new PublicCache({ maxBytes: 40 })
    const v = currentContentVersion()
    cache.set('a', answer('x'.repeat(10)), v)
    cache.set('b', answer('y'.repeat(10)), v)
    cache.set('c', answer('z'.repeat(10)), v)
    cache.set('d', answer('w'.repeat(10)), v)
    cache.set('e', answer('v'.repeat(10)), v)
    expect(cache.get('a')).toBeUndefined()
    expect(cache.get('e')).toBeDefined()
  })

  it('does not keep a body larger than a quarter of the byte bound', () => {
    const cache = new PublicCache({ maxBytes: 40 })
    cache.set('big', answer('x'.repeat(11)), currentContentVersion())
    expect(cache.get('big')).toBeUndefined()
  })

  it('lets an answer expire after its maximum age', () => {
    let now = 1_000
    const cache = new PublicCache({ maxAgeMs: 60_000, now: () => now })
    cache.set('a', answer('a'), currentContentVersion())
    now += 60_001
    expect(cache.get('a')).toBeUndefined()
  })
})

describe('the entity tag of an answer', () => {
  it('is the same for the same body and differs for another', () => {
    expect(strongEtag('{"a":1}')).toBe(strongEtag(Buffer.from('{"a":1}')))
    expect(strongEtag('{"a":1}')).not.toBe(strongEtag('{"a":2}'))
  })

  it('is a strong tag: quoted, without W/', () => {
    expect(strongEtag('x')).toMatch(/^"[A-Za-z0-9_-]+"$/)
  })
})

describe('If-None-Match', () => {
  const etag = strongEtag('x')

  it('hits when it names the tag', () => expect(ifNoneMatchHits(etag, etag)).toBe(true))
  it('hits when one of several tags is the tag', () => expect(ifNoneMatchHits(`"other", ${etag}`, etag)).toBe(true))
  it('hits when it names the tag as weak', () => expect(ifNoneMatchHits(`W/${etag}`, etag)).toBe(true))
  it('hits with *', () => expect(ifNoneMatchHits('*', etag)).toBe(true))
  it('misses for another tag', () => expect(ifNoneMatchHits('"other"', etag)).toBe(false))
  it('misses when absent', () => expect(ifNoneMatchHits(undefined, etag)).toBe(false))
})

describe('the key of an answer', () => {
  it('does not depend on the order of query parameters', () => {
    expect(answerKey('/notices', {}, { page: 1, q: '低保' })).toBe(answerKey('/notices', {}, { q: '低保', page: 1 }))
  })

  it('differs between routes, params and queries', () => {
    const keys = [answerKey('/notices', {}, {}), answerKey('/guides', {}, {}), answerKey('/notices/:id', { id: 1 }, {}), answerKey('/notices', {}, { page: 2 })]
    expect(new Set(keys).size).toBe(4)
  })

  it('treats a missing parameter like one never given', () => {
    expect(answerKey('/notices', {}, { q: undefined, page: 1 })).toBe(answerKey('/notices', {}, { page: 1 }))
  })
})
