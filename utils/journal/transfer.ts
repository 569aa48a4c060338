import { isRecord } from '../validate';
import { courseProblem, prefsProblem, sessionProblem, tickProblem } from './records';
import { MAX_IMPORT_BYTES, MAX_IMPORT_COURSES, MAX_IMPORT_SESSIONS, MAX_IMPORT_TICKS } from './limits';
import type { JournalData } from './types';

/**
 * The journal's export file: one JSON object with a format marker and a version, so a foreign file
 * or one from a newer release is recognised and refused instead of half-read. Import is checked
 * whole before anything is written: every record, every id unique, every reference resolved.
 */
export const EXPORT_FORMAT = 'candid-skin-journal';
export const EXPORT_VERSION = 1;

export interface ExportFile extends JournalData {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
}

export function serializeJournal(data: JournalData, now: number): string {
  const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), ...data };
  return JSON.stringify(file, null, 1);
}

export function exportFileName(now: number): string {
  return `candid-skin-journal-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export type ParseResult = { ok: true; data: JournalData } | { ok: false; message: string };

const refuse = (message: string): ParseResult => ({ ok: false, message: `Nothing was imported: ${message}` });

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function firstDuplicate(ids: string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

const TOP_LEVEL = new Set(['format', 'version', 'exportedAt', 'sessions', 'courses', 'ticks', 'prefs']);

/**
 * Reads an export file. `byteSize` is the file's size on disk (checked before reading a giant
 * file's text); the text is checked again in case the caller had no size.
 */
export function parseJournalFile(text: string, byteSize: number, now: number): ParseResult {
  const size = Math.max(byteSize, text.length);
  if (size > MAX_IMPORT_BYTES) return refuse(`the file is ${megabytes(size)}, more than the ${megabytes(MAX_IMPORT_BYTES)} a journal export can be.`);
  if (text.trim() === '') return refuse('the file is empty.');
  let raw: unknown;
  try {
    // A byte-order mark (added by some editors) is not part of the JSON.
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return refuse('the file is not a complete JSON file. It may be cut off, or not a Candid Skin export.');
  }
  if (!isRecord(raw)) return refuse('this is not a Candid Skin journal export.');
  if (raw.format !== EXPORT_FORMAT) return refuse('this is not a Candid Skin journal export (its format marker is missing or different).');
  if (!Number.isInteger(raw.version) || (raw.version as number) < 1) return refuse('the export has no valid version number.');
  if ((raw.version as number) > EXPORT_VERSION) {
    return refuse(`the export was made by a newer version of Candid Skin (format ${String(raw.version)}; this one reads up to ${EXPORT_VERSION}). Update the extension, then import again.`);
  }
  for (const key of Object.keys(raw)) if (!TOP_LEVEL.has(key)) return refuse(`the export has an unknown part "${key.slice(0, 40)}".`);
  if (typeof raw.exportedAt !== 'string') return refuse('the export has no export date.');

  const { sessions, courses, ticks, prefs } = raw;
  if (!Array.isArray(sessions)) return refuse('the export has no list of sessions.');
  if (!Array.isArray(courses)) return refuse('the export has no list of courses.');
  if (!Array.isArray(ticks)) return refuse('the export has no list of checklist ticks.');
  if (sessions.length > MAX_IMPORT_SESSIONS) return refuse(`the export has ${sessions.length} sessions, more than ${MAX_IMPORT_SESSIONS}.`);
  if (courses.length > MAX_IMPORT_COURSES) return refuse(`the export has ${courses.length} courses, more than ${MAX_IMPORT_COURSES}.`);
  if (ticks.length > MAX_IMPORT_TICKS) return refuse(`the export has ${ticks.length} checklist ticks, more than ${MAX_IMPORT_TICKS}.`);

  for (const [index, session] of sessions.entries()) {
    const problem = sessionProblem(session, now);
    if (problem) return refuse(`session ${index + 1} ${problem}.`);
  }
  for (const [index, course] of courses.entries()) {
    const problem = courseProblem(course, now);
    if (problem) return refuse(`course ${index + 1} ${problem}.`);
  }
  for (const [index, tick] of ticks.entries()) {
    const problem = tickProblem(tick, now);
    if (problem) return refuse(`checklist tick ${index + 1} ${problem}.`);
  }
  const prefsValue = prefs ?? {};
  const prefsIssue = prefsProblem(prefsValue);
  if (prefsIssue) return refuse(`the preferences ${prefsIssue}.`);

  const data = { sessions, courses, ticks, prefs: prefsValue } as JournalData;
  const duplicateSession = firstDuplicate(data.sessions.map((s) => s.id));
  if (duplicateSession) return refuse(`two sessions share the id "${duplicateSession}".`);
  const duplicateCourse = firstDuplicate(data.courses.map((c) => c.id));
  if (duplicateCourse) return refuse(`two courses share the id "${duplicateCourse}".`);
  const duplicateTick = firstDuplicate(data.ticks.map((t) => t.id));
  if (duplicateTick) return refuse(`two checklist ticks share the id "${duplicateTick}".`);
  const courseIds = new Set(data.courses.map((c) => c.id));
  const orphan = data.sessions.find((s) => s.courseId !== undefined && !courseIds.has(s.courseId));
  if (orphan) return refuse(`session "${orphan.id}" belongs to a course that is not in the file.`);
  return { ok: true, data };
}
