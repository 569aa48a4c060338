import { CONCERN_IDS, TREATMENT_IDS, type ConcernId, type TreatmentId } from '../treatments';
import { AT_HOME_MAX_DEPTH_MM, MAX_WINDOW_HOURS, RESTRICTION_IDS, type AftercareWindows, type RestrictionId } from '../knowledge/aftercare';
import { APPLIED, AREAS, DEVICES, SETTINGS_OF_CARE, type Applied, type Area, type Device, type SessionRecord, type SettingOfCare } from './types';
import { charCount, EARLIEST_DATE, MAX_AHEAD_MS, MAX_DEPTH_MM, MAX_NOTES_CHARS } from './limits';

/**
 * The quick-log form's values (strings, as form fields hold them) turned into a session, or into a
 * message per field. Nothing is stored unless every field is fine.
 */
export interface SessionDraft {
  treatment: string;
  /** `<input type="datetime-local">` value: local time, YYYY-MM-DDTHH:mm. */
  endedAtLocal: string;
  setting: string;
  device: string;
  depthMm: string;
  areas: string[];
  applied: string[];
  concerns: string[];
  discomfort: string;
  notes: string;
  /** The practitioner's windows in hours; blank keeps the default. */
  windows: Partial<Record<RestrictionId, string>>;
}

export type SessionFields = Omit<SessionRecord, 'id' | 'createdAt' | 'updatedAt' | 'courseId' | 'safety'>;
export type DraftField = keyof SessionDraft | `window-${RestrictionId}`;
export type DraftResult = { ok: true; value: SessionFields } | { ok: false; errors: Partial<Record<DraftField, string>> };

const LOCAL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Local date and time (as a datetime-local field holds it) to epoch ms, or null. */
export function parseLocalDateTime(text: string): number | null {
  const match = LOCAL_DATETIME.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const date = new Date(year!, month! - 1, day!, hour!, minute!, second!);
  // Reject dates the Date constructor silently rolled over (31 February).
  if (date.getFullYear() !== year || date.getMonth() !== month! - 1 || date.getDate() !== day) return null;
  return date.getTime();
}

/** Epoch ms to a datetime-local field value in local time. */
export function toLocalDateTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function pick<T extends string>(values: string[], list: readonly T[]): T[] | null {
  if (new Set(values).size !== values.length) return null;
  return values.every((v) => (list as readonly string[]).includes(v)) ? (values as T[]) : null;
}

