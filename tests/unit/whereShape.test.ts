import {
  MAX_WHERE_DEPTH,
  MAX_WHERE_STRING,
  MAX_WHERE_TERMS,
  MAX_WHERE_VALUES,
  whereShapeProblem,
} from '@/lib/whereShape'

const list = (n: number) => Array.from({ length: n }, (_, i) => String(i))
const nested = (levels: number): unknown =>
  levels === 0 ? { name: { equals: 'x' } } : { or: [nested(levels - 1)] }
const dates = (path: string) => (path === 'publishedAt' ? 'date' : undefined)

describe('where shape', () => {
  it.each<[string, unknown]>([
    ['none', undefined],
    ['empty string', ''],
    ['a scalar condition', { name: { equals: 'x' } }],
    [
      'null, booleans and numbers',
      { a: { equals: null }, b: { exists: true }, c: { less_than: 3 } },
    ],
    ['a list for in', { id: { in: [1, 2, 3] } }],
    ['a comma string for not_in', { id: { not_in: '1,2,3' } }],
    ['and/or nesting', { or: [{ a: { equals: 1 } }, { and: [{ b: { like: 'x y' } }] }] }],
    [`${MAX_WHERE_DEPTH} levels`, nested(MAX_WHERE_DEPTH)],
    [`${MAX_WHERE_VALUES} list items`, { id: { in: list(MAX_WHERE_VALUES) } }],
    [
      'a GeoJSON shape for within',
      { at: { within: { type: 'Polygon', coordinates: [[[0, 0]]] } } },
    ],
    ['a point for near', { at: { near: [4.4, 51.2, 1000] } }],
    ['empty and', { and: [] }],
  ])('accepts %s', (_, where) => {
    expect(whereShapeProblem(where)).toBeNull()
  })

  it.each<[string, unknown, RegExp]>([
    ['a list', [{ a: { equals: 1 } }], /must be an object/],
    ['a string where a field needs operators', { name: 'x' }, /needs operators/],
    ['an unknown operator', { name: { evil: 'x' } }, /unknown operator/],
    ['a list for equals', { name: { equals: ['a', 'b'] } }, /takes one value/],
    ['an object for greater_than', { n: { greater_than: { $gt: 1 } } }, /not an object/],
    ['objects in a list', { id: { in: [{ a: 1 }] } }, /list of values/],
    ['or that is no list', { or: { 0: { a: { equals: 1 } } } }, /list of conditions/],
    ['or of strings', { or: ['x'] }, /must be an object/],
    ['too deep', nested(MAX_WHERE_DEPTH + 1), /levels/],
    ['too many list items', { id: { in: list(MAX_WHERE_VALUES + 1) } }, /values/],
    ['too many comma items', { id: { in: list(MAX_WHERE_VALUES + 1).join(',') } }, /values/],
    [
      'too many conditions',
      { or: list(MAX_WHERE_TERMS + 1).map((i) => ({ name: { equals: i } })) },
      /conditions/,
    ],
    [
      'too many words in a like',
      { name: { like: list(MAX_WHERE_TERMS + 1).join(' ') } },
      /conditions/,
    ],
    ['a value too long', { name: { like: 'x'.repeat(MAX_WHERE_STRING + 1) } }, /too long/],
    ['a list item too long', { name: { in: ['x'.repeat(MAX_WHERE_STRING + 1)] } }, /too long/],
    ['a huge GeoJSON shape', { at: { within: { coordinates: list(5000) } } }, /too large/],
  ])('refuses %s', (_, where, problem) => {
    expect(whereShapeProblem(where)).toMatch(problem)
  })

  it('checks the values of date fields, and only those', () => {
    expect(whereShapeProblem({ publishedAt: { contains: 'notadate' } }, dates)).toMatch(/date/)
    expect(whereShapeProblem({ publishedAt: { in: '2020-01-01,nope' } }, dates)).toMatch(/date/)
    expect(whereShapeProblem({ publishedAt: { exists: 'notadate' } }, dates)).toBeNull()
    expect(whereShapeProblem({ publishedAt: { greater_than: '2020-01-01' } }, dates)).toBeNull()
    expect(whereShapeProblem({ title: { contains: 'notadate' } }, dates)).toBeNull()
  })
})
