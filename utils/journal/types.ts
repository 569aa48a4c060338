import type { ConcernId, TreatmentId } from '../treatments';
import type { AftercareWindows, ChecklistItemId, ContraindicationId } from '../knowledge/aftercare';

/**
 * The journal's records, as stored in the database and in an export file. Times are epoch
 * milliseconds (absolute); the popup shows them in local time.
 */

export const SETTINGS_OF_CARE = ['clinic', 'home'] as const;
export type SettingOfCare = (typeof SETTINGS_OF_CARE)[number];

export const DEVICES = ['pen', 'roller'] as const;
export type Device = (typeof DEVICES)[number];
export const DEVICE_NAMES: Record<Device, string> = { pen: 'Pen (dermapen)', roller: 'Roller (dermaroller)' };

export const AREAS = ['forehead', 'cheeks', 'nose', 'chin', 'under-eyes', 'neck', 'body'] as const;
export type Area = (typeof AREAS)[number];
export const AREA_NAMES: Record<Area, string> = {
  forehead: 'Forehead',
  cheeks: 'Cheeks',
  nose: 'Nose',
  chin: 'Chin and jaw',
  'under-eyes': 'Under the eyes',
  neck: 'Neck',
  body: 'Body',
};

/** What was applied after needling (treatments.md: soothing serum; PRP or RF as add-ons). */
export const APPLIED = ['hyaluronic-acid', 'prp', 'radiofrequency'] as const;
export type Applied = (typeof APPLIED)[number];
export const APPLIED_NAMES: Record<Applied, string> = {
  'hyaluronic-acid': 'Hyaluronic acid',
  prp: 'PRP (platelet-rich plasma)',
  radiofrequency: 'Radiofrequency',
};

export interface SessionRecord {
  id: string;
  treatment: TreatmentId;
  /** When the session ended: every aftercare window counts from here. */
  endedAt: number;
  setting: SettingOfCare;
  device?: Device;
  depthMm?: number;
  areas: Area[];
  applied: Applied[];
  concerns: ConcernId[];
  /** 0 (none) to 10 (worst). */
  discomfort?: number;
  notes: string;
  courseId?: string;
  /** Contraindications the user ticked in the safety check before this session. */
  safety?: ContraindicationId[];
  /** The practitioner's windows for this session (hours), replacing the defaults. */
  windows?: Partial<AftercareWindows>;
  createdAt: number;
  updatedAt: number;
}

export interface CourseRecord {
  id: string;
  concern: ConcernId;
  plannedSessions: number;
  /** Days between sessions: [earliest, latest]. */
  intervalDays: [number, number];
  startedAt: number;
}

/** One ticked checklist item on one local day. */
export interface TickRecord {
  /** `${day}:${item}` */
  id: string;
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  item: ChecklistItemId;
  at: number;
}

/** The user's journal preferences: their practitioner's windows as the default. */
export interface JournalPrefs {
  windows?: Partial<AftercareWindows>;
}

/** A whole journal: what export writes and import reads. */
export interface JournalData {
  sessions: SessionRecord[];
  courses: CourseRecord[];
  ticks: TickRecord[];
  prefs: JournalPrefs;
}

export function tickId(day: string, item: ChecklistItemId): string {
  return `${day}:${item}`;
}
