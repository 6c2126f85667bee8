import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

/** Editor content as plain semantic HTML, rendered on the server. */
export function RichText({ data }: { data: unknown }) {
  if (!data) return null
  return <LexicalRichText className="prose" data={data as SerializedEditorState} />
}
