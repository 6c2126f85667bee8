import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_institutions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`official_name\` text,
  	\`slug\` text NOT NULL,
  	\`kind\` text DEFAULT 'member' NOT NULL,
  	\`country\` text NOT NULL,
  	\`city\` text,
  	\`website\` text,
  	\`logo_id\` integer,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`order\` numeric DEFAULT 0,
  	\`translation_times\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_institutions\`("id", "name", "official_name", "slug", "kind", "country", "city", "website", "logo_id", "location_lat", "location_lng", "order", "translation_times", "updated_at", "created_at") SELECT "id", "name", "official_name", "slug", "kind", "country", "city", "website", "logo_id", "location_lat", "location_lng", "order", "translation_times", "updated_at", "created_at" FROM \`institutions\`;`,
  )
  await db.run(sql`DROP TABLE \`institutions\`;`)
  await db.run(sql`ALTER TABLE \`__new_institutions\` RENAME TO \`institutions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`institutions_slug_idx\` ON \`institutions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`institutions_kind_idx\` ON \`institutions\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`institutions_logo_idx\` ON \`institutions\` (\`logo_id\`);`)
  await db.run(
    sql`CREATE INDEX \`institutions_updated_at_idx\` ON \`institutions\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`institutions_created_at_idx\` ON \`institutions\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_institutions_locales\` (
  	\`summary\` text,
  	\`description\` text,
  	\`translation_approval\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`institutions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_institutions_locales\`("summary", "description", "translation_approval", "id", "_locale", "_parent_id") SELECT "summary", "description", "translation_approval", "id", "_locale", "_parent_id" FROM \`institutions_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`institutions_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_institutions_locales\` RENAME TO \`institutions_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`institutions_locales_locale_parent_id_unique\` ON \`institutions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`institutions_locales_parent_id_idx\` ON \`institutions_locales\` (\`_parent_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_institutions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`official_name\` text,
  	\`slug\` text NOT NULL,
  	\`kind\` text DEFAULT 'member' NOT NULL,
  	\`country\` text NOT NULL,
  	\`city\` text NOT NULL,
  	\`website\` text NOT NULL,
  	\`logo_id\` integer,
  	\`location_lat\` numeric NOT NULL,
  	\`location_lng\` numeric NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`translation_times\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_institutions\`("id", "name", "official_name", "slug", "kind", "country", "city", "website", "logo_id", "location_lat", "location_lng", "order", "translation_times", "updated_at", "created_at") SELECT "id", "name", "official_name", "slug", "kind", "country", "city", "website", "logo_id", "location_lat", "location_lng", "order", "translation_times", "updated_at", "created_at" FROM \`institutions\`;`,
  )
  await db.run(sql`DROP TABLE \`institutions\`;`)
  await db.run(sql`ALTER TABLE \`__new_institutions\` RENAME TO \`institutions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`institutions_slug_idx\` ON \`institutions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`institutions_kind_idx\` ON \`institutions\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`institutions_logo_idx\` ON \`institutions\` (\`logo_id\`);`)
  await db.run(
    sql`CREATE INDEX \`institutions_updated_at_idx\` ON \`institutions\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`institutions_created_at_idx\` ON \`institutions\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_institutions_locales\` (
  	\`summary\` text NOT NULL,
  	\`description\` text,
  	\`translation_approval\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`institutions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_institutions_locales\`("summary", "description", "translation_approval", "id", "_locale", "_parent_id") SELECT "summary", "description", "translation_approval", "id", "_locale", "_parent_id" FROM \`institutions_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`institutions_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_institutions_locales\` RENAME TO \`institutions_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`institutions_locales_locale_parent_id_unique\` ON \`institutions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`institutions_locales_parent_id_idx\` ON \`institutions_locales\` (\`_parent_id\`);`,
  )
}
