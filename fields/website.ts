import type { TextField } from 'payload'

export function validateWebsite(value: unknown, required = false): true | string {
  if (value === null || value === undefined || value === '') {
    return required ? 'Enter the website address.' : true
  }
  if (typeof value !== 'string') return 'Enter the website address.'
  try {
    const { protocol } = new URL(value)
    return protocol === 'https:' || protocol === 'http:' ? true : 'Use an http(s) address.'
  } catch {
    return 'Enter a full address, e.g. https://www.example.eu'
  }
}

export function websiteField({ required = false } = {}): TextField {
  return {
    name: 'website',
    type: 'text',
    required,
    validate: (value: unknown) => validateWebsite(value, required),
  }
}
