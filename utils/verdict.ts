import { detectBeforeAfter, type BeforeAfterMatch } from './signals/before-after';
import { REASON_SIGNALS } from './signals/index';
import { detectTreatment } from './signals/treatment';
import { COMPOSITE_REASON_ID, type Reason, type SignalId, type TextInput } from './signals/types';
import type { ConcernId, TreatmentId } from './treatments';

/** `none`: not a before/after post of skin (no badge). The others grade a before/after post. */
export const VERDICT_LEVELS = ['none', 'doubtful', 'unsure', 'no-red-flags'] as const;
export type VerdictLevel = (typeof VERDICT_LEVELS)[number];

/** The same values as the user setting (lib/settings.ts), kept here so utils/ needs nothing from lib/. */
export type Sensitivity = 'relaxed' | 'balanced' | 'strict';

export interface VerdictOptions {
  sensitivity: Sensitivity;
}

export interface Verdict {
  level: VerdictLevel;
  treatment: TreatmentId | null;
  concern: ConcernId | null;
  /** The words (or the image finding) that make this a before/after post of skin. */
  beforeAfterEvidence: string[];
  /** Why the result may not be real, strongest first; empty for `none` and `no-red-flags`. */
  reasons: Reason[];
}

/**
 * Score thresholds per sensitivity. The score adds up the reasons' strengths, each signal capped
 * (see signalScore); one text reason is worth 0.25–0.7, so:
 * - balanced: any reason of 0.3 or more makes `unsure` (a bare "link in bio", 0.25, does not);
 *   `doubtful` takes 0.9, e.g. a contradicting claim (0.5–0.6) plus a sponsorship (0.4–0.5),
 *   two contradicting claims, or a disclosed retouch (0.7) plus anything of 0.25 or more;
 * - relaxed: 0.5 and 1.2, so a single weak reason says nothing and it takes three findings to doubt;
 * - strict: 0.15 and 0.6, so any finding makes `unsure` and one strong claim makes `doubtful`.
 */
export const THRESHOLDS: Readonly<Record<Sensitivity, { unsure: number; doubtful: number }>> = {
  relaxed: { unsure: 0.5, doubtful: 1.2 },
  balanced: { unsure: 0.3, doubtful: 0.9 },
  strict: { unsure: 0.15, doubtful: 0.6 },
};

/**
 * A reason this strong is `doubtful` on its own at every sensitivity: the platform's effect or
 * AI label (0.9, 0.95) or the creator saying the picture was made with AI (0.9). The picture is
 * then not a plain photo of skin, whatever else the post says.
 */
export const DECISIVE_STRENGTH = 0.9;

/**
 * A signal can add at most this much. Sponsorship is capped at 0.6: an ad is a reason for care, not
 * proof the photo is false, so at the default sensitivity it needs a claim, a filter or an image
 * finding beside it to make a post `doubtful`.
 */
const SIGNAL_CAP: Partial<Record<SignalId, number>> = { sponsorship: 0.6 };

const clamp01 = (n: number): number => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/**
 * One signal's share of the score: the sum of its reasons' strengths (two different contradicting
 * claims are two problems), capped at 1, or lower where SIGNAL_CAP says, so that one kind of
 * evidence repeated cannot stand in for evidence of different kinds.
 */
function signalScore(signal: SignalId, reasons: readonly Reason[]): number {
  const sum = reasons.reduce((total, reason) => total + clamp01(reason.strength), 0);
  return Math.min(sum, SIGNAL_CAP[signal] ?? 1);
}

/** The sum of the signals' shares: the number the thresholds are compared with. */
export function verdictScore(reasons: readonly Reason[]): number {
  const bySignal = new Map<SignalId, Reason[]>();
  for (const reason of reasons) bySignal.set(reason.signal, [...(bySignal.get(reason.signal) ?? []), reason]);
  let score = 0;
  for (const [signal, group] of bySignal) score += signalScore(signal, group);
  return Math.round(score * 1000) / 1000; // 0.1 + 0.2 should compare as 0.3
}

function levelOf(reasons: readonly Reason[], sensitivity: Sensitivity): VerdictLevel {
  const thresholds = THRESHOLDS[sensitivity] ?? THRESHOLDS.balanced;
  if (reasons.some((reason) => clamp01(reason.strength) >= DECISIVE_STRENGTH)) return 'doubtful';
  const score = verdictScore(reasons);
  if (score >= thresholds.doubtful) return 'doubtful';
  if (score >= thresholds.unsure) return 'unsure';
  return 'no-red-flags';
}

/**
 * The verdict on one post, from its text and labels and, once the photo check has answered, its image
 * reasons (`extra`, signal 'image'), which are scored like the text reasons. Image reasons count only
 * for a before/after post: one the text says is a before/after of skin, or one whose image reason
 * `image.composite` says the picture is a before/after composite (unless the text is plainly about
 * something else, such as a haircut or a garden).
 */
export function judgePost(input: TextInput, options: VerdictOptions, extra: readonly Reason[] = []): Verdict {
  const { beforeAfter, treatment, concern, textReasons } = readPostText(input);
  const composite = extra.filter((reason) => reason.id === COMPOSITE_REASON_ID);
  const isBeforeAfter = beforeAfter.isBeforeAfter || (composite.length > 0 && beforeAfter.offTopic.length === 0);
  const beforeAfterEvidence = [...beforeAfter.evidence, ...composite.flatMap((reason) => reason.evidence)];
  if (!isBeforeAfter) return { level: 'none', treatment, concern, beforeAfterEvidence, reasons: [] };

  const reasons = [...textReasons(), ...extra.filter((reason) => reason.id !== COMPOSITE_REASON_ID)].sort(
    (a, b) => clamp01(b.strength) - clamp01(a.strength),
  );
  return { level: levelOf(reasons, options.sensitivity), treatment, concern, beforeAfterEvidence, reasons };
}

interface TextReading {
  beforeAfter: BeforeAfterMatch;
  treatment: TreatmentId | null;
  concern: ConcernId | null;
  /** The text signals' reasons, read on first use (a post that is not a before/after never needs them). */
  textReasons(): Reason[];
}

const readings = new WeakMap<object, TextReading>();

/**
 * What the words and labels of one input say, read once: the post is judged again when its photo
 * check answers, and only the image reasons are new then. Inputs are immutable (see `prepare`).
 */
function readPostText(input: TextInput): TextReading {
  const known = typeof input === 'object' && input !== null ? readings.get(input) : undefined;
  if (known) return known;
  const beforeAfter = detectBeforeAfter(input);
  const { treatment, concern } = detectTreatment(input);
  let reasons: Reason[] | null = null;
  const reading: TextReading = {
    beforeAfter,
    treatment,
    concern,
    textReasons: () => (reasons ??= REASON_SIGNALS.flatMap((signal) => signal.detect(input, { treatment }))),
  };
  if (typeof input === 'object' && input !== null) readings.set(input, reading);
  return reading;
}
