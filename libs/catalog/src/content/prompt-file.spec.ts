import { describe, expect, it } from 'vitest';
import { promptFile } from '../../../../tests/harness/content-factory';
import { parsePromptFile } from './prompt-file';

describe('parsePromptFile', () => {
  it('splits the body from the reference answer and expands cross-stack prompts', () => {
    const { prompt, issues } = parsePromptFile('prompts/knowledge/k.md', promptFile({ slug: 'k', body: 'Question?', reference: 'Answer.' }));
    expect(issues).toEqual([]);
    expect(prompt).toMatchObject({ body: 'Question?', referenceAnswer: 'Answer.', stacks: ['java', 'python', 'node', 'go', 'dotnet'] });
    expect(prompt!.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the field for each schema problem', () => {
    const raw = promptFile({ slug: 'k', fields: { level: 'GURU', suggestedMinutes: 0, stacks: ['cobol'] } });
    const fields = parsePromptFile('prompts/knowledge/k.md', raw).issues.map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['level', 'suggestedMinutes', 'stacks']));
  });

  it('reports broken YAML with its line instead of throwing', () => {
    const { issues } = parsePromptFile('prompts/knowledge/k.md', '---\nslug: [unclosed\n---\nBody\n\n## Reference answer\n\nx\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: '(front matter)' });
    expect(issues[0].message).toMatch(/not valid YAML/);
  });

  it('requires the block of its kind and refuses the others', () => {
    const raw = promptFile({ slug: 'k', kind: 'KNOWLEDGE', fields: { design: { functionalRequirements: ['a', 'b', 'c'], nonFunctionalRequirements: ['a', 'b'], scale: [{ label: 'a', value: 1 }, { label: 'b', value: 2 }] } } });
    expect(parsePromptFile('prompts/knowledge/k.md', raw).issues).toEqual([
      expect.objectContaining({ field: 'design', message: 'is not allowed for kind KNOWLEDGE' }),
    ]);
  });
});
