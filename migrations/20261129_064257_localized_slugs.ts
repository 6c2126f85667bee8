import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// Pages and press releases get one slug per locale, and so do their search records. The generated
// statements dropped the old column with its data; here each existing slug moves to the
// document's English row first (a search record's to all its rows, as before), and back on
// `down`, so a live database keeps every URL it had.
const tables = [
  { main: 'press_releases', column: 'slug', index: 'press_releases_slug_idx', unique: true },
  { main: 'search', column: 'slug', index: 'search_slug_idx', unique: false, everyLocale: true },
  {
    main: '_press_releases_v',
    column: 'version_slug',
    index: '_press_releases_v_version_version_slug_idx',
    unique: false,
  },
  { main: 'pages', column: 'slug', index: 'pages_slug_idx', unique: true },
  {
    main: '_pages_v',
    column: 'version_slug',
    index: '_pages_v_version_version_slug_idx',
    unique: false,
  },
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const { main, column, index, unique, everyLocale } of tables) {
    const locales = `${main}_locales`
    await db.run(sql.raw(`ALTER TABLE \`${locales}\` ADD \`${column}\` text;`))
    await db.run(
      sql.raw(
        `UPDATE \`${locales}\` SET \`${column}\` = (SELECT m.\`${column}\` FROM \`${main}\` m WHERE m.\`id\` = \`${locales}\`.\`_parent_id\`)${everyLocale ? '' : " WHERE \`_locale\` = 'en'"};`,
      ),
    )
    await db.run(sql.raw(`DROP INDEX \`${index}\`;`))
    await db.run(sql.raw(`ALTER TABLE \`${main}\` DROP COLUMN \`${column}\`;`))
    await db.run(
      sql.raw(
        `CREATE ${unique ? 'UNIQUE ' : ''}INDEX \`${index}\` ON \`${locales}\` (\`${column}\`,\`_locale\`);`,
      ),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const { main, column, index, unique } of tables) {
    const locales = `${main}_locales`
    await db.run(sql.raw(`ALTER TABLE \`${main}\` ADD \`${column}\` text;`))
    await db.run(
      sql.raw(
        `UPDATE \`${main}\` SET \`${column}\` = (SELECT l.\`${column}\` FROM \`${locales}\` l WHERE l.\`_parent_id\` = \`${main}\`.\`id\` AND l.\`_locale\` = 'en');`,
      ),
    )
    await db.run(sql.raw(`DROP INDEX \`${index}\`;`))
    await db.run(sql.raw(`ALTER TABLE \`${locales}\` DROP COLUMN \`${column}\`;`))
    await db.run(
      sql.raw(
        `CREATE ${unique ? 'UNIQUE ' : ''}INDEX \`${index}\` ON \`${main}\` (\`${column}\`);`,
      ),
    )
  }
}
