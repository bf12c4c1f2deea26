import { Injectable } from '@nestjs/common';
import { Clock } from '@prepstack/platform';
import { Level, Stack } from '@prepstack/catalog';
import { MasteryService } from './mastery.service';
import { ReadinessModel, RoleProfileModel } from './models/readiness.model';
import { RoleProfilesService } from './role-profiles.service';

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * Readiness for a role: coverage-weighted mastery over the role's profile (content/roles).
 * With wₜ the profile's weight of topic t and Mₜ the user's mastery of t in the stack now
 * (mastery.ts; 0 for a topic never practised):
 *
 *     readiness        = Σ wₜ·Mₜ / Σ wₜ
 *     coverage         = Σ_{t practised} wₜ / Σ wₜ
 *     masteryOfCovered = Σ_{t practised} wₜ·Mₜ / Σ_{t practised} wₜ
 *
 * so readiness = coverage × masteryOfCovered: a topic left untouched costs its whole weight,
 * and a topic practised counts as far as it is mastered.
 */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly mastery: MasteryService,
    private readonly profiles: RoleProfilesService,
    private readonly clock: Clock,
  ) {}

  /** @throws ProgressException NOT_FOUND on `level` when the pair has no valid profile */
  async readiness(userId: string, stack: Stack, level: Level): Promise<ReadinessModel> {
    const profile = this.profiles.get(stack, level);
    const [snapshot, topicModel] = await Promise.all([this.mastery.snapshot(userId, stack, this.clock.now(), null), this.mastery.topicModels()]);
    const total = profile.totalWeight;
    let earned = 0;
    let covered = 0;
    const topics = profile.topics.map(({ topic, weight }) => {
      const m = snapshot.topics.get(topic);
      const mastery = m?.mastery ?? 0;
      const practised = (m?.promptsAnswered ?? 0) > 0;
      earned += weight * mastery;
      if (practised) covered += weight;
      return { topic: topicModel(topic), weight, mastery, practised, contribution: round4((weight * mastery) / total), gap: round4((weight * (1 - mastery)) / total) };
    });
    return {
      stack,
      level,
      title: profile.title,
      summary: profile.summary,
      readiness: round4(earned / total),
      coverage: round4(covered / total),
      masteryOfCovered: covered > 0 ? round4(earned / covered) : null,
      totalWeight: total,
      topics,
    };
  }

  /** The loaded role profiles of a stack (or all), as the API shows them. */
  async roleProfiles(stack?: Stack | null): Promise<RoleProfileModel[]> {
    const topicModel = await this.mastery.topicModels();
    return this.profiles.list(stack).map((p) => ({
      stack: p.stack,
      level: p.level,
      title: p.title,
      summary: p.summary,
      topics: p.topics.map((t) => ({ topic: topicModel(t.topic), weight: t.weight })),
    }));
  }
}
