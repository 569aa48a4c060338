import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/**
 * For component tests: a new element in the document before each test (handed to `set`), with
 * whatever was rendered into it unmounted and the element removed after the test.
 */
export function freshRootEachTest(set: (root: HTMLElement) => void): void {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    set(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
}
