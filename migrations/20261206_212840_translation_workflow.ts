import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_languages_order_idx\` ON \`users_languages\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`users_languages_parent_idx\` ON \`users_languages\` (\`parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`translation_approval\` text;`)
  await db.run(
    sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_translation_approval\` text;`,
  )
  await db.run(sql`ALTER TABLE \`pages_locales\` ADD \`translation_approval\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_locales\` ADD \`version_translation_approval\` text;`)
  await db.run(sql`ALTER TABLE \`institutions\` ADD \`translation_times\` text;`)
  await db.run(sql`ALTER TABLE \`institutions_locales\` ADD \`translation_approval\` text;`)
  await db.run(sql`ALTER TABLE \`flagships\` ADD \`translation_times\` text;`)
  await db.run(sql`ALTER TABLE \`flagships_locales\` ADD \`translation_approval\` text;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`translation_times\` text;`)
  await db.run(sql`ALTER TABLE \`partners_locales\` ADD \`translation_approval\` text;`)
  await db.run(sql`ALTER TABLE \`home\` ADD \`translation_times\` text;`)
  await db.run(sql`ALTER TABLE \`home_locales\` ADD \`translation_approval\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`translation_times\` text;`)
  await db.run(sql`ALTER TABLE \`site_locales\` ADD \`translation_approval\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_languages\`;`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` DROP COLUMN \`translation_approval\`;`)
  await db.run(
    sql`ALTER TABLE \`_press_releases_v_locales\` DROP COLUMN \`version_translation_approval\`;`,
  )
  await db.run(sql`ALTER TABLE \`pages_locales\` DROP COLUMN \`translation_approval\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_locales\` DROP COLUMN \`version_translation_approval\`;`)
  await db.run(sql`ALTER TABLE \`institutions\` DROP COLUMN \`translation_times\`;`)
  await db.run(sql`ALTER TABLE \`institutions_locales\` DROP COLUMN \`translation_approval\`;`)
  await db.run(sql`ALTER TABLE \`flagships\` DROP COLUMN \`translation_times\`;`)
  await db.run(sql`ALTER TABLE \`flagships_locales\` DROP COLUMN \`translation_approval\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`translation_times\`;`)
  await db.run(sql`ALTER TABLE \`partners_locales\` DROP COLUMN \`translation_approval\`;`)
  await db.run(sql`ALTER TABLE \`home\` DROP COLUMN \`translation_times\`;`)
  await db.run(sql`ALTER TABLE \`home_locales\` DROP COLUMN \`translation_approval\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`translation_times\`;`)
  await db.run(sql`ALTER TABLE \`site_locales\` DROP COLUMN \`translation_approval\`;`)
}
