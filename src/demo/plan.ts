import { addDays } from '../dates.ts';
import { createRng, type Rng } from '../stats/random.ts';
import { days, planExperiment } from './experiment.ts';
import { planHabits } from './habits.ts';
import type {
  DemoPlan,
  GroundTruth,
  PlannedAnchor,
  PlannedCheckin,
  PlannedEntry,
  PlannedStress,
  Who,
} from './types.ts';

/*
 * The Johnsons, simulated: three years of daily life with planted, known effects, so the
 * statistics areas can be judged by whether they recover them. Pure and seed-reproducible:
 * the same seed and end date give the same plan.
 */

const DAYS = 3 * 365;
const clamp = (x: number) => Math.max(0, Math.min(10, Math.round(x)));
const TOPICS = [
  'the dishes',
  'money',
  'his mother’s visit',
  'phones at dinner',
  'who does the laundry',
  'weekend plans',
];
const TOPIC_DOMAIN: Record<string, string> = {
  'the dishes': 'logistics',
  money: 'logistics',
  'his mother’s visit': 'communication',
  'phones at dinner': 'communication',
  'who does the laundry': 'logistics',
  'weekend plans': 'conflict_resolution',
};
const THANKS: Record<Who, string[]> = {
  michael: [
    'Lisa made breakfast before I woke up ☕',
    'Lisa listened without fixing',
    'Lisa planned our weekend',
    'Lisa remembered my interview 🙏',
    'Lisa brought me tea',
  ],
  lisa: [
    'Michael took the night feed so I could sleep',
    'Michael cooked lasagne 🍝',
    'Michael fixed my bike',
    'Michael listened without fixing',
    'Michael made coffee before I woke up ☕',
  ],
};

function poisson(rng: Rng, mean: number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let s = p;
  const u = rng.next();
  while (u > s && k < 30) {
    k++;
    p *= mean / k;
    s += p;
  }
  return k;
}

