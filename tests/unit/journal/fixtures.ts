import { CandidDb } from '../../../lib/db';
import { CONCERN_IDS } from '../../../utils/treatments';
import { APPLIED, AREAS, tickId, type CourseRecord, type JournalData, type SessionRecord, type TickRecord } from '../../../utils/journal/types';
import { CHECKLIST_ITEM_IDS } from '../../../utils/knowledge/aftercare';

let counter = 0;
/** A fresh database of its own for one test (fake-indexeddb keeps databases across tests). */
export function freshDb(): CandidDb {
  counter += 1;
  return new CandidDb(`test-journal-${counter}-${Math.random().toString(36).slice(2)}`);
}

export const NOW = Date.UTC(2025, 5, 10, 12, 0);
const DAY = 24 * 3600 * 1000;

/** Deterministic pseudo-random numbers, so a failing case can be replayed. */
function rng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** A journal of `count` sessions with every optional field used somewhere, emoji and hostile text included. */
export function sampleJournal(count: number, seed = 7): JournalData {
  const random = rng(seed);
  const courses: CourseRecord[] = [
    { id: 'course-a', concern: 'acne-scars', plannedSessions: 6, intervalDays: [28, 42], startedAt: NOW - 800 * DAY },
    { id: 'course-b', concern: 'fine-lines', plannedSessions: 3, intervalDays: [30, 35], startedAt: NOW - 100 * DAY },
  ];
  const sessions: SessionRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const endedAt = NOW - Math.floor(random() * 900 * DAY);
    const session: SessionRecord = {
      id: `s-${i}`,
      treatment: random() < 0.8 ? 'microneedling' : 'microneedling-prp',
      endedAt,
      setting: random() < 0.7 ? 'clinic' : 'home',
      areas: AREAS.filter(() => random() < 0.3),
      applied: APPLIED.filter(() => random() < 0.3),
      concerns: CONCERN_IDS.filter(() => random() < 0.2),
      notes: i % 3 === 0 ? `Session ${i} 😊 <b>not bold</b> "quoted" \\ back` : '',
      createdAt: endedAt,
      updatedAt: endedAt + 1000,
    };
    if (random() < 0.5) session.device = random() < 0.5 ? 'pen' : 'roller';
    if (random() < 0.5) session.depthMm = Math.round((0.1 + random() * 2) * 100) / 100;
    if (random() < 0.4) session.discomfort = Math.floor(random() * 11);
    if (random() < 0.5) session.courseId = random() < 0.5 ? 'course-a' : 'course-b';
    if (random() < 0.2) session.safety = ['active-acne'];
    if (random() < 0.1) session.windows = { 'no-actives': 96 };
    sessions.push(session);
  }
  const ticks: TickRecord[] = [];
  for (let d = 1; d <= 30; d += 1) {
    const day = `2025-05-${String(d).padStart(2, '0')}`;
    for (const item of CHECKLIST_ITEM_IDS.slice(0, 1 + (d % 4))) ticks.push({ id: tickId(day, item), day, item, at: NOW - d * DAY });
  }
  return { sessions, courses, ticks, prefs: { windows: { 'no-sun': 240 } } };
}

/** Writes a journal straight into the database (bypassing import, to set up a test). */
export async function seed(database: CandidDb, data: JournalData): Promise<void> {
  await database.courses.bulkAdd(data.courses);
  await database.sessions.bulkAdd(data.sessions);
  await database.ticks.bulkAdd(data.ticks);
  await database.journalMeta.put({ key: 'prefs', value: data.prefs });
}

/** The same journal in a canonical order, for comparisons. */
export function canonical(data: JournalData): JournalData {
  const byId = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return { sessions: byId(data.sessions), courses: byId(data.courses), ticks: byId(data.ticks), prefs: data.prefs };
}