/** A decimal number typed by a person ("0,5" as well as "0.5"), or NaN. */
function parseDecimal(text: string): number {
  const cleaned = text.trim().replace(',', '.');
  return /^-?\d*\.?\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

export function parseSessionDraft(draft: SessionDraft, now: number): DraftResult {
  const errors: Partial<Record<DraftField, string>> = {};
  const treatment = (TREATMENT_IDS as readonly string[]).includes(draft.treatment) ? (draft.treatment as TreatmentId) : null;
  if (!treatment) errors.treatment = 'Choose a treatment from the list.';

  const endedAt = parseLocalDateTime(draft.endedAtLocal);
  if (endedAt === null) errors.endedAtLocal = 'Enter the date and time the session ended.';
  else if (endedAt < EARLIEST_DATE) errors.endedAtLocal = 'The date is before 2000. Check the year.';
  else if (endedAt > now + MAX_AHEAD_MS) errors.endedAtLocal = 'The date is more than a year ahead. Check the year.';

  const setting = (SETTINGS_OF_CARE as readonly string[]).includes(draft.setting) ? (draft.setting as SettingOfCare) : null;
  if (!setting) errors.setting = 'Choose at a clinic or at home.';

  let device: Device | undefined;
  if (draft.device !== '') {
    if ((DEVICES as readonly string[]).includes(draft.device)) device = draft.device as Device;
    else errors.device = 'Choose a device from the list.';
  }

  let depthMm: number | undefined;
  if (draft.depthMm.trim() !== '') {
    const depth = parseDecimal(draft.depthMm);
    if (Number.isNaN(depth)) errors.depthMm = 'Enter the needle depth as a number of millimetres, like 0.5.';
    else if (depth <= 0) errors.depthMm = 'The needle depth must be more than 0 mm.';
    else if (depth > MAX_DEPTH_MM) errors.depthMm = `A needle depth over ${MAX_DEPTH_MM} mm is not plausible. Check the number (in millimetres).`;
    else depthMm = Math.round(depth * 100) / 100;
  }

  const areas = pick<Area>(draft.areas, AREAS);
  if (!areas) errors.areas = 'Choose treated areas from the list.';
  const applied = pick<Applied>(draft.applied, APPLIED);
  if (!applied) errors.applied = 'Choose what was applied from the list.';
  const concerns = pick<ConcernId>(draft.concerns, CONCERN_IDS);
  if (!concerns) errors.concerns = 'Choose concerns from the list.';

  let discomfort: number | undefined;
  if (draft.discomfort.trim() !== '') {
    const value = Number(draft.discomfort);
    if (!Number.isInteger(value) || value < 0 || value > 10) errors.discomfort = 'Discomfort is a whole number from 0 to 10.';
    else discomfort = value;
  }

  const notesLength = charCount(draft.notes);
  if (notesLength > MAX_NOTES_CHARS) errors.notes = `Notes can be at most ${MAX_NOTES_CHARS} characters; these have ${notesLength}.`;

  const windows: Partial<AftercareWindows> = {};
  for (const id of RESTRICTION_IDS) {
    const text = draft.windows[id]?.trim() ?? '';
    if (text === '') continue;
    const hours = parseDecimal(text);
    if (Number.isNaN(hours) || hours < 1 || hours > MAX_WINDOW_HOURS) errors[`window-${id}`] = `Enter hours from 1 to ${MAX_WINDOW_HOURS}, or leave it blank for the default.`;
    else windows[id] = Math.round(hours);
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const value: SessionFields = {
    treatment: treatment!,
    endedAt: endedAt!,
    setting: setting!,
    areas: areas!,
    applied: applied!,
    concerns: concerns!,
    notes: draft.notes,
  };
  if (device) value.device = device;
  if (depthMm !== undefined) value.depthMm = depthMm;
  if (discomfort !== undefined) value.discomfort = discomfort;
  if (Object.keys(windows).length > 0) value.windows = windows;
  return { ok: true, value };
}

/** Non-blocking warnings about a draft (the user may still save). */
export function draftWarnings(draft: Pick<SessionDraft, 'setting' | 'depthMm'>): string[] {
  const warnings: string[] = [];
  const depth = parseDecimal(draft.depthMm);
  // The sources say "under 0.25 mm": 0.25 itself is already too long for home use.
  if (draft.setting === 'home' && Number.isFinite(depth) && depth >= AT_HOME_MAX_DEPTH_MM) {
    warnings.push(`At home, only needles under ${AT_HOME_MAX_DEPTH_MM} mm are advised: deeper needling belongs in a clinic, where infection risk is lower.`);
  }
  return warnings;
}

export function emptyDraft(now: number): SessionDraft {
  return {
    treatment: 'microneedling',
    endedAtLocal: toLocalDateTime(now),
    setting: 'clinic',
    device: '',
    depthMm: '',
    areas: [],
    applied: [],
    concerns: [],
    discomfort: '',
    notes: '',
    windows: {},
  };
}

/** The draft that edits an existing session. */
export function draftFromSession(session: SessionRecord): SessionDraft {
  const windows: Partial<Record<RestrictionId, string>> = {};
  for (const [id, hours] of Object.entries(session.windows ?? {})) windows[id as RestrictionId] = String(hours);
  return {
    treatment: session.treatment,
    endedAtLocal: toLocalDateTime(session.endedAt),
    setting: session.setting,
    device: session.device ?? '',
    depthMm: session.depthMm === undefined ? '' : String(session.depthMm),
    areas: [...session.areas],
    applied: [...session.applied],
    concerns: [...session.concerns],
    discomfort: session.discomfort === undefined ? '' : String(session.discomfort),
    notes: session.notes,
    windows,
  };
}
