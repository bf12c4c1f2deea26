import { Injectable, OnModuleInit } from '@nestjs/common';
import { Algorithm, hash, Options, parseOptions, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

/** Shortest and longest password accepted at registration, in characters. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's first configuration: 19 MiB of
 * memory, 2 passes, 1 lane (about 30–60 ms per hash on a server core).
 */
export const ARGON2_OPTIONS: Options = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * NFKC so that the same password typed on different keyboards (composed or decomposed
 * accents, full-width digits) is the same password (NIST SP 800-63B, 5.1.1.2).
 */
function normalise(password: string): string {
  return password.normalize('NFKC');
}

/** Hashes and checks passwords; knows nothing about users. */
@Injectable()
export class PasswordService implements OnModuleInit {
  private dummyHash?: Promise<string>;

  onModuleInit(): void {
    // Made at start-up, so the first unknown-email login is not slower than the others.
    this.dummy().catch(() => (this.dummyHash = undefined));
  }

  /** @returns an argon2id PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`) */
  hash(password: string): Promise<string> {
    return hash(normalise(password), ARGON2_OPTIONS);
  }

  /**
   * Checks `password` against a stored hash. With no hash (unknown email) it checks against a
   * dummy hash of the same cost, so both failures take the same time.
   */
  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    const target = passwordHash ?? (await this.dummy());
    try {
      const ok = await verify(target, normalise(password));
      return ok && passwordHash !== undefined;
    } catch {
      return false; // a malformed stored hash is a failed check, not a 500
    }
  }

  /** True when a stored hash was made with other parameters than {@link ARGON2_OPTIONS}. */
  needsRehash(passwordHash: string): boolean {
    try {
      const used = parseOptions(passwordHash);
      return (
        used.algorithm !== ARGON2_OPTIONS.algorithm ||
        used.memoryCost !== ARGON2_OPTIONS.memoryCost ||
        used.timeCost !== ARGON2_OPTIONS.timeCost ||
        used.parallelism !== ARGON2_OPTIONS.parallelism
      );
    } catch {
      return true;
    }
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= this.hash(randomBytes(24).toString('base64url'));
    return this.dummyHash;
  }
}
