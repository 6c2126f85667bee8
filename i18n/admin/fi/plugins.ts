import type { enTranslations as importExportEnglish } from '@payloadcms/plugin-import-export/translations/languages/en'

/**
 * The plugins' own admin strings in Finnish, under the keys each plugin reads (`plugin-seo:…`,
 * `plugin-import-export:…`, `lexical:<feature>:…`). None of them ships Finnish.
 */
export const importExport: typeof importExportEnglish = {
  'plugin-import-export': {
    allLocales: 'Kaikki kieliversiot',
    collectionRequired: 'Valitse kokoelma nähdäksesi esikatselun',
    documentsToExport: '{{count}} dokumenttia vietäväksi',
    documentsToImport: '{{count}} dokumenttia tuotavaksi',
    exportDocumentLabel: 'Vie: {{label}}',
    exportOptions: 'Viennin asetukset',
    'field-collectionSlug-label': 'Kokoelma',
    'field-depth-label': 'Syvyys',
    'field-drafts-label': 'Sisällytä luonnokset',
    'field-fields-label': 'Kentät',
    'field-format-label': 'Tiedostomuoto',
    'field-importMode-create-label': 'Luo uudet dokumentit',
    'field-importMode-label': 'Tuontitapa',
    'field-importMode-update-label': 'Päivitä olemassa olevat dokumentit',
    'field-importMode-upsert-label': 'Luo tai päivitä dokumentit',
    'field-limit-label': 'Enimmäismäärä',
    'field-locale-label': 'Kieliversio',
    'field-matchField-description':
      'Kenttä, jonka perusteella olemassa olevat dokumentit tunnistetaan',
    'field-matchField-label': 'Tunnistekenttä',
    'field-name-label': 'Tiedostonimi',
    'field-page-label': 'Sivu',
    'field-selectionToUse-label': 'Vietävät rivit',
    'field-sort-label': 'Lajitteluperuste',
    'field-sort-order-label': 'Lajittelujärjestys',
    'field-status-label': 'Tila',
    'field-summary-label': 'Tuonnin yhteenveto',
    importDocumentLabel: 'Tuo: {{label}}',
    importResults: 'Tuonnin tulokset',
    limitCapped: 'Enimmäismäärä rajattu arvoon {{limit}}',
    limitExceededExport: 'Vienti rajattu {{limit}} dokumenttiin',
    limitExceededImport:
      'Tuontitiedostossa on {{count}} dokumenttia, mutta enimmäismäärä on {{limit}}',
    matchBy: 'Tunnista kentällä',
    mode: 'Tapa',
    noDataToPreview: 'Ei esikatseltavia tietoja',
    previewPageInfo: '{{start}}–{{end}} / {{total}}',
    'selectionToUse-allDocuments': 'Kaikki dokumentit',
    'selectionToUse-currentFilters': 'Nykyisten suodattimien mukaiset',
    'selectionToUse-currentSelection': 'Nykyinen valinta',
    startImport: 'Aloita tuonti',
    totalDocumentsCount: '{{count}} dokumenttia yhteensä',
    uploadFileToSeePreview: 'Lataa tiedosto nähdäksesi esikatselun',
  },
}

export const seo = {
  'plugin-seo': {
    almostThere: 'Melkein valmis',
    autoGenerate: 'Luo automaattisesti',
    bestPractices: 'hyvät käytännöt',
    characterCount: '{{current}}/{{minLength}}–{{maxLength}} merkkiä, ',
    charactersLeftOver: '{{characters}} merkkiä jäljellä',
    charactersToGo: '{{characters}} merkkiä puuttuu',
    charactersTooMany: '{{characters}} merkkiä liikaa',
    checksPassing: '{{current}}/{{max}} tarkistusta kunnossa',
    good: 'Hyvä',
    imageAutoGenerationTip: 'Automaattinen luonti hakee valitun pääkuvan.',
    lengthTipDescription:
      'Pituuden tulisi olla {{minLength}}–{{maxLength}} merkkiä. Ohjeita hyvän metakuvauksen kirjoittamiseen: ',
    lengthTipTitle:
      'Pituuden tulisi olla {{minLength}}–{{maxLength}} merkkiä. Ohjeita hyvän metaotsikon kirjoittamiseen: ',
    missing: 'Puuttuu',
    noImage: 'Ei kuvaa',
    preview: 'Esikatselu',
    previewDescription:
      'Todelliset hakutulokset voivat vaihdella sisällön ja hakuosuvuuden mukaan.',
    tooLong: 'Liian pitkä',
    tooShort: 'Liian lyhyt',
  },
}

export const lexical = {
  lexical: {
    general: {
      placeholder: 'Aloita kirjoittaminen tai paina ’/’ nähdäksesi komennot...',
      slashMenuBasicGroupLabel: 'Perus',
      slashMenuListGroupLabel: 'Luettelot',
      toolbarItemsActive: '{{count}} käytössä',
    },
    align: {
      alignCenterLabel: 'Keskitä',
      alignJustifyLabel: 'Tasaa molemmat reunat',
      alignLeftLabel: 'Tasaa vasemmalle',
      alignRightLabel: 'Tasaa oikealle',
    },
    blockquote: { label: 'Lainaus' },
    blocks: {
      inlineBlocks: {
        create: 'Luo: {{label}}',
        edit: 'Muokkaa: {{label}}',
        label: 'Tekstinsisäiset lohkot',
        remove: 'Poista: {{label}}',
      },
      label: 'Lohkot',
    },
    heading: { label: 'Otsikko {{headingLevel}}' },
    horizontalRule: { label: 'Vaakaviiva' },
    indent: { decreaseLabel: 'Vähennä sisennystä', increaseLabel: 'Lisää sisennystä' },
    link: { label: 'Linkki', loadingWithEllipsis: 'Ladataan...' },
    checklist: { label: 'Tarkistuslista' },
    orderedList: { label: 'Numeroitu luettelo' },
    unorderedList: { label: 'Luettelomerkit' },
    paragraph: { label: 'Kappale', label2: 'Leipäteksti' },
    relationship: { label: 'Viittaus' },
    upload: { label: 'Tiedosto' },
    textState: { defaultStyle: 'Oletustyyli' },
  },
}
