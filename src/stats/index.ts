/** The statistics of attune: pure functions, no I/O. Each file documents its references. */
export * from './automaticity.ts';
export * from './change-points.ts';
export * from './change-stuck.ts';
export * from './distributions.ts';
export * from './fdr.ts';
export * from './habit-strength.ts';
export * from './lagged.ts';
export * from './nonoverlap.ts';
export * from './random.ts';
export * from './randomization.ts';
export * from './retention.ts';
export * from './rolling.ts';
export * from './scales.ts';
export * from './single-case.ts';
export * from './thompson.ts';
export * from './trust.ts';
