/**
 * Roles, pure: which role has gone unused long enough to mention, gently. A couple's roles are the suggested ones plus any they have used.
 */
import { addDays } from '../../dates.ts';

export const SUGGESTED_ROLES = ['lover', 'co-parent', 'friend', 'teammate', 'colleague'] as const;
/** A role unused this long is pointed out. */
export const UNUSED_DAYS = 30;

export interface Switch {
  userId: string;
  role: string;
  date: string;
}

export function normalizeRole(role: string): string {
  return role.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Roles nobody has stepped into for UNUSED_DAYS, once the couple has been using roles that long.
 * Roles never used are mentioned only when they were used before or are among the suggestions.
 */
export function unusedRoles(
  switches: readonly Switch[],
  today: string,
): { role: string; lastUsed: string | null; message: string }[] {
  if (switches.length === 0) return [];
  const first = switches.reduce((m, s) => (s.date < m ? s.date : m), switches[0]!.date);
  if (first > addDays(today, -UNUSED_DAYS)) return [];
  const last = new Map<string, string>();
  for (const s of switches) if (!last.has(s.role) || s.date > last.get(s.role)!) last.set(s.role, s.date);
  const roles = [...new Set([...SUGGESTED_ROLES.filter((r) => r !== 'colleague'), ...last.keys()])];
  return roles
    .filter((r) => (last.get(r) ?? first) <= addDays(today, -UNUSED_DAYS))
    .map((role) => {
      const used = last.get(role) ?? null;
      const days = used ? Math.round((Date.parse(today) - Date.parse(used)) / 86_400_000) : null;
      return {
        role,
        lastUsed: used,
        message: used
          ? `It’s been ${days} days since either of you was the ${role}. Maybe this week?`
          : `Neither of you has stepped into “${role}” yet. It might be worth a try one evening.`,
      };
    });
}
