// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageWrites } from '../../../lib/scanner/writes';

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** The page changing its own DOM, as a feed does when it appends posts. */
const pageAppends = (): void => void document.body.append(document.createElement('div'));

afterEach(() => {
  document.body.replaceChildren();
});

describe('pageWrites', () => {
  it('runs queued writes, in order, in the microtasks of the page’s next own DOM change', async () => {
    const write = pageWrites(new AbortController().signal, 10_000);
    const order: number[] = [];
    write(() => order.push(1));
    write(() => order.push(2));
    await wait(20);
    expect(order).toEqual([]); // nothing changed on the page yet, and the fallback is far off
    pageAppends();
    await Promise.resolve(); // the observer's microtask, before any rendering
    await Promise.resolve();
    expect(order).toEqual([1, 2]);
  });

  it('on a page that stays still, runs them in one animation frame after the longest wait', async () => {
    const frames = vi.spyOn(globalThis, 'requestAnimationFrame');
    const write = pageWrites(new AbortController().signal, 30);
    const done: string[] = [];
    write(() => done.push('a'));
    write(() => done.push('b'));
    await wait(10);
    expect(done).toEqual([]);
    await wait(80);
    expect(done).toEqual(['a', 'b']);
    expect(frames).toHaveBeenCalledTimes(1);
    frames.mockRestore();
  });

  it('is not woken by its own writes: a later write waits for the page again', async () => {
    const write = pageWrites(new AbortController().signal, 10_000);
    const done: string[] = [];
    write(() => {
      document.body.append(document.createElement('candid-badge')); // our own insertion
      done.push('first');
    });
    pageAppends();
    await wait(5);
    write(() => done.push('second'));
    await wait(20);
    expect(done).toEqual(['first']);
    pageAppends();
    await wait(5);
    expect(done).toEqual(['first', 'second']);
  });

  it('a write that throws does not stop the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const write = pageWrites(new AbortController().signal, 10_000);
    const done: string[] = [];
    write(() => {
      throw new Error('page changed under us');
    });
    write(() => done.push('next'));
    pageAppends();
    await wait(5);
    expect(done).toEqual(['next']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('drops queued writes once the scanner stops, whatever the page does next', async () => {
    const controller = new AbortController();
    const write = pageWrites(controller.signal, 10);
    const done: string[] = [];
    write(() => done.push('late'));
    controller.abort();
    write(() => done.push('after stop'));
    pageAppends();
    await wait(50);
    expect(done).toEqual([]);
  });
});
