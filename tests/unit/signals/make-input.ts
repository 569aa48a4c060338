import { emptyLabels, type PostLabels } from '../../../utils/sites/types';
import type { TextInput } from '../../../utils/signals/types';

/** A post's text as an adapter would hand it over. */
export function post(caption: string, hashtags: readonly string[] = [], labels: Partial<PostLabels> = {}): TextInput {
  return { caption, hashtags: [...hashtags], labels: { ...emptyLabels(), ...labels } };
}

/** Hostile captions every signal must survive without finding anything (and without hanging). */
export const HOSTILE_NOTHING: readonly string[] = [
  '',
  '<img src=x onerror=alert(1)>',
  '<script>document.cookie</script>',
  '😍😍😍🔥🔥',
  'هذا منشور عادي عن يومي في العمل',
  'זה פוסט רגיל על היום שלי',
  '\u202e\u200f\u200d\u0000',
  'a'.repeat(100_000),
];
