import { useId } from 'react';
import type { Couple, Entry } from '../../api/types.ts';
import { formatDay } from '../../ui/dates.ts';
import { useProgressive } from '../../ui/progressive.ts';
import { EntryCard } from './EntryCard.tsx';

interface Props {
  /** Newest first, as the server sends them. */
  entries: Entry[];
  couple: Couple;
}

/** Entries grouped under their day, as a simple vertical timeline. */
export function Timeline({ entries, couple }: Props) {
  const id = useId();
  // A phone's screen holds a few entries: those first, the rest of the page right after.
  const shown = useProgressive(entries, 8);
  const days: Array<{ date: string; entries: Entry[] }> = [];
  for (const entry of shown) {
    const last = days.at(-1);
    if (last && last.date === entry.date) last.entries.push(entry);
    else days.push({ date: entry.date, entries: [entry] });
  }
  const titles = new Map(entries.map((e) => [e.id, e]));
  return (
    <ol className="timeline">
      {days.map((day) => (
        <li key={day.date} className="day" aria-labelledby={`${id}-${day.date}`}>
          <h2 id={`${id}-${day.date}`}>{formatDay(day.date)}</h2>
          <ul className="day-entries">
            {day.entries.map((entry) => (
              <li key={entry.id}>
                <EntryCard
                  entry={entry}
                  couple={couple}
                  conflict={entry.repairOf ? titles.get(entry.repairOf) : undefined}
                />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
