import { MigrationInterface, QueryRunner } from 'typeorm';

/** The catalog: topics, prompts with their revisions and full-text search, import history. */
export class Catalog1763712000000 implements MigrationInterface {
  name = 'Catalog1763712000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE topic (
        id text PRIMARY KEY,
        area text NOT NULL,
        area_title text NOT NULL,
        title text NOT NULL,
        position int NOT NULL
      )`);
    await q.query(`
      CREATE TABLE prompt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('DSA', 'SYSTEM_DESIGN', 'BEHAVIOURAL', 'KNOWLEDGE')),
        difficulty text NOT NULL CHECK (difficulty IN ('EASY', 'MEDIUM', 'HARD')),
        level text NOT NULL CHECK (level IN ('JUNIOR', 'MID', 'SENIOR', 'STAFF')),
        stacks text[] NOT NULL,
        topics text[] NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        body text NOT NULL,
        reference_answer text NOT NULL,
        hints jsonb NOT NULL,
        rubric jsonb NOT NULL,
        follow_ups jsonb NOT NULL,
        suggested_minutes int NOT NULL CHECK (suggested_minutes > 0),
        dsa jsonb,
        design jsonb,
        behavioural jsonb,
        content_hash text NOT NULL,
        revision int NOT NULL DEFAULT 1,
        source_path text NOT NULL,
        search tsvector NOT NULL,
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX prompt_search_idx ON prompt USING gin (search)`);
    await q.query(`CREATE INDEX prompt_stacks_idx ON prompt USING gin (stacks)`);
    await q.query(`CREATE INDEX prompt_topics_idx ON prompt USING gin (topics)`);
    await q.query(`CREATE INDEX prompt_kind_level_idx ON prompt (kind, level) WHERE retired_at IS NULL`);
    await q.query(`
      CREATE TABLE prompt_revision (
        prompt_id uuid NOT NULL REFERENCES prompt (id) ON DELETE CASCADE,
        revision int NOT NULL,
        content_hash text NOT NULL,
        snapshot jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (prompt_id, revision)
      )`);
    await q.query(`
      CREATE TABLE content_import (
        id serial PRIMARY KEY,
        bank_hash text NOT NULL,
        created int NOT NULL,
        updated int NOT NULL,
        unchanged int NOT NULL,
        retired int NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE content_import');
    await q.query('DROP TABLE prompt_revision');
    await q.query('DROP TABLE prompt');
    await q.query('DROP TABLE topic');
  }
}
