export { EXPORT_FORMAT } from './export/export.service';
export { FORGETTING_CURVE, masteryOf, retrievabilityAt, SCORE_HALF_LIFE_DAYS, scoreWeight } from './mastery';
export { ProgressException } from './progress.exception';
export { ProgressModule } from './progress.module';
export * from './sql';
