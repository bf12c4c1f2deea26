import { describe, expect, it } from 'vitest';
import { PasswordService } from './passwords.service';

describe('PasswordService', () => {
  const passwords = new PasswordService();

  it('hashes with argon2id and the configured cost, salted', async () => {
    const a = await passwords.hash('correct horse battery');
    const b = await passwords.hash('correct horse battery');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(passwords.needsRehash(a)).toBe(false);
  });

  it('verifies the right password only', async () => {
    const stored = await passwords.hash('correct horse battery');
    expect(await passwords.verify(stored, 'correct horse battery')).toBe(true);
    expect(await passwords.verify(stored, 'correct horse batterY')).toBe(false);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const stored = await passwords.hash('caf\u00e9-caf\u00e9-caf\u00e9');
    expect(await passwords.verify(stored, 'cafe\u0301-cafe\u0301-cafe\u0301')).toBe(true);
  });

  it('fails without a stored hash, after the same amount of work', async () => {
    const stored = await passwords.hash('correct horse battery');
    await passwords.verify(undefined, 'warm up the dummy hash');
    const median = async (fn: () => Promise<boolean>) => {
      const ms: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        expect(await fn()).toBe(false);
        ms.push(performance.now() - start);
      }
      return ms.sort((a, b) => a - b)[2];
    };
    const known = await median(() => passwords.verify(stored, 'wrong password!'));
    const unknown = await median(() => passwords.verify(undefined, 'wrong password!'));
    // Both run one argon2id verification of the same cost; skipping it would be ~100× faster.
    expect(unknown).toBeGreaterThan(known / 3);
    expect(unknown).toBeLessThan(known * 3);
  });

  it('asks for a rehash of weaker or malformed hashes', () => {
    expect(passwords.needsRehash('$argon2id$v=19$m=4096,t=3,p=1$c2FsdHNhbHRzYWx0$J2K6Ta6ky2ETj+P9/mK9b2Z8wPGGnx0gdz3e+mG3bXo')).toBe(true);
    expect(passwords.needsRehash('not a hash')).toBe(true);
  });

  it('reports a malformed stored hash as a failed check', async () => {
    expect(await passwords.verify('not a hash', 'whatever')).toBe(false);
  });
});
