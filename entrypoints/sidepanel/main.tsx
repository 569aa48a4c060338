import { render } from 'preact';
import { App } from './App';
import './style.css';

render(<App />, document.getElementById('app')!);

// Benchmark hook (issue 5): a mark after the first paint of the rendered panel. The frame callback
// runs before that paint; the task it queues runs after it.
requestAnimationFrame(() => {
  setTimeout(() => performance.mark('candid:first-render'), 0);
});
