/**
 * attune's access rules, in one place. Every read of a couple table goes through this module
 * (this file and `scope/`; a test fails for any other `selectFrom` of one), so "which rows may this person see" is decided
 * here and nowhere else — for the API, for statistics and for "download my data" alike.
 *
 * - A couple's rows are seen only by that couple's members.
 * - A private row is seen by its author only: not the partner, not a coach, in no view, export
 *   or statistic computed for anyone else.
 * - Only the author edits or deletes an entry; either partner may mark a shared promise kept or
 *   broken (the partner it was made to is usually the one who knows).
 */

export * from './scope/areas.ts';
export * from './scope/coach.ts';
export * from './scope/people.ts';
export * from './scope/rules.ts';
export * from './viewer.ts';
