import { afterEach, describe, expect, it } from 'vitest';
import { timeIn } from '../../ui/dates.ts';
import { reviewDue } from './evening.ts';

describe('the evening credit review comes at the evening ritual’s time in the partner’s zone', () => {
  const deviceZone = process.env.TZ;
  afterEach(() => {
    if (deviceZone === undefined) delete process.env.TZ;
    else process.env.TZ = deviceZone;
  });

  it('follows the partner’s clock while the device’s clock is in another zone', () => {
    process.env.TZ = 'Asia/Tokyo'; // a phone still on Tokyo time after a trip
    const review = { done: null, eveningAt: '20:00' };
    // 12:00 UTC: 06:00 in Chicago (not yet), 21:00 on the device.
    const morning = new Date('2026-03-02T12:00:00Z');
    expect(new Date(morning).getHours()).toBe(21);
    expect(reviewDue(review, 'America/Chicago', morning)).toBe(false);
    // 02:15 UTC the next day: 20:15 in Chicago (due), 11:15 on the device.
    const evening = new Date('2026-03-03T02:15:00Z');
    expect(new Date(evening).getHours()).toBe(11);
    expect(reviewDue(review, 'America/Chicago', evening)).toBe(true);
    expect(reviewDue({ ...review, done: { entryId: 'e1', linked: true } }, 'America/Chicago', evening)).toBe(
      false,
    );
  });

  it('reads the time of day in a zone, midnight as 00:00', () => {
    expect(timeIn('Europe/Berlin', new Date('2026-07-01T22:00:00Z'))).toBe('00:00');
    expect(timeIn('America/New_York', new Date('2026-07-01T23:59:00Z'))).toBe('19:59');
    expect(timeIn('Asia/Kolkata', new Date('2026-01-15T06:00:00Z'))).toBe('11:30');
  });
});
