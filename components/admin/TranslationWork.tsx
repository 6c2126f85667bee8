import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { userHasRole } from '@/access/roles'
import { defaultLocale, localeNames, locales } from '@/i18n/locales'
import { translatorLanguages } from '@/lib/translation/access'
import { countWork, editPath, translationWork, type WorkItem } from '@/lib/translation/work'

import './TranslationWork.scss'

const stateKey = {
  missing: 'heroes:stateMissing',
  outdated: 'heroes:stateOutdated',
  awaiting: 'heroes:stateAwaiting',
} as const

/**
 * "My translations" (/admin/translations): a translator's waiting work in their languages, oldest
 * first, each a link to its edit view in that language; editors and admins see the counts per
 * language and every waiting translation. Others are sent nothing (the page says so).
 */
export async function TranslationWork({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, i18n, user } = req
  const t = (key: string) => i18n.t(key as never)
  const editor = userHasRole(user, 'admin', 'editor')
  const languages = editor ? locales.filter((l) => l !== defaultLocale) : translatorLanguages(user)
  const items = languages.length ? await translationWork(payload, languages) : []
  const counts = countWork(items)
  const adminRoute = payload.config.routes.admin
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  const titleOf = (item: WorkItem): unknown =>
    item.title || payload.config.globals.find((g) => g.slug === item.global)?.label || item.global
  const label = (value: unknown): string => {
    if (typeof value === 'function') return label(value({ i18n, t: i18n.t }))
    if (typeof value === 'object' && value)
      return (
        (value as Record<string, string>)[i18n.language] ??
        (value as Record<string, string>).en ??
        ''
      )
    return String(value ?? '')
  }

  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="translation-work">
        <h1>{t(editor ? 'heroes:workTitleEditor' : 'heroes:myTranslationsTitle')}</h1>
        <p>{t(editor ? 'heroes:workIntroEditor' : 'heroes:workIntro')}</p>
        {!languages.length && <p role="status">{t('heroes:noLanguages')}</p>}
        {editor && (
          <table className="translation-work__counts">
            <caption>{t('heroes:countsHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('heroes:columnLanguage')}</th>
                {(['missing', 'outdated', 'awaiting'] as const).map((state) => (
                  <th key={state} scope="col">
                    {t(stateKey[state])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {languages.map((l) => (
                <tr key={l} data-locale={l}>
                  <th scope="row" lang={l}>
                    {localeNames[l]}
                  </th>
                  <td>{counts[l].missing}</td>
                  <td>{counts[l].outdated}</td>
                  <td>{counts[l].awaiting}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {languages.length > 0 && !items.length && <p role="status">{t('heroes:nothingWaiting')}</p>}
        {items.length > 0 && (
          <table className="translation-work__items">
            <thead>
              <tr>
                <th scope="col">{t('heroes:columnDocument')}</th>
                <th scope="col">{t('heroes:columnLanguage')}</th>
                <th scope="col">{t('heroes:columnState')}</th>
                <th scope="col">{t('heroes:columnSince')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr
                  key={`${item.collection ?? item.global}:${item.id ?? ''}:${item.locale}`}
                  data-state={item.state}
                >
                  <td>
                    <a href={editPath(item, adminRoute)}>{label(titleOf(item))}</a>
                  </td>
                  <td lang={item.locale}>{localeNames[item.locale]}</td>
                  <td>{t(stateKey[item.state])}</td>
                  <td>{item.since ? format.format(new Date(item.since)) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
