import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`exports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`form_submissions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_submissions_id\`) REFERENCES \`form_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exports_rels_order_idx\` ON \`exports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`exports_rels_parent_idx\` ON \`exports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`exports_rels_path_idx\` ON \`exports_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`exports_rels_form_submissions_id_idx\` ON \`exports_rels\` (\`form_submissions_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`exports_rels\`;`)
}
