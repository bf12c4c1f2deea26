import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Table `content_import`: one row per import that changed something; its id is the catalog version. */
@Entity({ name: 'content_import' })
export class ContentImportEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  /** sha256 over every file of the bank at import time. */
  @Column({ name: 'bank_hash', type: 'text' })
  bankHash: string;

  @Column({ type: 'int' })
  created: number;

  @Column({ type: 'int' })
  updated: number;

  @Column({ type: 'int' })
  unchanged: number;

  @Column({ type: 'int' })
  retired: number;

  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' })
  importedAt: Date;
}
