import { timeIn } from '../../ui/dates.ts';

/**
 * Whether tonight's credit review is due on the check-in screen: not done yet, and the evening
 * ritual's time has come by the partner's own clock (their zone, as the server counts the
 * ritual's time), not by the device's, which may be in another zone when travelling.
 */
export function reviewDue(
  review: { done: object | null; eveningAt: string },
  partnerZone: string,
  now = new Date(),
): boolean {
  return review.done === null && timeIn(partnerZone, now) >= review.eveningAt;
}
