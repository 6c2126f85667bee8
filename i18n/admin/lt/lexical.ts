/**
 * The rich-text editor's feature names in Lithuanian: @payloadcms/richtext-lexical 3.90 has its
 * general strings in Lithuanian but not its toolbar's (headings, lists, alignment, links).
 */
export const lexical = {
  lexical: {
    align: {
      alignCenterLabel: 'Lygiuoti centre',
      alignJustifyLabel: 'Lygiuoti abipusiai',
      alignLeftLabel: 'Lygiuoti kairėje',
      alignRightLabel: 'Lygiuoti dešinėje',
    },
    blockquote: { label: 'Citata' },
    heading: { label: 'Antraštė {{headingLevel}}' },
    horizontalRule: { label: 'Horizontali linija' },
    indent: { decreaseLabel: 'Mažinti įtrauką', increaseLabel: 'Didinti įtrauką' },
    link: { label: 'Nuoroda', loadingWithEllipsis: 'Įkeliama...' },
    checklist: { label: 'Žymimasis sąrašas' },
    orderedList: { label: 'Numeruotas sąrašas' },
    unorderedList: { label: 'Ženklinamasis sąrašas' },
    paragraph: { label: 'Pastraipa', label2: 'Įprastas tekstas' },
    relationship: { label: 'Ryšys' },
    upload: { label: 'Failas' },
  },
}
