import { notFound } from 'next/navigation'

/** Any path the site does not know renders the localized 404 of its locale. */
export default function CatchAll() {
  notFound()
}
