import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { databaseOptions } from '../../../../apps/api/src/database/database.config';
import { createContentDir, ContentDir, promptFile } from '../../../../tests/harness/content-factory';
import { createTestDatabase, TestDatabase } from '../../../../tests/harness/database';
import { ContentImportService } from './content-import.service';
import { ContentValidationError, parseTopicsFile } from './prompt-file';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

describe('ContentImportService (real Postgres)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let importer: ContentImportService;
  let content: ContentDir;

  const count = async (sql: string) => Number((await dataSource.query(sql))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(databaseOptions(db.url, 2)).initialize();
    importer = new ContentImportService(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });
  beforeEach(async () => {
    await dataSource.query('TRUNCATE prompt, prompt_revision, topic, content_import CASCADE');
    content = await createContentDir([
      { slug: 'k-one', kind: 'KNOWLEDGE' },
      { slug: 'd-one', kind: 'DSA' },
      { slug: 'b-one', kind: 'BEHAVIOURAL' },
      { slug: 's-one', kind: 'SYSTEM_DESIGN' },
    ]);
    return () => content.dispose();
  });

  it('creates every prompt and topic, then reports them unchanged on a second run', async () => {
    const first = await importer.importDirectory(content.dir);
    expect(first).toMatchObject({ created: 4, updated: 0, unchanged: 0, retired: 0, skipped: false });
    expect(await count('SELECT count(*) n FROM prompt')).toBe(4);
    const { topics } = parseTopicsFile(await readFile(join(content.dir, 'topics.yaml'), 'utf8'));
    expect(await count('SELECT count(*) n FROM topic')).toBe(topics.length);
    expect(await count('SELECT count(*) n FROM prompt_revision')).toBe(4);

    const second = await importer.importDirectory(content.dir);
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 4, retired: 0 });
    expect(await count('SELECT count(*) n FROM prompt_revision')).toBe(4);
  });

  it('skips the whole bank when its hash matches the last import (start-up mode)', async () => {
    await importer.importDirectory(content.dir, { onlyIfChanged: true });
    const again = await importer.importDirectory(content.dir, { onlyIfChanged: true });
    expect(again.skipped).toBe(true);
    await content.write({ slug: 'k-two' });
    const changed = await importer.importDirectory(content.dir, { onlyIfChanged: true });
    expect(changed).toMatchObject({ skipped: false, created: 1, unchanged: 4 });
  });

  it('bumps the revision and keeps the old one when a file changes', async () => {
    await importer.importDirectory(content.dir);
    await content.write({ slug: 'k-one', body: 'A reworded question.' });
    const report = await importer.importDirectory(content.dir);
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    const [row] = await dataSource.query(`SELECT id, revision, body FROM prompt WHERE slug = 'k-one'`);
    expect(row).toMatchObject({ revision: 2, body: 'A reworded question.' });
    const revisions = await dataSource.query('SELECT revision FROM prompt_revision WHERE prompt_id = $1 ORDER BY revision', [row.id]);
    expect(revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
  });

  it('retires a prompt whose file is gone and revives it when it returns', async () => {
    await importer.importDirectory(content.dir);
    await content.remove('k-one');
    expect(await importer.importDirectory(content.dir)).toMatchObject({ retired: 1, unchanged: 3 });
    expect(await count(`SELECT count(*) n FROM prompt WHERE retired_at IS NOT NULL`)).toBe(1);
    await content.write({ slug: 'k-one' });
    expect(await importer.importDirectory(content.dir)).toMatchObject({ updated: 1, retired: 0 });
    expect(await count(`SELECT count(*) n FROM prompt WHERE retired_at IS NOT NULL`)).toBe(0);
  });

  it('imports nothing when one file is invalid, and names the file and the field', async () => {
    await importer.importDirectory(content.dir);
    await content.write({ slug: 'k-one', body: 'Changed, but must not land.' });
    await content.write({ slug: 'k-bad', fields: { difficulty: 'IMPOSSIBLE' } });
    await content.write({ slug: 'k-weights', fields: { rubric: [{ id: 'a', title: 'A', weight: 30, levels: { 1: 'x', 2: 'y', 3: 'z' } }, { id: 'b', title: 'B', weight: 30, levels: { 1: 'x', 2: 'y', 3: 'z' } }] } });
    await content.write({ slug: 'k-topic', fields: { topics: ['backend/no-such-topic'] } });
    const error = await importer.importDirectory(content.dir).catch((e) => e);
    expect(error).toBeInstanceOf(ContentValidationError);
    const issues = (error as ContentValidationError).issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'prompts/knowledge/k-bad.md', field: 'difficulty' }),
        expect.objectContaining({ file: 'prompts/knowledge/k-weights.md', field: 'rubric', message: 'weights add up to 60, not 100' }),
        expect.objectContaining({ file: 'prompts/knowledge/k-topic.md', field: 'topics.0' }),
      ]),
    );
    expect(await count('SELECT count(*) n FROM prompt')).toBe(4);
    expect((await dataSource.query(`SELECT body FROM prompt WHERE slug = 'k-one'`))[0].body).toBe('Body of k-one.');
  });

  it('rejects a duplicate slug, a slug that is not the file name and a missing reference answer', async () => {
    await content.writeRaw('prompts/knowledge/extra/k-one.md', promptFile({ slug: 'k-one' }));
    await content.writeRaw('prompts/knowledge/renamed.md', promptFile({ slug: 'other-slug' }));
    await content.writeRaw('prompts/knowledge/no-ref.md', '---\nslug: no-ref\n---\nJust a body.\n');
    const error = (await importer.importDirectory(content.dir).catch((e) => e)) as ContentValidationError;
    expect(error.issues.map((i) => `${i.file} ${i.field}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/k-one\.md slug$/),
        'prompts/knowledge/renamed.md slug',
        expect.stringMatching(/^prompts\/knowledge\/no-ref\.md /),
      ]),
    );
    expect(await count('SELECT count(*) n FROM prompt')).toBe(0);
  });

  it('lets two processes import at once without duplicates', async () => {
    const other = new ContentImportService(dataSource);
    const [a, b] = await Promise.all([importer.importDirectory(content.dir), other.importDirectory(content.dir)]);
    expect(a.created + b.created).toBe(4);
    expect(await count('SELECT count(*) n FROM prompt')).toBe(4);
  });
});
