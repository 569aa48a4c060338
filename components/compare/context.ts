import { TREATMENT_NAMES, type TreatmentId } from '../../utils/treatments';
import type { RestrictionId } from '../../utils/knowledge/aftercare';
import type { AftercareNow } from '../../utils/schedule/status';

/**
 * The "your context" strip's input: where the user is in an aftercare window, as the journal and
 * its schedule say. The panel only shows it; it computes nothing about aftercare itself.
 */
export interface AftercareContext {
  treatment: TreatmentId;
  /** Day after the session: 1 during the first 24 hours. */
  day: number;
  /** Restrictions still running, in our short words ("no acids or retinoids"), with their end. */
  restrictions: { label: string; endsAt: number }[];
}

const DAY_MS = 24 * 3600 * 1000;

/** A treatment's name inside a sentence: "microneedling with PRP", but "RF microneedling" and "Botox" (a brand). */
function nameInSentence(id: TreatmentId): string {
  const name = TREATMENT_NAMES[id];
  if (id === 'botox' || name.charAt(1) !== name.charAt(1).toLowerCase()) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function startOfDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/**
 * When a restriction ends, as a person says it: "until 14:00" today, "until tomorrow 09:30",
 * "until Thursday" within the week, "until 12 May" beyond. Local time.
 */
export function formatUntil(endsAt: number, now: number, locale?: string): string {
  const days = Math.round((startOfDay(endsAt) - startOfDay(now)) / DAY_MS);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(endsAt);
  if (days <= 0) return `until ${time}`;
  if (days === 1) return `until tomorrow ${time}`;
  if (days < 7) return `until ${new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(endsAt)}`;
  return `until ${new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' }).format(endsAt)}`;
}

/** "Day 2 after microneedling — no acids or retinoids until Thursday; no direct sun until 12 May." */
export function contextLine(context: AftercareContext, now: number, locale?: string): string {
  const head = `Day ${context.day} after ${nameInSentence(context.treatment)}`;
  const running = context.restrictions
    .filter((r) => r.endsAt > now)
    .sort((a, b) => a.endsAt - b.endsAt)
    .map((r) => `${r.label} ${formatUntil(r.endsAt, now, locale)}`);
  return running.length ? `${head} — ${running.join('; ')}.` : `${head} — nothing is restricted any more.`;
}

/** The strip's words for each aftercare restriction (the rules themselves live in aftercare.ts). */
export const RESTRICTION_SHORT: Record<RestrictionId, string> = {
  'no-makeup': 'no makeup',
  'no-actives': 'no acids or retinoids',
  'no-sun': 'no direct sun',
  'no-swimming': 'no swimming',
};

/** The strip's input from the journal's schedule status: null outside an aftercare window. */
export function contextFromStatus(status: Pick<AftercareNow, 'latest' | 'day' | 'active'>): AftercareContext | null {
  if (!status.latest || status.day === null) return null;
  return {
    treatment: status.latest.treatment,
    day: status.day,
    restrictions: status.active.map((span) => ({ label: RESTRICTION_SHORT[span.rule], endsAt: span.endsAt })),
  };
}
