import { NotFoundContent } from '@/components/NotFoundContent.client'

/**
 * Next renders not-found apart from the page, where next-intl's server-side request locale can
 * fall back to the default; the layout's provider around it holds the page's real locale, so
 * the content reads its messages on the client side of that provider.
 */
export default function NotFound() {
  return <NotFoundContent />
}
