import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`home_figures_partner_countries\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`home\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`home_figures_partner_countries_order_idx\` ON \`home_figures_partner_countries\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`home_figures_partner_countries_parent_idx\` ON \`home_figures_partner_countries\` (\`parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`home\` ADD \`figures_institutions\` numeric;`)
  await db.run(sql`ALTER TABLE \`home\` ADD \`figures_students\` numeric;`)
  await db.run(sql`ALTER TABLE \`home\` ADD \`figures_staff\` numeric;`)
  await db.run(sql`ALTER TABLE \`home\` ADD \`figures_campuses\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`home_figures_partner_countries\`;`)
  await db.run(sql`ALTER TABLE \`home\` DROP COLUMN \`figures_institutions\`;`)
  await db.run(sql`ALTER TABLE \`home\` DROP COLUMN \`figures_students\`;`)
  await db.run(sql`ALTER TABLE \`home\` DROP COLUMN \`figures_staff\`;`)
  await db.run(sql`ALTER TABLE \`home\` DROP COLUMN \`figures_campuses\`;`)
}
