import type { Payload } from 'payload'

import { defaultLocale, type Locale, locales } from '../../i18n/locales'
import type { TranslationTimes } from '../translationStatus'
import { isApproval, waitingStates, type WorkflowState } from './state'
import { statesOf, workflowSelect } from './status'
import {
  type TranslatableCollection,
  translatableCollections,
  type TranslatableGlobal,
  translatableGlobals,
} from './targets'

/** One translation waiting for someone: a document (or global) in one language. */
export type WorkItem = {
  collection?: TranslatableCollection
  global?: TranslatableGlobal
  id?: number | string
  title: string
  locale: Locale
  state: Extract<WorkflowState, 'missing' | 'outdated' | 'awaiting'>
  /** Since when it waits: the English change (missing, outdated) or the save (awaiting). */
  since: string
}

type Doc = Record<string, unknown> & { id?: number | string }

function itemsOf(
  doc: Doc,
  slug: string,
  languages: Locale[],
  base: Omit<WorkItem, 'locale' | 'state' | 'since' | 'title'>,
  title: string,
): WorkItem[] {
  const states = statesOf(slug, doc)
  const times = (doc.translationTimes ?? {}) as TranslationTimes
  const approvals = (doc.translationApproval ?? {}) as Record<string, unknown>
  const english = times[defaultLocale] ?? String(doc.createdAt ?? doc.updatedAt ?? '')
  return languages.flatMap((locale): WorkItem[] => {
    const state = states[locale]
    if (!waitingStates.includes(state)) return []
    const approval = approvals[locale]
    const since = state === 'awaiting' && isApproval(approval) ? approval.at : english
    return [{ ...base, title, locale, state: state as WorkItem['state'], since }]
  })
}

const textIn = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const perLocale = value as Record<string, unknown>
    return String(perLocale[defaultLocale] ?? Object.values(perLocale).find(Boolean) ?? '')
  }
  return ''
}

/**
 * Every translation missing, outdated or awaiting approval in `languages`, oldest first, as
 * editors see it (latest drafts). Read with the server's rights: callers decide who sees it.
 */
export async function translationWork(
  payload: Payload,
  languages: readonly Locale[] = locales.filter((l) => l !== defaultLocale),
): Promise<WorkItem[]> {
  const wanted = languages.filter((l) => l !== defaultLocale)
  const items: WorkItem[] = []
  for (const [collection, { title }] of Object.entries(translatableCollections) as [
    TranslatableCollection,
    { title: string },
  ][]) {
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      draft: true,
      depth: 0,
      pagination: false,
      select: {
        ...workflowSelect(collection),
        [title]: true,
        createdAt: true,
        updatedAt: true,
      } as never,
    })
    for (const doc of docs as unknown as Doc[])
      items.push(
        ...itemsOf(doc, collection, wanted, { collection, id: doc.id }, textIn(doc[title])),
      )
  }
  for (const global of Object.keys(translatableGlobals) as TranslatableGlobal[]) {
    const doc = (await payload.findGlobal({
      slug: global,
      locale: 'all',
      depth: 0,
    })) as unknown as Doc
    items.push(...itemsOf(doc, global, wanted, { global }, ''))
  }
  return items.sort((a, b) => a.since.localeCompare(b.since))
}

/** How many translations wait per language and state: the editors' overview. */
export function countWork(items: WorkItem[]): Record<Locale, Record<WorkItem['state'], number>> {
  const counts = Object.fromEntries(
    locales
      .filter((l) => l !== defaultLocale)
      .map((l) => [l, { missing: 0, outdated: 0, awaiting: 0 }]),
  ) as Record<Locale, Record<WorkItem['state'], number>>
  for (const item of items) counts[item.locale]![item.state] += 1
  return counts
}

/** Where an item is edited: its edit view, opened in the item's language. */
export function editPath(item: WorkItem, adminRoute = '/admin'): string {
  const where = item.global
    ? `${adminRoute}/globals/${item.global}`
    : `${adminRoute}/collections/${item.collection}/${item.id}`
  return `${where}?locale=${item.locale}`
}
