import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EventVisibility, SessionEventType } from '../domain';

/** Table `session_event`: the append-only log of a mock session, gap-free seq per session. */
@Entity({ name: 'session_event' })
export class SessionEventEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ type: 'int' })
  seq: number;

  @Column({ type: 'text' })
  type: SessionEventType;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'text' })
  visibility: EventVisibility;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
