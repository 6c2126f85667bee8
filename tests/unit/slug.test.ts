import { isSlug, slugify } from '../../fields/slug'

describe('slugs', () => {
  it('makes lower-case ASCII words joined by hyphens, at most 96 characters', () => {
    expect(slugify('Seinäjoki UAS — Ammattikorkeakoulu!')).toBe('seinajoki-uas-ammattikorkeakoulu')
    // A long title cut at a word's end keeps no trailing hyphen (it would fail its own validation).
    expect(slugify('a '.repeat(200))).toHaveLength(95)
    expect(isSlug(slugify('a '.repeat(200)))).toBe(true)
    expect(isSlug(slugify('Ž'.repeat(10) + ' x'.repeat(300)))).toBe(true)
  })

  it('tells an address that no stored slug can have, so it is never read or cached', () => {
    expect(isSlug('heroes-selected-as-a-european-university-alliance')).toBe(true)
    expect(isSlug('a'.repeat(96))).toBe(true)
    expect(isSlug('a'.repeat(97))).toBe(false)
    for (const probe of ['', '-a', 'a-', 'a--b', 'A', 'a b', 'ä', '../etc', 'a%20b'])
      expect(isSlug(probe)).toBe(false)
  })
})
