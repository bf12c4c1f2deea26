import { Module } from '@nestjs/common';
import { CatalogResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';
import { ContentImportService } from './content/content-import.service';

/** Stacks, topics and prompts: content import and the catalog's GraphQL reads. */
@Module({
  providers: [CatalogService, CatalogResolver, ContentImportService],
  exports: [CatalogService, ContentImportService],
})
export class CatalogModule {}
