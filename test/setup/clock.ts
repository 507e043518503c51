/**
 * A shifted wall clock, to run the suite at the hours (and on the days) dates go wrong.
 *
 * The test couples live in Berlin and New York, so from 23:00 to 05:00 UTC one partner's today is
 * not the other's (and 23:00–24:00 not UTC's either). `ATTUNE_TEST_CLOCK=23:30` starts this
 * process's clock today at 23:30 UTC, `ATTUNE_TEST_CLOCK=2027-01-01T23:30` on that day, and lets
 * it tick on; unset, the clock is the real one. Every Date in the process moves (the app runs
 * in-process; no SQL reads the server's clock), and child processes get the same shift.
 */
const wanted = process.env.ATTUNE_TEST_CLOCK;

if (wanted) {
  const Real = Date;
  // Child processes (the CLI, a second app server) get the same shift through NODE_OPTIONS.
  let shift = Number(process.env.ATTUNE_TEST_CLOCK_SHIFT_MS);
  if (!Number.isFinite(shift)) {
    const m = /^(?:(\d{4}-\d{2}-\d{2})T)?([01]\d|2[0-3]):([0-5]\d)$/.exec(wanted);
    const start = m ? new Real(`${m[1] ?? new Real().toISOString().slice(0, 10)}T${m[2]}:${m[3]}:00Z`) : null;
    const real = start && !Number.isNaN(start.getTime()) && (!m?.[1] || start.toISOString().startsWith(m[1]));
    if (!real) throw new Error(`ATTUNE_TEST_CLOCK must be HH:MM or YYYY-MM-DDTHH:MM (UTC), not "${wanted}"`);
    shift = start.getTime() - Real.now();
    process.env.ATTUNE_TEST_CLOCK_SHIFT_MS = String(shift);
    process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import=${import.meta.url}`.trim();
  }
  class Shifted extends Real {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(Real.now() + shift);
      else super(...(args as ConstructorParameters<DateConstructor>));
    }
    static override now(): number {
      return Real.now() + shift;
    }
  }
  globalThis.Date = Shifted as DateConstructor;
}
