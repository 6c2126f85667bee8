import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { userHasRole } from '../access/roles'
import { defaultLocale, localeNames, locales } from '../i18n/locales'
import { fillMessage } from '../lib/fillMessage'
import { DocumentNotFound, exportXliff } from '../lib/xliff/export'
import { importXliff, XliffRefused } from '../lib/xliff/import'
import { parseRef, refName } from '../lib/xliff/refs'

/** An XLIFF file an agency sends back: a few hundred documents' text at most. */
export const MAX_XLIFF_BYTES = 5 * 1024 * 1024

const targets = locales.filter((l) => l !== defaultLocale) as [string, ...string[]]

const exportQuery = z.object({
  doc: z
    .array(z.string().max(100))
    .min(1)
    .max(200)
    .transform((names, ctx) =>
      names.map((name) => {
        const ref = parseRef(name)
        if (!ref) ctx.addIssue({ code: 'custom', message: name })
        return ref!
      }),
    ),
  lang: z.enum(targets),
})

/** A message of the admin (`Admin.ui`) in the user's admin language, its placeholders filled. */
const say = (req: PayloadRequest, key: string, values: Record<string, string> = {}) =>
  fillMessage(req.t(`heroes:${key}` as never), values)

const error = (req: PayloadRequest, status: number, key: string, values = {}) =>
  Response.json(
    { errors: [{ message: say(req, key, values) }] },
    { status, headers: { 'Cache-Control': 'no-store' } },
  )

// Writing and translating staff; the documents' own access decides the rest, per document.
const mayTranslate = (req: PayloadRequest) => userHasRole(req.user, 'admin', 'editor')

/** `GET /api/xliff/export?doc=press-releases/12&doc=globals/home&lang=fr`: one file per language. */
export const xliffExport: Endpoint = {
  path: '/xliff/export',
  method: 'get',
  handler: async (req) => {
    if (!mayTranslate(req)) return error(req, req.user ? 403 : 401, 'xliffNotAllowed')
    const params = new URL(req.url ?? '', 'http://x').searchParams
    const parsed = exportQuery.safeParse({ doc: params.getAll('doc'), lang: params.get('lang') })
    if (!parsed.success) return error(req, 400, 'xliffBadRequest')
    try {
      const xml = await exportXliff(req, parsed.data.doc, parsed.data.lang as never)
      const name =
        parsed.data.doc.length === 1
          ? refName(parsed.data.doc[0]).replace('/', '-')
          : `${parsed.data.doc.length}-documents`
      return new Response(xml, {
        headers: {
          'Content-Type': 'application/xliff+xml; charset=utf-8',
          'Content-Disposition': `attachment; filename="heroes-${name}-${parsed.data.lang}.xlf"`,
          'Cache-Control': 'no-store',
        },
      })
    } catch (e) {
      if (e instanceof DocumentNotFound)
        return error(req, 404, 'xliffUnknownDocument', { document: refName(e.ref) })
      throw e
    }
  },
}

/** `POST /api/xliff/import` with the XLIFF file as the body: all of it is stored, or nothing. */
export const xliffImport: Endpoint = {
  path: '/xliff/import',
  method: 'post',
  handler: async (req) => {
    if (!mayTranslate(req)) return error(req, req.user ? 403 : 401, 'xliffNotAllowed')
    const declared = Number(req.headers.get('content-length') ?? 0)
    if (declared > MAX_XLIFF_BYTES) return error(req, 413, 'xliffTooLarge')
    const text = (await req.text?.()) ?? ''
    if (Buffer.byteLength(text) > MAX_XLIFF_BYTES) return error(req, 413, 'xliffTooLarge')
    try {
      const result = await importXliff(req, text)
      return Response.json(
        {
          ...result,
          message: say(req, 'xliffImported', {
            documents: result.documents.join(', '),
            language: localeNames[result.language],
          }),
        },
        { headers: { 'Cache-Control': 'no-store' } },
      )
    } catch (e) {
      if (e instanceof XliffRefused) return error(req, e.status, e.key, e.values)
      throw e
    }
  },
}
