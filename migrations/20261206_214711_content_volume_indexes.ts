import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`press_releases_published_at_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_status_publishedAt_createdAt_idx\` ON \`press_releases\` (\`_status\`,\`published_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`publishedAt_createdAt_idx\` ON \`press_releases\` (\`published_at\`,\`created_at\`);`,
  )
  await db.run(sql`DROP INDEX \`_press_releases_v_version_version_published_at_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_publishedAt_version_createdAt_idx\` ON \`_press_releases_v\` (\`version__status\`,\`version_published_at\`,\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_publishedAt_version_createdAt_idx\` ON \`_press_releases_v\` (\`version_published_at\`,\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`press_releases_locales_parent_id_idx\` ON \`press_releases_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_locales_parent_id_idx\` ON \`_press_releases_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`pages_locales_parent_id_idx\` ON \`pages_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_pages_v_locales_parent_id_idx\` ON \`_pages_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`institutions_locales_parent_id_idx\` ON \`institutions_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`flagships_locales_parent_id_idx\` ON \`flagships_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`partners_locales_parent_id_idx\` ON \`partners_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_locales_parent_id_idx\` ON \`media_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`search_locales_parent_id_idx\` ON \`search_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`home_purpose_paragraphs_locales_parent_id_idx\` ON \`home_purpose_paragraphs_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`home_purpose_focus_locales_parent_id_idx\` ON \`home_purpose_focus_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`home_purpose_goals_locales_parent_id_idx\` ON \`home_purpose_goals_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`home_superpowers_items_locales_parent_id_idx\` ON \`home_superpowers_items_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`home_locales_parent_id_idx\` ON \`home_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_locales_parent_id_idx\` ON \`site_locales\` (\`_parent_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`publishedAt_createdAt_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`press_releases_published_at_idx\` ON \`press_releases\` (\`published_at\`);`,
  )
  await db.run(sql`DROP INDEX \`press_releases_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_publishedAt_version_createdAt_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_published_at_idx\` ON \`_press_releases_v\` (\`version_published_at\`);`,
  )
  await db.run(sql`DROP INDEX \`_press_releases_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`institutions_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`flagships_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`partners_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`search_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`home_purpose_paragraphs_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`home_purpose_focus_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`home_purpose_goals_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`home_superpowers_items_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`home_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`site_locales_parent_id_idx\`;`)
}
