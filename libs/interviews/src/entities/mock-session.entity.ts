import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Table `mock_session`: a room and the projections of its log that queries need (status, the
 * timer deadline for the sweeper, the seq counter that serialises appends).
 */
@Entity({ name: 'mock_session' })
export class MockSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'join_code', type: 'text', unique: true })
  joinCode: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ type: 'text' })
  stack: string;

  @Column({ type: 'text' })
  level: string;

  @Column({ type: 'text' })
  status: 'LIVE' | 'ENDED';

  /** Seq of the last event appended; the next is last_seq + 1. */
  @Column({ name: 'last_seq', type: 'int' })
  lastSeq: number;

  @Column({ name: 'timer_deadline', type: 'timestamptz', nullable: true })
  timerDeadline: Date | null;

  @Column({ name: 'attempts_recorded_at', type: 'timestamptz', nullable: true })
  attemptsRecordedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
