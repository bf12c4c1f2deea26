import { describe, expect, it } from 'vitest';
import { matchPath, withQuery } from './paths';

describe('matchPath', () => {
  it('matches literal segments and captures :params, decoded', () => {
    expect(matchPath('/catalog', '/catalog')).toEqual({ params: {} });
    expect(matchPath('/prompts/:slug', '/prompts/two%20sum')).toEqual({ params: { slug: 'two sum' } });
    expect(matchPath('/prompts/:slug', '/prompts/a/b')).toBeNull();
    expect(matchPath('/prompts/:slug', '/catalog/a')).toBeNull();
    expect(matchPath('/', '/')).toEqual({ params: {} });
  });

  it('refuses a malformed escape instead of throwing', () => {
    expect(matchPath('/prompts/:slug', '/prompts/%E0%A4%A')).toBeNull();
  });
});

describe('withQuery', () => {
  it('leaves out empty parameters', () => {
    expect(withQuery('/catalog', { stack: 'java', kind: '', level: undefined, topic: null })).toBe('/catalog?stack=java');
    expect(withQuery('/catalog', {})).toBe('/catalog');
    expect(withQuery('/catalog', { q: 'a "b" -c' })).toBe('/catalog?q=a+%22b%22+-c');
  });
});
