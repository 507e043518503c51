type Row = Record<string, unknown>;

/** The columns of exported tables that point at a log entry. */
export const LOG_LINKS: Record<string, string> = {
  log: 'repair_of',
  habit_checkoffs: 'appreciation_id',
  credit_reviews: 'action_log_id',
};

/**
 * Presents links the way the API does: a link to a log entry the viewer may not see (the
 * partner's private entry, or one in its undo window) becomes null, so no export carries its id
 * (a UUIDv7 would even tell when it was written). `visible` holds the ids the viewer may see.
 */
export function maskLinks(table: string, rows: Row[], visible: ReadonlySet<string>): Row[] {
  const column = LOG_LINKS[table];
  if (!column) return rows;
  return rows.map((r) => {
    const target = r[column];
    return typeof target === 'string' && !visible.has(target) ? { ...r, [column]: null } : r;
  });
}
