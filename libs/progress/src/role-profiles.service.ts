import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { resolve } from 'node:path';
import { Level, loadRoleProfiles, RoleProfile, Stack } from '@prepstack/catalog';
import { AppConfig, InjectConfig } from '@prepstack/platform';
import { ProgressException } from './progress.exception';

/**
 * The role profiles (content/roles/<stack>-<level>.yaml, see catalog's role-profile.ts), read
 * once at start-up from CONTENT_DIR/roles and held in memory: twenty small files. An invalid or
 * missing file is logged with every field at fault and its stack × level has no readiness
 * (NOT_FOUND) until the content is fixed and the process restarted; `npm run content:check`
 * catches the same problems before they ship.
 */
@Injectable()
export class RoleProfilesService implements OnModuleInit {
  private readonly logger = new Logger(RoleProfilesService.name);
  private profiles = new Map<string, RoleProfile>();

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const dir = resolve(this.config.CONTENT_DIR);
    const { profiles, issues } = await loadRoleProfiles(dir);
    if (issues.length) this.logger.error(`role profiles in ${dir} have problems:\n${issues.map((i) => `  ${i.file}: ${i.field}: ${i.message}`).join('\n')}`);
    if (!profiles.length) this.logger.warn(`no role profiles under ${dir}/roles: readiness is unavailable`);
    this.profiles = new Map(profiles.map((p) => [`${p.stack}/${p.level}`, p]));
  }

  /** @throws ProgressException NOT_FOUND when there is no valid profile for the pair */
  get(stack: Stack, level: Level): RoleProfile {
    const profile = this.profiles.get(`${stack}/${level}`);
    if (!profile) throw ProgressException.noRoleProfile(stack, level);
    return profile;
  }

  /** Every loaded profile of a stack (or of all stacks), junior first. */
  list(stack?: Stack | null): RoleProfile[] {
    const order = Object.values(Level);
    return [...this.profiles.values()]
      .filter((p) => !stack || p.stack === stack)
      .sort((a, b) => a.stack.localeCompare(b.stack) || order.indexOf(a.level) - order.indexOf(b.level));
  }
}
