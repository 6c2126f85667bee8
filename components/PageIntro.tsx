import type { ReactNode } from 'react'

/** The title block every inner page opens with. */
export function PageIntro({
  title,
  lead,
  children,
  lang,
}: {
  title: string
  lead?: string | null
  children?: ReactNode
  lang?: string
}) {
  return (
    <header className="page-intro">
      <div className="container">
        {children}
        <div lang={lang}>
          <h1>{title}</h1>
          {lead ? <p className="lead">{lead}</p> : null}
        </div>
      </div>
    </header>
  )
}
