import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ContentImportEntity, PromptEntity, TopicEntity } from '../entities';
import { loadQuestionBank, ParsedPrompt, QuestionBank } from './prompt-file';

/** What an import did, per prompt. */
export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  /** Prompts whose file left the bank (kept, marked retired). */
  retired: number;
  bankHash: string;
  /** True when the bank was identical to the last import and nothing was read into the DB. */
  skipped: boolean;
}

/** Serialises imports across API processes (pg_advisory_xact_lock key). */
const IMPORT_LOCK = 7_263_002;

/** Called after an import that changed something, e.g. to drop cached catalog reads. */
export type ImportListener = (report: ImportReport) => void;

/**
 * Loads the question bank from Markdown files into Postgres. Idempotent by slug and content
 * hash, all-or-nothing (one transaction), and safe to run from several processes at once.
 */
@Injectable()
export class ContentImportService {
  private readonly logger = new Logger(ContentImportService.name);
  private readonly listeners: ImportListener[] = [];

  constructor(private readonly dataSource: DataSource) {}

  /** Registers a callback run after every import that was not skipped. */
  onImported(listener: ImportListener): void {
    this.listeners.push(listener);
  }

  /**
   * Validates every file under `contentDir`, then upserts topics and prompts in one transaction.
   *
   * @param options.onlyIfChanged skip (report `skipped`) when the bank hash equals the last import's
   * @throws ContentValidationError naming each file and field at fault; nothing is written then
   */
  async importDirectory(contentDir: string, options: { onlyIfChanged?: boolean } = {}): Promise<ImportReport> {
    const bank = await loadQuestionBank(contentDir);
    const report = await this.dataSource.transaction((manager) => this.importBank(manager, bank, options.onlyIfChanged ?? false));
    if (!report.skipped) {
      this.logger.log(
        `content imported: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.retired} retired`,
      );
      this.listeners.forEach((l) => l(report));
    }
    return report;
  }

  private async importBank(manager: EntityManager, bank: QuestionBank, onlyIfChanged: boolean): Promise<ImportReport> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
    const report: ImportReport = { created: 0, updated: 0, unchanged: 0, retired: 0, bankHash: bank.bankHash, skipped: false };
    if (onlyIfChanged) {
      const last = await manager.getRepository(ContentImportEntity).findOne({ where: {}, order: { id: 'DESC' } });
      if (last?.bankHash === bank.bankHash) return { ...report, skipped: true };
    }

    await manager.getRepository(TopicEntity).upsert(bank.topics, ['id']);

    const existing = new Map(
      (await manager.getRepository(PromptEntity).find({ select: { id: true, slug: true, contentHash: true, revision: true, retiredAt: true } })).map((p) => [
        p.slug,
        p,
      ]),
    );
    for (const prompt of bank.prompts) {
      const current = existing.get(prompt.slug);
      existing.delete(prompt.slug);
      if (current && current.contentHash === prompt.contentHash && !current.retiredAt) {
        report.unchanged++;
        continue;
      }
      const revision = current ? (current.contentHash === prompt.contentHash ? current.revision : current.revision + 1) : 1;
      const id = await this.upsertPrompt(manager, prompt, revision);
      if (!current || current.contentHash !== prompt.contentHash) {
        await manager.query(
          'INSERT INTO prompt_revision (prompt_id, revision, content_hash, snapshot) VALUES ($1, $2, $3, $4)',
          [id, revision, prompt.contentHash, JSON.stringify(prompt)],
        );
      }
      if (current) report.updated++;
      else report.created++;
    }
    const gone = [...existing.values()].filter((p) => !p.retiredAt).map((p) => p.id);
    if (gone.length) {
      await manager.query('UPDATE prompt SET retired_at = now(), updated_at = now() WHERE id = ANY($1)', [gone]);
      report.retired = gone.length;
    }
    if (report.created + report.updated + report.retired > 0 || onlyIfChanged) {
      await manager.getRepository(ContentImportEntity).insert({
        bankHash: bank.bankHash,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        retired: report.retired,
      });
    }
    return report;
  }

  /** Inserts or updates one prompt by slug, computing its search vector; returns its id. */
  private async upsertPrompt(manager: EntityManager, p: ParsedPrompt, revision: number): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO prompt (slug, title, kind, difficulty, level, stacks, topics, tags, body, reference_answer,
                           hints, rubric, follow_ups, suggested_minutes, dsa, design, behavioural,
                           content_hash, revision, source_path, search, retired_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
               setweight(to_tsvector('english', $2), 'A') ||
               setweight(to_tsvector('english', array_to_string($8::text[], ' ') || ' ' || array_to_string($7::text[], ' ')), 'B') ||
               setweight(to_tsvector('english', $9), 'C'),
               NULL)
       ON CONFLICT (slug) DO UPDATE SET
         title = EXCLUDED.title, kind = EXCLUDED.kind, difficulty = EXCLUDED.difficulty, level = EXCLUDED.level,
         stacks = EXCLUDED.stacks, topics = EXCLUDED.topics, tags = EXCLUDED.tags, body = EXCLUDED.body,
         reference_answer = EXCLUDED.reference_answer, hints = EXCLUDED.hints, rubric = EXCLUDED.rubric,
         follow_ups = EXCLUDED.follow_ups, suggested_minutes = EXCLUDED.suggested_minutes, dsa = EXCLUDED.dsa,
         design = EXCLUDED.design, behavioural = EXCLUDED.behavioural, content_hash = EXCLUDED.content_hash,
         revision = EXCLUDED.revision, source_path = EXCLUDED.source_path, search = EXCLUDED.search,
         retired_at = NULL, updated_at = now()
       RETURNING id`,
      [
        p.slug,
        p.title,
        p.kind,
        p.difficulty,
        p.level,
        p.stacks,
        p.topics,
        p.tags,
        p.body,
        p.referenceAnswer,
        JSON.stringify(p.hints),
        JSON.stringify(p.rubric),
        JSON.stringify(p.followUps),
        p.suggestedMinutes,
        p.dsa ? JSON.stringify(p.dsa) : null,
        p.design ? JSON.stringify(p.design) : null,
        p.behavioural ? JSON.stringify(p.behavioural) : null,
        p.contentHash,
        revision,
        p.sourcePath,
      ],
    );
    return rows[0].id;
  }
}
