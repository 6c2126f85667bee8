import { validateContact } from '@/lib/contact/schema'

const good = {
  name: 'Anna Müller',
  email: 'anna@example.eu',
  organisation: '',
  topic: 'studies',
  institution: 'seamk',
  message: 'Hello, I would like to study in Seinäjoki.',
  consent: 'on',
}

describe('contact schema', () => {
  it.each([
    ['a complete message', good],
    ['unicode names', { ...good, name: 'Žaneta Nováková-Šťastná' }],
    ['right-to-left text', { ...good, name: 'مريم', message: 'مرحبا، أود الدراسة في أوروبا' }],
    ['markup, kept as text', { ...good, message: '<script>alert(1)</script> & <b>bold</b>' }],
    ['no institution', { ...good, institution: '' }],
    ['JSON booleans', { ...good, consent: true }],
  ])('accepts %s', (_, input) => {
    const result = validateContact(input)
    expect(result.success).toBe(true)
    if (result.success) expect(result.data.message).toBe(input.message.trim())
  })

  it.each([
    ['empty name', { ...good, name: '   ' }, 'name', 'nameRequired'],
    ['missing name', { ...good, name: undefined }, 'name', 'nameRequired'],
    ['too long name', { ...good, name: 'x'.repeat(201) }, 'name', 'nameTooLong'],
    ['wrong email', { ...good, email: 'anna@' }, 'email', 'emailInvalid'],
    ['empty email', { ...good, email: '' }, 'email', 'emailRequired'],
    ['too long email', { ...good, email: `${'a'.repeat(250)}@x.eu` }, 'email', 'emailInvalid'],
    ['unknown topic', { ...good, topic: 'sales' }, 'topic', 'topicRequired'],
    [
      'institution that is no slug',
      { ...good, institution: '../etc' },
      'institution',
      'institutionInvalid',
    ],
    ['empty message', { ...good, message: '' }, 'message', 'messageRequired'],
    ['too long message', { ...good, message: 'x'.repeat(5001) }, 'message', 'messageTooLong'],
    ['missing consent', { ...good, consent: undefined }, 'consent', 'consentRequired'],
    ['wrong type of name', { ...good, name: 42 }, 'name', 'nameRequired'],
    ['wrong type of message', { ...good, message: ['a'] }, 'message', 'messageRequired'],
    ['a NUL name', { ...good, name: '\u0000' }, 'name', 'controlCharacters'],
    ['an escape in the name', { ...good, name: 'Ann\u001b[31m' }, 'name', 'controlCharacters'],
    ['a line break in the name', { ...good, name: 'Ann\nBcc: x' }, 'name', 'controlCharacters'],
    ['a NUL message', { ...good, message: 'hi\u0000there' }, 'message', 'controlCharacters'],
    [
      'a control in the organisation',
      { ...good, organisation: 'Org\u0007' },
      'organisation',
      'controlCharacters',
    ],
  ])('refuses %s with a message key on its field', (_, input, field, key) => {
    const result = validateContact(input as Record<string, unknown>)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.errors).toEqual({ [field]: key })
  })

  it('keeps a message’s line breaks and tabs', () => {
    const result = validateContact({ ...good, message: 'Line one\r\n\tLine two' })
    expect(result.success).toBe(true)
  })

  it('reports every wrong field at once', () => {
    const result = validateContact({})
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(Object.keys(result.errors).sort()).toEqual([
        'consent',
        'email',
        'message',
        'name',
        'topic',
      ])
    }
  })
})

describe('contact schema: invisible direction controls and broken characters', () => {
  const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
  const directionControls = [
    ...'\u202a\u202b\u202c\u202d\u202e', // embeddings, pop, overrides
    ...'\u2066\u2067\u2068\u2069', // isolates
    ...'\u200e\u200f\u061c', // marks
  ]
  const fields = ['name', 'organisation', 'message'] as const

  it.each(directionControls.flatMap((c) => fields.map((f) => [hex(c), f, c] as const)))(
    'refuses %s in the %s',
    (_, field, c) => {
      const result = validateContact({ ...good, [field]: `Ann${c}avon` })
      expect(result).toEqual({ success: false, errors: { [field]: 'directionControls' } })
    },
  )

  it.each([
    ['a lone high surrogate', 'Ann\ud800a'],
    ['a lone low surrogate', 'Ann\udc00a'],
    ['a high surrogate at the end', 'Ann\ud83d'],
    ['two low surrogates in a row', '\ude00\ude00'],
    ['a reversed pair', '\ude00\ud83d'],
    ['U+FFFD, left where a decoder lost a character', 'Ann\ufffda'],
  ])('refuses %s in every text field', (_, text) => {
    for (const field of fields) {
      const result = validateContact({ ...good, [field]: text })
      expect([field, result]).toEqual([
        field,
        { success: false, errors: { [field]: 'brokenCharacters' } },
      ])
    }
  })

  it.each([
    ['an astral emoji', 'Ana 😀 👩🏽‍🔬', 'Thanks 🙏 𝄞 𠜎'],
    ['Arabic', 'مريم الحسن', 'مرحبا، أود الدراسة في أوروبا (2025).'],
    ['Hebrew', 'נועה כהן', 'שלום! אני מעוניינת ללמוד באירופה.'],
    ['mixed directions without controls', 'Anna "מרים" Müller', 'Email me at מרים@example.eu'],
  ])('accepts %s, stored exactly as typed', (_, name, text) => {
    const result = validateContact({ ...good, name, organisation: name, message: text })
    expect(result).toEqual({
      success: true,
      data: expect.objectContaining({ name, organisation: name, message: text }),
    })
  })
})
