import { describe, expect, it, vi } from 'vitest';
import { applyLanguage, type Message, messagesReady, t } from './i18n.ts';
import { en } from './locales/en.ts';
import { enAreas } from './locales/en-areas.ts';
import { enCheckins } from './locales/en-checkins.ts';
import { enHabits } from './locales/en-habits.ts';
import { es } from './locales/es.ts';

// Every English string: the first screen's and every area's, as the app merges them.
const reference: Record<string, Message> = { ...en, ...enAreas };
const placeholders = (m: Message) =>
  [
    ...new Set((typeof m === 'string' ? [m] : Object.values(m)).flatMap((s) => s.match(/\{\w+\}/g) ?? [])),
  ].sort();

describe('the Spanish catalogue', () => {
  it('has exactly the keys of the English one', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(reference).sort());
  });

  it('fills the same placeholders as English in every message', () => {
    const differ = Object.keys(reference).filter((key) => {
      const a = placeholders(reference[key]!);
      const b = placeholders(es[key as keyof typeof es]);
      // A plural form may say "one" in words instead of {count}.
      return (
        JSON.stringify(a.filter((p) => p !== '{count}')) !== JSON.stringify(b.filter((p) => p !== '{count}'))
      );
    });
    expect(differ).toEqual([]);
  });

  it('is plural where English is plural, so a count never reads "1 entries"', () => {
    const plural = (m: Message) => typeof m !== 'string';
    const mismatched = Object.keys(reference).filter(
      (key) => plural(reference[key]!) !== plural(es[key as keyof typeof es]),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('t', () => {
  it('picks the plural form by the language’s rules and writes numbers its way', async () => {
    await applyLanguage('en');
    await messagesReady(); // fromLog.days is an area's string, loaded after the first screen's
    expect(t('log.count', { count: 1 })).toBe('1 entry shown.');
    expect(t('log.count', { count: 0 })).toBe('0 entries shown.');
    expect(t('log.count', { count: 1234 })).toBe('1,234 entries shown.');
    expect(t('fromLog.days', { count: 1.5 })).toBe('1.5 days');
    await applyLanguage('es');
    expect(t('log.count', { count: 1 })).toBe('1 entrada mostrada.');
    expect(t('log.count', { count: 2 })).toBe('2 entradas mostradas.');
    expect(t('fromLog.days', { count: 1.5 })).toBe('1,5 días');
    await applyLanguage('en');
  });

  it('leaves an unknown placeholder visible rather than inventing a value', async () => {
    await applyLanguage('en');
    expect(t('entry.by', {})).toBe('by {name}');
  });
});

describe('messagesReady', () => {
  // A plain sentence of each part, not one of the first screen's.
  const plain = (strings: Record<string, Message>) =>
    Object.keys(strings).find((k) => !(k in en) && typeof strings[k] === 'string') as keyof typeof es;

  it('brings the parts a screen names, and every area’s strings when it names none', async () => {
    vi.resetModules(); // a fresh catalogue: only the first screen's strings
    const i18n = await import('./i18n.ts');
    const checkin = plain(enCheckins);
    const habit = plain(enHabits);
    expect(i18n.t(checkin)).toBe(checkin);
    await i18n.messagesReady(['checkins']);
    expect(i18n.t(checkin)).toBe(enCheckins[checkin as keyof typeof enCheckins]);
    expect(i18n.t(habit)).toBe(habit);
    await i18n.messagesReady();
    expect(i18n.t(habit)).toBe(enHabits[habit as keyof typeof enHabits]);
  });
});
