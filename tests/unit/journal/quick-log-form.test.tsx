// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { QuickLogForm } from '../../../components/journal/QuickLogForm';
import type { CourseRecord, SessionRecord } from '../../../utils/journal/types';
import { freshRootEachTest } from '../fresh-root';

let root: HTMLElement;
freshRootEachTest((element) => (root = element));

const NOW = Date.UTC(2025, 5, 10, 12, 0);
const course: CourseRecord = { id: 'c', concern: 'acne-scars', plannedSessions: 5, intervalDays: [28, 42], startedAt: NOW - 30 * 86400000 };
const inCourse = (): HTMLInputElement => root.querySelector<HTMLInputElement>('input[name="in-course"]')!;
const treatment = (): HTMLSelectElement => root.querySelector<HTMLSelectElement>('#log-treatment')!;

function chooseTreatment(value: string): void {
  act(() => {
    treatment().value = value;
    treatment().dispatchEvent(new Event('change', { bubbles: true }));
  });
}
function click(input: HTMLInputElement): void {
  act(() => {
    input.click();
  });
}
function show(props: Partial<Parameters<typeof QuickLogForm>[0]> = {}) {
  const onSubmit = vi.fn(async (_session: SessionRecord, _asDefault: boolean) => undefined);
  act(() => render(<QuickLogForm course={course} safetyFirst={false} onSubmit={onSubmit} {...props} />, root));
  return onSubmit;
}
async function submit(): Promise<void> {
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('QuickLogForm: "Part of my course"', () => {
  it('is ticked for a treatment with aftercare, not for one without, and follows the chosen treatment', async () => {
    const onSubmit = show();
    expect(inCourse().checked).toBe(true);
    chooseTreatment('botox');
    expect(inCourse().checked).toBe(false);
    chooseTreatment('microneedling-rf');
    expect(inCourse().checked).toBe(true);
    chooseTreatment('botox');
    await submit();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]![0].treatment).toBe('botox');
    expect(onSubmit.mock.calls[0]![0].courseId).toBeUndefined();
  });

  it("keeps the user's own choice when the treatment changes afterwards", async () => {
    const onSubmit = show();
    chooseTreatment('botox');
    click(inCourse());
    expect(inCourse().checked).toBe(true);
    chooseTreatment('microdermabrasion');
    expect(inCourse().checked).toBe(true);
    await submit();
    expect(onSubmit.mock.calls[0]![0].courseId).toBe('c');
  });

  it('keeps the stored value of an edited session', () => {
    const base: SessionRecord = { id: 'e', treatment: 'botox', endedAt: NOW, setting: 'clinic', areas: [], applied: [], concerns: [], notes: '', createdAt: NOW, updatedAt: NOW };
    show({ editing: { ...base, courseId: 'c' } });
    expect(inCourse().checked).toBe(true);
    act(() => render(null, root));
    show({ editing: { ...base, treatment: 'microneedling' } });
    expect(inCourse().checked).toBe(false);
    chooseTreatment('microneedling-prp');
    expect(inCourse().checked).toBe(false);
  });
});

describe('QuickLogForm: the safety check', () => {
  const legend = (): string | undefined => root.querySelector('fieldset.safety legend')?.textContent ?? undefined;

  it('asks microneedling’s contraindications before a microneedling session only', async () => {
    const onSubmit = show({ safetyFirst: true });
    expect(legend()).toBe('Safety check for microneedling: does any of this apply to you now?');
    click(root.querySelector<HTMLInputElement>('fieldset.safety input[type="checkbox"]')!);
    chooseTreatment('botox');
    // Our sources list no contraindications for Botox: no check offered, none stored.
    expect(legend()).toBeUndefined();
    expect(root.textContent).not.toContain('Run the safety check');
    await submit();
    expect(onSubmit.mock.calls[0]![0].safety).toBeUndefined();
  });
});
