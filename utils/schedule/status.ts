import type { AftercareWindows } from '../knowledge/aftercare';
import { aftercareEndsAt, hasAftercare, mergedRestrictions, sessionMilestones, type Milestone, type RestrictionSpan, type ScheduleSession } from './aftercare';
import { DAY } from './time';

/** What applies at one instant: the countdown, the timeline and the toolbar badge read this. */
export interface AftercareNow {
  /** The latest session that has ended; the timeline follows it. */
  latest: ScheduleSession | null;
  /** The next session logged ahead of time, if any. */
  upcoming: ScheduleSession | null;
  /** Restrictions in force now, soonest end first. */
  active: RestrictionSpan[];
  /** Restrictions that start later (a session logged ahead). */
  pending: RestrictionSpan[];
  /** Day after the latest session (1 = its first 24 hours), while its aftercare lasts. */
  day: number | null;
  /** The latest session's timeline with where "now" falls. */
  milestones: (Milestone & { state: 'past' | 'now' | 'next' })[];
}

/**
 * `sessions` may be in any order and include sessions logged ahead; only those whose aftercare
 * can still matter need to be passed (the popup queries them by an index on the end time).
 */
export function aftercareNow(sessions: readonly ScheduleSession[], userDefaults: Partial<AftercareWindows> | undefined, now: number): AftercareNow {
  const withCare = sessions.filter((s) => hasAftercare(s.treatment));
  const ended = withCare.filter((s) => s.endedAt <= now).sort((a, b) => b.endedAt - a.endedAt);
  const ahead = sessions.filter((s) => s.endedAt > now).sort((a, b) => a.endedAt - b.endedAt);
  const latest = ended[0] ?? null;
  const spans = mergedRestrictions(withCare, userDefaults);
  const active = spans.filter((span) => span.startsAt <= now && now < span.endsAt);
  const pending = spans.filter((span) => span.startsAt > now);
  let day: number | null = null;
  if (latest && now < aftercareEndsAt(latest, userDefaults)) day = Math.floor((now - latest.endedAt) / DAY) + 1;
  const milestones = latest
    ? sessionMilestones(latest).map((m) => ({ ...m, state: now >= m.endsAt ? ('past' as const) : now >= m.startsAt ? ('now' as const) : ('next' as const) }))
    : [];
  return { latest, upcoming: ahead[0] ?? null, active, pending, day, milestones };
}

/** Toolbar badge text: "D3" on the third day after the latest session, nothing outside aftercare. */
export function badgeText(status: Pick<AftercareNow, 'day'>): string {
  return status.day === null ? '' : `D${status.day}`;
}
