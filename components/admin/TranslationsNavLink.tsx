import type { ServerProps } from 'payload'

import { userHasRole } from '@/access/roles'

/** The navigation's link to /admin/translations, for editors, admins and translators. */
export function TranslationsNavLink({ i18n, payload, user }: ServerProps) {
  if (!userHasRole(user ?? null, 'admin', 'editor', 'translator')) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/translations`}>
      <span className="nav__link-label">{i18n.t('heroes:navTranslations' as never)}</span>
    </a>
  )
}
