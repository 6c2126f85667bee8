import type { ReactNode } from 'react'

/** The title block every inner page opens with. */
export function PageIntro({
  title,
  lead,
  children,
  lang,
  titleLang,
}: {
  title: string
  lead?: string | null
  children?: ReactNode
  lang?: string
  /** The title's own language where it differs from the lead's (an English proper name). */
  titleLang?: string
}) {
  return (
    <header className="page-intro">
      <div className="container">
        {children}
        <div lang={lang}>
          <h1 lang={titleLang}>{title}</h1>
          {lead ? <p className="lead">{lead}</p> : null}
        </div>
      </div>
    </header>
  )
}
