import { type Endpoint, Forbidden, NotFound } from 'payload'
import { z } from 'zod'

import { defaultLocale, locales } from '../i18n/locales'
import { approve, status, translatableCollections, translatableGlobals } from '../lib/translation'
import { NothingToApprove } from '../lib/translation/approve'

const language = z.enum(locales).refine((l) => l !== defaultLocale)
const body = z.union([
  z.object({
    collection: z.enum(
      Object.keys(translatableCollections) as [keyof typeof translatableCollections],
    ),
    id: z.union([z.number().int().positive(), z.string().regex(/^[a-zA-Z0-9-]{1,40}$/)]),
    locale: language,
  }),
  z.object({
    global: z.enum(Object.keys(translatableGlobals) as [keyof typeof translatableGlobals]),
    locale: language,
  }),
])

type T = (key: string) => string

/**
 * Approves one translation for its language (lib/translation/approve.ts): the admin's approve
 * button. The caller's own rights decide: the language's translator, an editor or an admin.
 */
export const approveTranslation: Endpoint = {
  path: '/translations/approve',
  method: 'post',
  handler: async (req) => {
    const t = req.t as unknown as T
    if (!req.user) return Response.json({ error: t('error:unauthorized') }, { status: 401 })
    const parsed = body.safeParse(await req.json?.().catch(() => undefined))
    if (!parsed.success) return Response.json({ error: t('heroes:approveFailed') }, { status: 400 })
    const { locale } = parsed.data
    const target =
      'global' in parsed.data
        ? { global: parsed.data.global }
        : { collection: parsed.data.collection, id: parsed.data.id }
    try {
      const state = await approve({ payload: req.payload, target, locale, user: req.user })
      return Response.json({ state, message: t('heroes:approveDone') })
    } catch (error) {
      if (error instanceof Forbidden)
        return Response.json({ error: t('heroes:approveNotYours') }, { status: 403 })
      if (error instanceof NothingToApprove)
        return Response.json({ error: t('heroes:approveNothing') }, { status: 400 })
      if (error instanceof NotFound || (error as { status?: number }).status === 404)
        return Response.json({ error: t('error:notFound') }, { status: 404 })
      throw error
    }
  },
}

const query = z.union([
  z.object({
    collection: z.enum(
      Object.keys(translatableCollections) as [keyof typeof translatableCollections],
    ),
    id: z.string().regex(/^[a-zA-Z0-9-]{1,40}$/),
  }),
  z.object({
    global: z.enum(Object.keys(translatableGlobals) as [keyof typeof translatableGlobals]),
  }),
])

/**
 * Each language's workflow state of one document as its editors see it (latest draft), for the
 * edit view's translation badges. Read with the caller's own rights.
 */
export const translationStatus: Endpoint = {
  path: '/translations/status',
  method: 'get',
  handler: async (req) => {
    const t = req.t as unknown as T
    if (!req.user) return Response.json({ error: t('error:unauthorized') }, { status: 401 })
    const parsed = query.safeParse(
      Object.fromEntries(new URL(req.url ?? '', 'http://x').searchParams),
    )
    if (!parsed.success) return Response.json({ error: t('error:notFound') }, { status: 400 })
    const target =
      'global' in parsed.data
        ? { global: parsed.data.global }
        : { collection: parsed.data.collection, id: parsed.data.id }
    try {
      const states = await status({ payload: req.payload, target, draft: true, user: req.user })
      return Response.json({ states })
    } catch (error) {
      const code = (error as { status?: number }).status
      if (code === 403 || code === 404)
        return Response.json({ error: t('error:notFound') }, { status: 404 })
      throw error
    }
  },
}
