// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { batchWrites } from '../../../lib/scanner/writes';

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('batchWrites', () => {
  it('runs writes queued together in one animation frame, in order', async () => {
    const frames = vi.spyOn(globalThis, 'requestAnimationFrame');
    const write = batchWrites(new AbortController().signal, 40);
    const order: number[] = [];
    write(() => order.push(1));
    write(() => order.push(2));
    write(() => order.push(3));
    expect(order).toEqual([]); // never synchronously
    await wait(60);
    expect(order).toEqual([1, 2, 3]);
    expect(frames).toHaveBeenCalledTimes(1);
    frames.mockRestore();
  });

  it('keeps at least the gap between two batches, and later writes still run', async () => {
    const write = batchWrites(new AbortController().signal, 80);
    const times: number[] = [];
    write(() => times.push(performance.now()));
    await wait(40);
    write(() => times.push(performance.now()));
    await wait(200);
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(75);
  });

  it('a write that throws does not stop the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const write = batchWrites(new AbortController().signal, 10);
    const done: string[] = [];
    write(() => {
      throw new Error('page changed under us');
    });
    write(() => done.push('next'));
    await wait(50);
    expect(done).toEqual(['next']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('drops queued writes once the scanner stops', async () => {
    const controller = new AbortController();
    const write = batchWrites(controller.signal, 10);
    const done: string[] = [];
    write(() => done.push('late'));
    controller.abort();
    write(() => done.push('after stop'));
    await wait(50);
    expect(done).toEqual([]);
  });
});
