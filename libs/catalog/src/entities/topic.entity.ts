import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Table `topic`: the two-level taxonomy from content/topics.yaml. */
@Entity({ name: 'topic' })
export class TopicEntity {
  /** `area/topic`, e.g. `dsa/graphs`. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  area: string;

  @Column({ name: 'area_title', type: 'text' })
  areaTitle: string;

  @Column({ type: 'text' })
  title: string;

  /** Display order, from the file. */
  @Column({ type: 'int' })
  position: number;
}
