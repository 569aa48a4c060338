import { AFTERCARE_HOURS, AFTERCARE_RULES, DEFAULT_WINDOWS, RESTRICTION_IDS, type AftercareWindows, type RestrictionId } from '../knowledge/aftercare';
import { MICRONEEDLING_TIMELINE, type TimelineStage } from '../knowledge/timeline';
import type { SourceId } from '../knowledge/sources';
import type { TreatmentId } from '../treatments';
import { HOUR } from './time';

/**
 * Session end + aftercare rules → restrictions and milestones, all as absolute instants. Pure: the
 * same answer in the popup, the service worker and tests.
 */

/** What the schedule needs of a logged session. */
export interface ScheduleSession {
  id: string;
  treatment: TreatmentId;
  endedAt: number;
  windows?: Partial<AftercareWindows>;
}

/** Treatments the aftercare rules are written for (treatments.md, "Microneedling"). */
const WITH_AFTERCARE: ReadonlySet<TreatmentId> = new Set(['microneedling', 'microneedling-prp', 'microneedling-rf', 'at-home-roller']);

export function hasAftercare(treatment: TreatmentId): boolean {
  return WITH_AFTERCARE.has(treatment);
}

/** The windows that apply to a session: its own, else the user's default, else the sources'. */
export function windowsFor(session: Pick<ScheduleSession, 'windows'>, userDefaults?: Partial<AftercareWindows>): AftercareWindows {
  return { ...DEFAULT_WINDOWS, ...userDefaults, ...session.windows };
}

/**
 * The windows to store in a session before the user's defaults change, so a session already logged
 * keeps the times it was logged under (its own, else the defaults of then, else the sources'); null
 * when nothing would change: no aftercare, or its own windows already set every rule.
 */
export function windowsToFreeze(session: ScheduleSession, currentDefaults?: Partial<AftercareWindows>): AftercareWindows | null {
  if (!hasAftercare(session.treatment)) return null;
  if (RESTRICTION_IDS.every((id) => session.windows?.[id] !== undefined)) return null;
  return windowsFor(session, currentDefaults);
}

export interface RestrictionSpan {
  rule: RestrictionId;
  label: string;
  /** The session whose window ends this span (the later one when sessions overlap). */
  sessionId: string;
  startsAt: number;
  endsAt: number;
  /** Window of the session that ends the span, in hours. */
  hours: number;
  /** True when the sources' default applies, false for the practitioner's window. */
  isDefault: boolean;
  rangeHours: readonly [number, number];
  note?: string;
  sources: SourceId[];
}

export function sessionRestrictions(session: ScheduleSession, userDefaults?: Partial<AftercareWindows>): RestrictionSpan[] {
  if (!hasAftercare(session.treatment)) return [];
  const windows = windowsFor(session, userDefaults);
  return AFTERCARE_RULES.map((rule) => ({
    rule: rule.id,
    label: rule.label,
    sessionId: session.id,
    startsAt: session.endedAt,
    endsAt: session.endedAt + windows[rule.id] * HOUR,
    hours: windows[rule.id],
    isDefault: windows[rule.id] === rule.defaultHours,
    rangeHours: rule.rangeHours,
    note: rule.note,
    sources: rule.sources,
  }));
}

/**
 * Restrictions over several sessions: overlapping spans of one rule join into one that ends at the
 * later end, so two sessions close together give one "no sun" span, and one reminder, not two.
 * Sorted by end.
 */
export function mergedRestrictions(sessions: readonly ScheduleSession[], userDefaults?: Partial<AftercareWindows>): RestrictionSpan[] {
  const byRule = new Map<RestrictionId, RestrictionSpan[]>();
  for (const session of sessions) {
    for (const span of sessionRestrictions(session, userDefaults)) {
      const list = byRule.get(span.rule) ?? [];
      list.push(span);
      byRule.set(span.rule, list);
    }
  }
  const merged: RestrictionSpan[] = [];
  for (const spans of byRule.values()) {
    spans.sort((a, b) => a.startsAt - b.startsAt);
    let current: RestrictionSpan | null = null;
    for (const span of spans) {
      if (current && span.startsAt <= current.endsAt) {
        if (span.endsAt >= current.endsAt) current = { ...span, startsAt: current.startsAt };
      } else {
        if (current) merged.push(current);
        current = { ...span };
      }
    }
    if (current) merged.push(current);
  }
  return merged.sort((a, b) => a.endsAt - b.endsAt || a.rule.localeCompare(b.rule));
}

export interface Milestone extends TimelineStage {
  startsAt: number;
  endsAt: number;
}

/** How long after a session its timeline has something to say: to the end of the last stage (6 months). */
export const TIMELINE_SPAN_MS = Math.max(...MICRONEEDLING_TIMELINE.map((stage) => stage.toHours)) * HOUR;

export function sessionMilestones(session: ScheduleSession): Milestone[] {
  if (!hasAftercare(session.treatment)) return [];
  return MICRONEEDLING_TIMELINE.map((stage) => ({
    ...stage,
    startsAt: session.endedAt + stage.fromHours * HOUR,
    endsAt: session.endedAt + stage.toHours * HOUR,
  }));
}

/** When a session's aftercare is over: the checklist period, or a longer practitioner's window. */
export function aftercareEndsAt(session: ScheduleSession, userDefaults?: Partial<AftercareWindows>): number {
  if (!hasAftercare(session.treatment)) return session.endedAt;
  const windows = windowsFor(session, userDefaults);
  return session.endedAt + Math.max(AFTERCARE_HOURS, ...Object.values(windows)) * HOUR;
}
