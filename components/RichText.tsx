import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConvertersFunction,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'
import { cloneElement, isValidElement } from 'react'

/**
 * Payload's converters, except that an item of a bulleted list carries no `value`: HTML allows
 * it only in an ordered list (the Nu HTML Checker reports it), and Lexical stores a number on
 * every item of either kind.
 */
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  listitem: (args) => {
    const item = defaultConverters.listitem
    const element = typeof item === 'function' ? item(args) : null
    const ordered = 'tag' in args.parent && args.parent.tag === 'ol'
    return !ordered && isValidElement(element)
      ? cloneElement(element as React.ReactElement<{ value?: number }>, { value: undefined })
      : element
  },
})

/** Editor content as plain semantic HTML, rendered on the server. */
export function RichText({ data }: { data: unknown }) {
  if (!data) return null
  return (
    <LexicalRichText
      className="prose"
      data={data as SerializedEditorState}
      converters={converters}
    />
  )
}
