import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`events_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`events_audiences_order_idx\` ON \`events_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_audiences_parent_idx\` ON \`events_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_event_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`events_event_languages_order_idx\` ON \`events_event_languages\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_event_languages_parent_idx\` ON \`events_event_languages\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Europe/Brussels',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Europe/Brussels',
  	\`format\` text,
  	\`venue_institution_id\` integer,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`flagship_id\` integer,
  	\`registration_url\` text,
  	\`registration_deadline\` text,
  	\`registrationdeadline_tz\` text DEFAULT 'Europe/Brussels',
  	\`updated_by_id\` integer,
  	\`translation_times\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`venue_institution_id\`) REFERENCES \`institutions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`flagship_id\`) REFERENCES \`flagships\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_ends_at_idx\` ON \`events\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`events_format_idx\` ON \`events\` (\`format\`);`)
  await db.run(
    sql`CREATE INDEX \`events_venue_institution_idx\` ON \`events\` (\`venue_institution_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`events_flagship_idx\` ON \`events\` (\`flagship_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_by_idx\` ON \`events\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`venue\` text,
  	\`slug\` text,
  	\`translation_approval\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events_locales\` (\`slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_locales_parent_id_idx\` ON \`events_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`institutions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`institutions_id\`) REFERENCES \`institutions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`events_rels_institutions_id_idx\` ON \`events_rels\` (\`institutions_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_audiences_order_idx\` ON \`_events_v_version_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_audiences_parent_idx\` ON \`_events_v_version_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_event_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_event_languages_order_idx\` ON \`_events_v_version_event_languages\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_event_languages_parent_idx\` ON \`_events_v_version_event_languages\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Europe/Brussels',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Europe/Brussels',
  	\`version_format\` text,
  	\`version_venue_institution_id\` integer,
  	\`version_location_lat\` numeric,
  	\`version_location_lng\` numeric,
  	\`version_flagship_id\` integer,
  	\`version_registration_url\` text,
  	\`version_registration_deadline\` text,
  	\`version_registrationdeadline_tz\` text DEFAULT 'Europe/Brussels',
  	\`version_updated_by_id\` integer,
  	\`version_translation_times\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_venue_institution_id\`) REFERENCES \`institutions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_flagship_id\`) REFERENCES \`flagships\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_ends_at_idx\` ON \`_events_v\` (\`version_ends_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_format_idx\` ON \`_events_v\` (\`version_format\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_venue_institution_idx\` ON \`_events_v\` (\`version_venue_institution_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_flagship_idx\` ON \`_events_v\` (\`version_flagship_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_updated_by_idx\` ON \`_events_v\` (\`version_updated_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_autosave_idx\` ON \`_events_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_venue\` text,
  	\`version_slug\` text,
  	\`version_translation_approval\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_locales_parent_id_idx\` ON \`_events_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`institutions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`institutions_id\`) REFERENCES \`institutions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_institutions_id_idx\` ON \`_events_v_rels\` (\`institutions_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`opportunities_call_for\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`opportunities_call_for_order_idx\` ON \`opportunities_call_for\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`opportunities_call_for_parent_idx\` ON \`opportunities_call_for\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`opportunities_instruction_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`opportunities_instruction_languages_order_idx\` ON \`opportunities_instruction_languages\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`opportunities_instruction_languages_parent_idx\` ON \`opportunities_instruction_languages\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`opportunities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`flagship_id\` integer,
  	\`application_deadline\` text,
  	\`applicationdeadline_tz\` text DEFAULT 'Europe/Brussels',
  	\`study_mode\` text,
  	\`eqf_level\` text,
  	\`ects\` numeric,
  	\`starts_on\` text,
  	\`ends_on\` text,
  	\`fee\` numeric,
  	\`application_url\` text,
  	\`updated_by_id\` integer,
  	\`translation_times\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`flagship_id\`) REFERENCES \`flagships\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`opportunities_kind_idx\` ON \`opportunities\` (\`kind\`);`)
  await db.run(
    sql`CREATE INDEX \`opportunities_flagship_idx\` ON \`opportunities\` (\`flagship_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`opportunities_application_deadline_idx\` ON \`opportunities\` (\`application_deadline\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`opportunities_updated_by_idx\` ON \`opportunities\` (\`updated_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`opportunities_updated_at_idx\` ON \`opportunities\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`opportunities_created_at_idx\` ON \`opportunities\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`opportunities__status_idx\` ON \`opportunities\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`opportunities_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`eligibility\` text,
  	\`fee_note\` text,
  	\`how_to_apply\` text,
  	\`slug\` text,
  	\`translation_approval\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`opportunities_slug_idx\` ON \`opportunities_locales\` (\`slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`opportunities_locales_locale_parent_id_unique\` ON \`opportunities_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`opportunities_locales_parent_id_idx\` ON \`opportunities_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`opportunities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`institutions_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`institutions_id\`) REFERENCES \`institutions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`opportunities_rels_order_idx\` ON \`opportunities_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`opportunities_rels_parent_idx\` ON \`opportunities_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`opportunities_rels_path_idx\` ON \`opportunities_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`opportunities_rels_institutions_id_idx\` ON \`opportunities_rels\` (\`institutions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`opportunities_rels_media_id_idx\` ON \`opportunities_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_opportunities_v_version_call_for\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_opportunities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_version_call_for_order_idx\` ON \`_opportunities_v_version_call_for\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_version_call_for_parent_idx\` ON \`_opportunities_v_version_call_for\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_opportunities_v_version_instruction_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_opportunities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_version_instruction_languages_order_idx\` ON \`_opportunities_v_version_instruction_languages\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_version_instruction_languages_parent_idx\` ON \`_opportunities_v_version_instruction_languages\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_opportunities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text,
  	\`version_flagship_id\` integer,
  	\`version_application_deadline\` text,
  	\`version_applicationdeadline_tz\` text DEFAULT 'Europe/Brussels',
  	\`version_study_mode\` text,
  	\`version_eqf_level\` text,
  	\`version_ects\` numeric,
  	\`version_starts_on\` text,
  	\`version_ends_on\` text,
  	\`version_fee\` numeric,
  	\`version_application_url\` text,
  	\`version_updated_by_id\` integer,
  	\`version_translation_times\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_flagship_id\`) REFERENCES \`flagships\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_parent_idx\` ON \`_opportunities_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_version_version_kind_idx\` ON \`_opportunities_v\` (\`version_kind\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_version_version_flagship_idx\` ON \`_opportunities_v\` (\`version_flagship_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_version_version_application_deadline_idx\` ON \`_opportunities_v\` (\`version_application_deadline\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_version_version_updated_by_idx\` ON \`_opportunities_v\` (\`version_updated_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_version_version_updated_at_idx\` ON \`_opportunities_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_version_version_created_at_idx\` ON \`_opportunities_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_version_version__status_idx\` ON \`_opportunities_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_created_at_idx\` ON \`_opportunities_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_updated_at_idx\` ON \`_opportunities_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_snapshot_idx\` ON \`_opportunities_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_published_locale_idx\` ON \`_opportunities_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_latest_idx\` ON \`_opportunities_v\` (\`latest\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_autosave_idx\` ON \`_opportunities_v\` (\`autosave\`);`,
  )
  await db.run(sql`CREATE TABLE \`_opportunities_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_eligibility\` text,
  	\`version_fee_note\` text,
  	\`version_how_to_apply\` text,
  	\`version_slug\` text,
  	\`version_translation_approval\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_opportunities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_version_version_slug_idx\` ON \`_opportunities_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_opportunities_v_locales_locale_parent_id_unique\` ON \`_opportunities_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_locales_parent_id_idx\` ON \`_opportunities_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_opportunities_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`institutions_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_opportunities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`institutions_id\`) REFERENCES \`institutions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_rels_order_idx\` ON \`_opportunities_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_rels_parent_idx\` ON \`_opportunities_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_rels_path_idx\` ON \`_opportunities_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_rels_institutions_id_idx\` ON \`_opportunities_v_rels\` (\`institutions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_opportunities_v_rels_media_id_idx\` ON \`_opportunities_v_rels\` (\`media_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`search_rels\` ADD \`events_id\` integer REFERENCES events(id);`)
  await db.run(
    sql`ALTER TABLE \`search_rels\` ADD \`opportunities_id\` integer REFERENCES opportunities(id);`,
  )
  await db.run(sql`CREATE INDEX \`search_rels_events_id_idx\` ON \`search_rels\` (\`events_id\`);`)
  await db.run(
    sql`CREATE INDEX \`search_rels_opportunities_id_idx\` ON \`search_rels\` (\`opportunities_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`events_id\` integer REFERENCES events(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`opportunities_id\` integer REFERENCES opportunities(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_opportunities_id_idx\` ON \`payload_locked_documents_rels\` (\`opportunities_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`events_audiences\`;`)
  await db.run(sql`DROP TABLE \`events_event_languages\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_event_languages\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`opportunities_call_for\`;`)
  await db.run(sql`DROP TABLE \`opportunities_instruction_languages\`;`)
  await db.run(sql`DROP TABLE \`opportunities\`;`)
  await db.run(sql`DROP TABLE \`opportunities_locales\`;`)
  await db.run(sql`DROP TABLE \`opportunities_rels\`;`)
  await db.run(sql`DROP TABLE \`_opportunities_v_version_call_for\`;`)
  await db.run(sql`DROP TABLE \`_opportunities_v_version_instruction_languages\`;`)
  await db.run(sql`DROP TABLE \`_opportunities_v\`;`)
  await db.run(sql`DROP TABLE \`_opportunities_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_opportunities_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_search_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`press_releases_id\` integer,
  	\`pages_id\` integer,
  	\`flagships_id\` integer,
  	\`institutions_id\` integer,
  	\`partners_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`flagships_id\`) REFERENCES \`flagships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`institutions_id\`) REFERENCES \`institutions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_search_rels\`("id", "order", "parent_id", "path", "press_releases_id", "pages_id", "flagships_id", "institutions_id", "partners_id") SELECT "id", "order", "parent_id", "path", "press_releases_id", "pages_id", "flagships_id", "institutions_id", "partners_id" FROM \`search_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`search_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_search_rels\` RENAME TO \`search_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`search_rels_order_idx\` ON \`search_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_parent_idx\` ON \`search_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_path_idx\` ON \`search_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`search_rels_press_releases_id_idx\` ON \`search_rels\` (\`press_releases_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`search_rels_pages_id_idx\` ON \`search_rels\` (\`pages_id\`);`)
  await db.run(
    sql`CREATE INDEX \`search_rels_flagships_id_idx\` ON \`search_rels\` (\`flagships_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`search_rels_institutions_id_idx\` ON \`search_rels\` (\`institutions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`search_rels_partners_id_idx\` ON \`search_rels\` (\`partners_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`press_releases_id\` integer,
  	\`pages_id\` integer,
  	\`institutions_id\` integer,
  	\`flagships_id\` integer,
  	\`partners_id\` integer,
  	\`terms_id\` integer,
  	\`media_id\` integer,
  	\`form_submissions_id\` integer,
  	\`users_id\` integer,
  	\`search_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`institutions_id\`) REFERENCES \`institutions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`flagships_id\`) REFERENCES \`flagships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`terms_id\`) REFERENCES \`terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_submissions_id\`) REFERENCES \`form_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "press_releases_id", "pages_id", "institutions_id", "flagships_id", "partners_id", "terms_id", "media_id", "form_submissions_id", "users_id", "search_id") SELECT "id", "order", "parent_id", "path", "press_releases_id", "pages_id", "institutions_id", "flagships_id", "partners_id", "terms_id", "media_id", "form_submissions_id", "users_id", "search_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_institutions_id_idx\` ON \`payload_locked_documents_rels\` (\`institutions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_flagships_id_idx\` ON \`payload_locked_documents_rels\` (\`flagships_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`terms_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_form_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`form_submissions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`,
  )
}
