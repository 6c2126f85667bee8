import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

/** Minimal valid data for a new document of each collection (slugs made unique per call). */
export async function sampleData(payload: Payload, collection: CollectionSlug, n: number) {
  const slug = `sample-${collection}-${n}-${Math.random().toString(36).slice(2, 8)}`
  switch (collection) {
    case 'institutions':
      return {
        name: `Institution ${slug}`,
        slug,
        kind: 'member',
        country: 'BE',
        city: 'Mechelen',
        website: 'https://example.eu',
        summary: 'Summary',
        location: { lat: 51, lng: 4 },
      }
    case 'flagships':
      return { title: `Flagship ${slug}`, slug, tagline: 'Tagline', summary: 'Summary' }
    case 'partners':
      return { name: `Partner ${slug}`, slug, kind: 'advisory-network' }
    case 'press-releases':
      return {
        title: `Release ${slug}`,
        slug,
        _status: 'published',
        publishedAt: new Date().toISOString(),
      }
    case 'pages':
      return { title: `Page ${slug}`, slug, _status: 'published' }
    case 'events':
      return {
        title: `Event ${slug}`,
        slug,
        _status: 'published',
        startsAt: '2030-03-30T08:00:00.000Z',
        startsAt_tz: 'Europe/Prague',
        endsAt: '2030-03-30T10:00:00.000Z',
        endsAt_tz: 'Europe/Prague',
        format: 'online',
      }
    case 'opportunities':
      return {
        title: `Offer ${slug}`,
        slug,
        _status: 'published',
        kind: 'micro-credential',
        studyMode: 'online',
        applicationDeadline: '2030-03-30T08:00:00.000Z',
        applicationDeadline_tz: 'Europe/Prague',
      }
    case 'media':
      return { alt: 'A red square' }
    case 'terms':
      return {
        concept: `Concept ${slug}`,
        language: 'de',
        preferred: 'Wort',
        forbidden: ['Unwort'],
      }
    case 'form-submissions': {
      const { docs } = await payload.find({ collection: 'institutions', limit: 1 })
      return {
        name: 'Anna',
        email: `anna+${n}@example.eu`,
        topic: 'studies',
        message: 'Hello',
        locale: 'de',
        consent: true,
        institution: docs[0]?.id,
      }
    }
    case 'users':
      return {
        email: `${slug}@example.eu`,
        password: 'correct-horse-battery-staple',
        roles: ['editor'],
      }
    default:
      throw new Error(`no sample for ${collection}`)
  }
}

export async function samplePng() {
  const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name: 'square.png', size: data.length }
}

/** A visitor's contact message as the JSON endpoint takes it, in Portuguese, named `name`. */
export const portugueseMessage = (name: string) => ({
  name,
  email: 'ana@example.pt',
  topic: 'studies',
  message: 'Olá! Gostaria de saber mais.',
  consent: true,
  locale: 'pt',
})