/** Plans three years ending at `end` (inclusive). */
export function planDemo(seed: number, end: string): DemoPlan {
  const rng = createRng(seed);
  const start = addDays(end, -(DAYS - 1));
  const baby = addDays(start, 420);
  const babyUntil = addDays(baby, 120);
  const jobLoss = addDays(start, 800);
  const jobUntil = addDays(jobLoss, 90);
  // The ABAB experiment, B = phones away at dinner: 4 × 14 days, each phase start drawn (at
  // least 7 days a phase) from its own recorded seed, as the app draws them.
  const experimentStart = addDays(start, 950);
  const experiment = planExperiment(seed, experimentStart);
  const phaseOf = (date: string): 'A' | 'B' | null => {
    const p = experiment.phases.find((x) => x.start <= date && date <= x.end);
    return p ? p.condition : null;
  };
  const stressOf = (date: string) =>
    date >= baby && date <= babyUntil ? 1 : date >= jobLoss && date <= jobUntil ? 0.8 : 0;

  const log: PlannedEntry[] = [];
  const checkins: PlannedCheckin[] = [];
  const add = (
    e: Omit<PlannedEntry, 'repairOf' | 'promiseDue' | 'promiseState' | 'intensity' | 'visibility'> &
      Partial<PlannedEntry>,
  ) => {
    log.push({
      repairOf: null,
      promiseDue: null,
      promiseState: null,
      intensity: null,
      visibility: 'shared',
      ...e,
    });
    return log.length - 1;
  };
  // The newborn weeks: no date night at all for four weeks after the birth.
  const newbornUntil = addDays(baby, 27);
  const babyEvent = add({
    author: 'lisa',
    kind: 'life_event',
    date: baby,
    text: 'Our baby girl Emma is born 👶',
    domains: [],
  });
  const jobEvent = add({
    author: 'michael',
    kind: 'life_event',
    date: jobLoss,
    text: 'Michael’s company closes; job search starts',
    domains: ['logistics'],
  });

  const mood = { lisa: 0, michael: 0 };
  let appreciationYesterday = false;
  let cycles = 0;
  let conflictsTotal = 0;
  const dateNights = { expected: 0, kept: 0, keptInBaby: 0, expectedInBaby: 0 };
  const dateNightDays: string[] = [];
  const pendingIntimacy: string[] = [];

  for (let d = 0; d < DAYS; d++) {
    const date = addDays(start, d);
    const stress = stressOf(date);
    const phase = phaseOf(date);
    if (phase && (d === 0 || phaseOf(addDays(date, -1)) !== phase)) {
      add({
        author: 'lisa',
        kind: 'note',
        date,
        text: `Experiment “phones away at dinner”: phase ${phase} starts`,
        domains: ['communication'],
      });
    }
    for (const who of ['lisa', 'michael'] as const) mood[who] = 0.7 * mood[who] + 0.8 * rng.normal();

    // Conflicts: more under stress; the dishes keep coming back (a recurring loop).
    let conflictsToday = 0;
    if (rng.next() < 0.12 + 0.15 * stress) {
      conflictsToday = 1;
      conflictsTotal++;
      const topic = rng.next() < 0.35 ? 'the dishes' : TOPICS[rng.int(TOPICS.length)]!;
      const c = add({
        author: rng.next() < 0.7 ? 'lisa' : 'michael',
        kind: 'conflict',
        date,
        text: `Fight about ${topic}`,
        domains: [TOPIC_DOMAIN[topic]!],
        intensity: 1 + rng.int(5),
      });
      // The reward-hacking cycle: conflict → repair → intimacy, most of the time.
      if (rng.next() < 0.7) {
        cycles++;
        const repairDate = rng.next() < 0.6 ? date : addDays(date, 1);
        add({
          author: rng.next() < 0.5 ? 'lisa' : 'michael',
          kind: 'repair',
          date: repairDate,
          text: 'Talked it through and made up',
          domains: ['conflict_resolution'],
          repairOf: c,
        });
        pendingIntimacy.push(addDays(repairDate, rng.next() < 0.5 ? 0 : 1));
      }
    }
    while (pendingIntimacy.length > 0 && pendingIntimacy[0]! <= date) {
      pendingIntimacy.shift();
      add({
        author: rng.next() < 0.5 ? 'lisa' : 'michael',
        kind: 'gesture',
        date,
        text: 'Close again after making up',
        domains: ['intimacy'],
        visibility: 'private',
      });
    }

    // The date-night anchor, Fridays; it lapses in the baby months.
    if (new Date(`${date}T00:00:00Z`).getUTCDay() === 5) {
      dateNights.expected++;
      if (date >= baby && date <= babyUntil) dateNights.expectedInBaby++;
      const keep = date >= baby && date <= babyUntil ? 0.1 : 0.85;
      if (rng.next() < keep) {
        // Drawn even in the newborn weeks, so every later draw stays what it was before them.
        const author = rng.next() < 0.5 ? 'lisa' : 'michael';
        if (date < baby || date > newbornUntil) {
          dateNights.kept++;
          if (date >= baby && date <= babyUntil) dateNights.keptInBaby++;
          dateNightDays.push(date);
          add({ author, kind: 'gesture', date, text: 'Date night', domains: ['intimacy'] });
        }
      }
    }

    // Michael's appreciations lift Lisa's satisfaction the next day. Their rate does not follow
    // stress, so that lift is the only link between the two (a clean ground truth).
    const appreciationToday = rng.next() < 0.22;
    const thanks = (who: Who) => THANKS[who][rng.int(THANKS[who].length)]!;
    if (appreciationToday)
      add({
        author: 'michael',
        kind: 'appreciation',
        date,
        text: thanks('michael'),
        domains: ['communication'],
      });
    if (rng.next() < 0.2)
      add({ author: 'lisa', kind: 'appreciation', date, text: thanks('lisa'), domains: ['communication'] });

    // Promises, about monthly; kept less often under stress.
    if (rng.next() < 1 / 30) {
      const due = addDays(date, 7);
      const state = due > end ? 'open' : rng.next() < 0.65 - 0.25 * stress ? 'kept' : 'broken';
      add({
        author: 'michael',
        kind: 'promise',
        date,
        text: 'I’ll do the dishes every weekday this week',
        domains: ['logistics'],
        promiseDue: due,
        promiseState: state,
      });
    }
    if (rng.next() < 0.03)
      add({
        author: 'lisa',
        kind: 'note',
        date,
        text: 'Feeling unseen lately; not ready to talk about it yet',
        domains: [],
        visibility: 'private',
      });

    for (const who of ['lisa', 'michael'] as const) {
      if (rng.next() < 0.12 + 0.18 * stress) continue; // a missing day stays missing
      const lift = who === 'lisa' && appreciationYesterday ? 1.0 : 0;
      const experiment = phase === 'B' ? 2 : 0;
      checkins.push({
        author: who,
        date,
        satisfaction: clamp(6.5 + mood[who] + lift - 1.5 * stress - 0.8 * conflictsToday),
        energy: clamp(6 + 0.6 * mood[who] - 2 * stress + 0.7 * rng.normal()),
        connection: clamp(6 + 0.5 * mood[who] + experiment - conflictsToday + 0.5 * rng.normal()),
        conflicts: conflictsToday,
        positives: poisson(rng, 3 + (appreciationToday ? 1 : 0)),
        note:
          rng.next() < 0.05
            ? who === 'lisa'
              ? 'Tired; the baby woke us four times'
              : 'Good talk on the walk'
            : null,
      });
    }
    appreciationYesterday = appreciationToday;
  }

  // Habits draw from their own generator, so adding them left the rest of the plan as it was.
  const habits = planHabits(createRng(seed + 1), start, end, stressOf);
  const adherenceRng = createRng(seed + 3);
  experiment.adherence = experiment.phases.flatMap((p) =>
    days(p.start, p.end).flatMap((date) =>
      (['lisa', 'michael'] as const).map((who) => ({ who, date, done: adherenceRng.next() < 0.9 })),
    ),
  );
  return {
    log,
    checkins,
    habits: habits.habits,
    experiment,
    anchors: [{ name: 'Date night', cadence: { times: 1, days: 7 }, start, kept: dateNightDays }],
    stress: [
      { name: 'New baby', lifeEvent: babyEvent, from: baby, until: babyUntil },
      { name: 'Job loss', lifeEvent: jobEvent, from: jobLoss, until: jobUntil },
    ],
    truth: {
      seed,
      start,
      end,
      lifeEvents: [
        { name: 'new baby', date: baby, stressUntil: babyUntil },
        { name: 'job loss', date: jobLoss, stressUntil: jobUntil },
      ],
      effects: [
        {
          id: 'appreciation-lag1',
          description:
            'Michael’s appreciations raise Lisa’s next-day satisfaction by 1.0 point (before rounding).',
          action: { author: 'michael', kind: 'appreciation' },
          outcome: { author: 'lisa', metric: 'satisfaction' },
          lagDays: 1,
          effect: 1.0,
        },
        {
          id: 'experiment-phones-away',
          description:
            'Phones away at dinner (B phases) raises both partners’ connection by 2 points; the phase starts were drawn at random (at least 7 days a phase) and both partners rated.',
          design: 'ABAB',
          phaseDays: 14,
          minPhase: experiment.minPhase,
          drawSeed: experiment.seed,
          schedule: experiment.schedule,
          start: experimentStart,
          end: experiment.phases[experiment.phases.length - 1]!.end,
          metric: 'connection',
          effect: 2,
          verdict: 'helps',
        },
        {
          id: 'reward-hacking-cycle',
          description:
            'About 70 % of conflicts are followed by a linked repair and then intimacy within a day: closeness learned through conflict.',
          probability: 0.7,
          cycles,
          conflicts: conflictsTotal,
        },
        {
          id: 'anchor-date-night-lapse',
          description:
            'Friday date night is kept about 85 % of weeks, but not at all in the four newborn weeks and only about 10 % in the rest of the baby months. Anchor lapse detection should flag it within two weeks of its start.',
          anchor: 'Date night',
          cadence: 'weekly, Friday',
          lapseFrom: baby,
          lapseUntil: babyUntil,
          noneUntil: newbornUntil,
          ...dateNights,
        },
        {
          id: 'stress-periods',
          description:
            'Satisfaction drops 1.5 points and energy 2 points in the baby months (1.2 and 1.6 during the job loss), and more check-in days go missing.',
        },
        habits.truth as GroundTruth['effects'][number],
        {
          id: 'recurring-conflict',
          description: 'About 35 % of conflicts are about the dishes: a loop that keeps coming back.',
          topic: 'the dishes',
          share: 0.35,
        },
      ],
    },
  };
}
