import fs from 'node:fs'
import path from 'node:path'

import type { Payload, TypedUser } from 'payload'
import sharp from 'sharp'

import { MAX_UPLOAD_BYTES } from '../../lib/uploads/types'
import { startPayload } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>
let editor: TypedUser
const created: number[] = []

const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'xref\n0 3\n0000000000 65535 f \ntrailer<</Size 3/Root 1 0 R>>\nstartxref\n0\n%%EOF\n',
)
const image = (format: 'png' | 'jpeg' | 'webp' | 'avif') =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#0a5' } })
    .toFormat(format)
    .toBuffer()
const svg = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>',
)
const svgWithScript = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
)
const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')
const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)])

async function upload(data: Buffer, name: string, mimetype: string) {
  const doc = await payload.create({
    collection: 'media',
    data: { alt: 'Test file' },
    file: { data, name, mimetype, size: data.length },
    overrideAccess: false,
    user: editor,
  })
  created.push(doc.id as number)
  return doc
}

const refused = (run: Promise<unknown>) =>
  run.then(
    () => {
      throw new Error('the upload was accepted')
    },
    (error: { status?: number; message?: string }) => {
      expect(error.status).toBe(400)
      return error
    },
  )

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('uploads'))
  editor = (await payload.create({
    collection: 'users',
    data: {
      email: 'editor@uploads.eu',
      password: 'correct-horse-battery-staple',
      roles: ['editor'],
    },
  } as never)) as TypedUser
}, 120_000)

afterAll(async () => {
  for (const id of created)
    await payload.delete({ collection: 'media', id, overrideAccess: true }).catch(() => undefined)
  await stop?.()
})

describe('media uploads accept only the documented types, by content', () => {
  it.each([
    ['png', 'image/png'],
    ['jpeg', 'image/jpeg'],
    ['webp', 'image/webp'],
    ['avif', 'image/avif'],
  ] as const)(
    'accepts a %s image (stored as WebP, the collection’s format)',
    async (format, mime) => {
      const doc = await upload(await image(format), `photo-${format}.${format}`, mime)
      expect(doc.mimeType).toBe('image/webp')
      expect(doc.filename).toBe(`photo-${format}.webp`)
    },
  )

  it('accepts a PDF', async () => {
    const doc = await upload(pdf, 'press kit.pdf', 'application/pdf')
    expect(doc.mimeType).toBe('application/pdf')
    expect(doc.filename).toBe('press-kit.pdf')
  })

  it('stores what the bytes are, not what the client claims', async () => {
    const doc = await upload(pdf, 'report.png', 'image/png')
    expect(doc.mimeType).toBe('application/pdf')
    expect(doc.filename).toBe('report.pdf')
  })

  it.each([
    ['an SVG image', svg, 'logo.svg', 'image/svg+xml'],
    ['an SVG with a script', svgWithScript, 'logo.svg', 'image/svg+xml'],
    ['an SVG named .png', svg, 'logo.png', 'image/png'],
    ['an HTML page named .jpg', html, 'photo.jpg', 'image/jpeg'],
    ['an HTML page named .pdf', html, 'kit.pdf', 'application/pdf'],
    ['a Windows program named .png', exe, 'photo.png', 'image/png'],
    ['plain text named .webp', Buffer.from('hello'), 'photo.webp', 'image/webp'],
    ['an empty file', Buffer.alloc(0), 'empty.png', 'image/png'],
    [
      'a GIF (not on the list)',
      Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
      'a.gif',
      'image/gif',
    ],
  ])('refuses %s, naming the types that are allowed', async (_, data, name, mime) => {
    const error = await refused(upload(data, name, mime))
    expect(JSON.stringify(error)).toContain('JPEG, PNG, WebP or AVIF')
  })

  it('refuses a file over the size limit, even through the local API', async () => {
    const png = await image('png')
    const big = Buffer.concat([png, Buffer.alloc(MAX_UPLOAD_BYTES + 1 - png.length)])
    const error = await refused(upload(big, 'huge.png', 'image/png'))
    expect(JSON.stringify(error)).toContain('20 MB')
  })

  it('stored nothing for the refused files', async () => {
    const { docs } = await payload.find({ collection: 'media', limit: 100, overrideAccess: true })
    expect(docs.map((d) => d.filename).sort()).toEqual(
      [
        'photo-avif.webp',
        'photo-jpeg.webp',
        'photo-png.webp',
        'photo-webp.webp',
        'press-kit.pdf',
        'report.pdf',
      ].sort(),
    )
  })
})

describe('uploaded file names are made safe', () => {
  it.each([
    ['path traversal', '../../../etc/passwd.png', 'passwd.pdf'],
    ['Windows path', 'C:\\Users\\x\\evil.png', 'evil.pdf'],
    ['control characters', 'a\u0000b\u001fc\u007f.png', 'abc.pdf'],
    ['a right-to-left override', 'photo\u202Egnp.exe', 'photognp.pdf'],
    ['zero-width characters', 'ze\u200Bro\uFEFF.png', 'zero.pdf'],
    ['full-width look-alikes', 'ｗｉｄｅ.png', 'wide.pdf'],
    ['shell and Windows characters', 'a<b>c:"d|e?*f.png', 'a-b-c-d-e-f.pdf'],
    ['a leading dot', '.htaccess.png', 'htaccess.pdf'],
    ['only junk', '\u202E\u0000...png', 'file.pdf'],
    ['an accented name, kept', 'Seinäjoki campus.png', 'Seinäjoki-campus.pdf'],
  ])('%s', async (_, name, expected) => {
    const doc = await upload(pdf, name, 'application/pdf')
    expect(doc.filename?.normalize('NFC')).toBe(expected.normalize('NFC'))
    const staticDir = path.resolve('data/media')
    expect(fs.existsSync(path.join(staticDir, doc.filename!))).toBe(true)
  })

  it('cuts a very long name', async () => {
    const doc = await upload(pdf, `${'a'.repeat(400)}.pdf`, 'application/pdf')
    expect(doc.filename).toBe(`${'a'.repeat(100)}.pdf`)
  })
})
