import { mkdir, mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Level, Stack } from '../domain';
import { loadQuestionBank } from './prompt-file';
import { checkRoleProfiles, loadRoleProfiles, parseRoleProfile, roleProfilePath } from './role-profile';

const CONTENT = resolve(__dirname, '../../../../content');
const known = new Set(['backend/sql', 'backend/api-design', 'node/testing', 'dsa/graphs']);
const valid = `stack: node
level: JUNIOR
title: Junior Node.js developer
summary: Adds endpoints.
topics:
  backend/sql: 5
  backend/api-design: 4
  node/testing: 3
`;

describe('role profiles', () => {
  it('ships one valid profile per stack × level, each topic covered by a prompt of its stack', async () => {
    const { profiles, issues } = await loadRoleProfiles(CONTENT, { requireAll: true });
    expect(issues).toEqual([]);
    expect(profiles).toHaveLength(20);
    for (const stack of Object.values(Stack)) {
      for (const level of Object.values(Level)) expect(profiles.find((p) => p.stack === stack && p.level === level)?.sourcePath).toBe(roleProfilePath(stack, level));
    }
    const bank = await loadQuestionBank(CONTENT);
    expect(await checkRoleProfiles(CONTENT, bank.prompts)).toEqual([]);
  });

  it('reads a profile with its weights in file order', () => {
    const { profile, issues } = parseRoleProfile('roles/node-junior.yaml', valid, known);
    expect(issues).toEqual([]);
    expect(profile).toMatchObject({ stack: 'node', level: 'JUNIOR', totalWeight: 12, topics: [{ topic: 'backend/sql', weight: 5 }, { topic: 'backend/api-design', weight: 4 }, { topic: 'node/testing', weight: 3 }] });
  });

  it('names the file and field of every problem', () => {
    const issues = (text: string, path = 'roles/node-junior.yaml') => parseRoleProfile(path, text, known).issues.map((i) => `${i.field}: ${i.message}`);
    expect(issues(valid.replace('backend/sql: 5', 'backend/sql: 0'))).toEqual(['topics.backend/sql: must be positive (1..10)']);
    expect(issues(valid.replace('backend/sql: 5', 'backend/sql: 2.5'))).toEqual(['topics.backend/sql: must be a whole number']);
    expect(issues(valid.replace('backend/sql: 5', 'backend/nosql: 5'))).toEqual(["topics.backend/nosql: unknown topic 'backend/nosql' (see topics.yaml)"]);
    expect(issues(valid.replace('level: JUNIOR', 'level: LEAD'))[0]).toMatch(/^level: /);
    expect(issues(valid, 'roles/node-mid.yaml')).toEqual(['(file): a node JUNIOR profile must be named roles/node-junior.yaml']);
    expect(issues(`${valid}extra: 1\n`)).toEqual(['extra: is not a known field']);
    expect(issues('stack: [')[0]).toMatch(/^\(file\): is not valid YAML/);
  });

  describe('a content folder with problems', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'prepstack-roles-'));
      await copyFile(join(CONTENT, 'topics.yaml'), join(dir, 'topics.yaml'));
      await mkdir(join(dir, 'roles'));
      await writeFile(join(dir, 'roles', 'node-junior.yaml'), valid);
      await writeFile(join(dir, 'roles', 'notes.txt'), 'x');
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('keeps the valid files, and with requireAll reports each missing stack × level', async () => {
      const lenient = await loadRoleProfiles(dir);
      expect(lenient.profiles.map((p) => p.sourcePath)).toEqual(['roles/node-junior.yaml']);
      expect(lenient.issues).toEqual([{ file: 'roles/notes.txt', field: '(file)', message: 'is not a .yaml role profile' }]);
      const strict = await loadRoleProfiles(dir, { requireAll: true });
      expect(strict.issues.filter((i) => i.message.startsWith('is missing')).map((i) => i.file)).toHaveLength(19);
      expect(strict.issues.map((i) => i.file)).toContain('roles/go-staff.yaml');
    });

    it('warns about a profile topic no prompt of the stack covers', async () => {
      const issues = await checkRoleProfiles(dir, [{ stacks: ['node'], topics: ['backend/sql', 'backend/api-design'] }]);
      expect(issues).toContainEqual({ file: 'roles/node-junior.yaml', field: 'topics.node/testing', message: 'warning: no prompt of stack node covers this topic yet' });
    });
  });
});
