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
