import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`date_confirmed\` integer DEFAULT false;`)
  await db.run(
    sql`ALTER TABLE \`_press_releases_v\` ADD \`version_date_confirmed\` integer DEFAULT false;`,
  )
  await db.run(sql`ALTER TABLE \`pages\` ADD \`shows\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_shows\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`publisher_email\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`publisher_phone\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`publisher_vat_id\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`controller_email\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`controller_phone\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`controller_dpo_email\` text;`)
  await db.run(sql`ALTER TABLE \`site_locales\` ADD \`publisher_legal_name\` text;`)
  await db.run(sql`ALTER TABLE \`site_locales\` ADD \`publisher_address\` text;`)
  await db.run(sql`ALTER TABLE \`site_locales\` ADD \`publisher_representative\` text;`)
  await db.run(sql`ALTER TABLE \`site_locales\` ADD \`publisher_register\` text;`)
  await db.run(sql`ALTER TABLE \`site_locales\` ADD \`controller_legal_name\` text;`)
  await db.run(sql`ALTER TABLE \`site_locales\` ADD \`controller_address\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`date_confirmed\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_date_confirmed\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`shows\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_shows\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`publisher_email\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`publisher_phone\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`publisher_vat_id\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`controller_email\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`controller_phone\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`controller_dpo_email\`;`)
  await db.run(sql`ALTER TABLE \`site_locales\` DROP COLUMN \`publisher_legal_name\`;`)
  await db.run(sql`ALTER TABLE \`site_locales\` DROP COLUMN \`publisher_address\`;`)
  await db.run(sql`ALTER TABLE \`site_locales\` DROP COLUMN \`publisher_representative\`;`)
  await db.run(sql`ALTER TABLE \`site_locales\` DROP COLUMN \`publisher_register\`;`)
  await db.run(sql`ALTER TABLE \`site_locales\` DROP COLUMN \`controller_legal_name\`;`)
  await db.run(sql`ALTER TABLE \`site_locales\` DROP COLUMN \`controller_address\`;`)
}
