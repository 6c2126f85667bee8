import { useTranslations } from 'next-intl'

import { Link } from '@/i18n/navigation'

export default function NotFound() {
  const t = useTranslations('NotFound')
  return (
    <section className="container page-intro not-found">
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>
      <p>
        <Link href="/" className="button">
          {t('home')}
        </Link>
      </p>
    </section>
  )
}
