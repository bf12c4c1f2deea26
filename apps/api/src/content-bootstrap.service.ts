import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { resolve } from 'node:path';
import { AppConfig, InjectConfig } from '@prepstack/platform';
import { ContentImportService, ContentValidationError } from '@prepstack/catalog';

/**
 * Imports the question bank at start-up when its files changed since the last import
 * (CONTENT_IMPORT_ON_START). Invalid content is logged with every file and field at fault and
 * the catalog keeps its previous state.
 */
@Injectable()
export class ContentBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ContentBootstrapService.name);

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly importer: ContentImportService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.CONTENT_IMPORT_ON_START) return;
    try {
      const report = await this.importer.importDirectory(resolve(this.config.CONTENT_DIR), { onlyIfChanged: true });
      if (report.skipped) this.logger.log('content unchanged since the last import');
    } catch (error) {
      if (!(error instanceof ContentValidationError)) throw error;
      this.logger.error(`${error.message}\nthe catalog keeps its previous content`);
    }
  }
}
