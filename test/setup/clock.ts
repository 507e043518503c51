/**
 * A shifted wall clock, to run the suite at the hours when the partners' days differ.
 *
 * The test couples live in Berlin and New York, so from 23:00 to 05:00 UTC one partner's today is
 * not the other's (and 23:00–24:00 not UTC's either). `ATTUNE_TEST_CLOCK=23:30` starts this
 * process's clock today at 23:30 UTC and lets it tick on; unset, the clock is the real one. Every
 * Date in the process moves (the app runs in-process; no SQL reads the server's clock).
 */
const wanted = process.env.ATTUNE_TEST_CLOCK;

if (wanted) {
  const Real = Date;
  // Child processes (the CLI, a second app server) get the same shift through NODE_OPTIONS.
  let shift = Number(process.env.ATTUNE_TEST_CLOCK_SHIFT_MS);
  if (!Number.isFinite(shift)) {
    const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(wanted);
    if (!m) throw new Error(`ATTUNE_TEST_CLOCK must be HH:MM (UTC), not "${wanted}"`);
    const start = new Real();
    start.setUTCHours(Number(m[1]), Number(m[2]), 0, 0);
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
