import { useEffect, useState } from 'preact/hooks';
import type { DecisionRow } from '../lib/db';
import { allDecisions, forgetDecisions } from '../lib/decisions';

const SITE_NAMES = { tiktok: 'TikTok', instagram: 'Instagram' } as const;
/** Authors listed by name; past this many the rest are counted (they can still be shown again all at once). */
const LISTED_AUTHORS = 50;

/**
 * What the user hid from a post's card ("Hide for @author", "Not a before/after post"), with a way
 * back: without it, one mistaken click would hide an author's badges for good.
 */
export function HiddenOnPosts() {
  const [rows, setRows] = useState<DecisionRow[] | null>(null);
  const [message, setMessage] = useState('');
  const load = (): Promise<void> => allDecisions().then(setRows, () => setRows([]));
  useEffect(() => void load(), []);
  if (!rows) return null;

  const authors = rows.filter((row) => row.kind === 'hide-author');
  const posts = rows.filter((row) => row.kind === 'not-before-after');
  const forget = async (ids: string[], done: string): Promise<void> => {
    await forgetDecisions(ids);
    await load();
    setMessage(`${done} Reload an open feed to see its badges again.`);
  };

  return (
    <section class="hidden-on-posts" aria-labelledby="hidden-title">
      <h2 id="hidden-title">Hidden on posts</h2>
      {authors.length === 0 && posts.length === 0 ? (
        <p class="hint">Nothing hidden. Authors you hide and posts you mark “Not a before/after post” on a post’s card are listed here.</p>
      ) : null}
      {authors.length > 0 ? (
        <ul class="hidden-authors">
          {authors.slice(0, LISTED_AUTHORS).map((row) => (
            <li key={row.id}>
              @{row.key} <span class="hint">({SITE_NAMES[row.site]})</span>{' '}
              <button type="button" class="secondary" aria-label={`Show @${row.key} again on ${SITE_NAMES[row.site]}`} onClick={() => void forget([row.id], `@${row.key} is shown again.`)}>
                Show again
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {authors.length > LISTED_AUTHORS ? (
        <p>
          And {authors.length - LISTED_AUTHORS} more authors.{' '}
          <button type="button" class="secondary" onClick={() => void forget(authors.map((row) => row.id), 'All hidden authors are shown again.')}>Show all authors again</button>
        </p>
      ) : null}
      {posts.length > 0 ? (
        <p>
          {posts.length === 1 ? '1 post' : `${posts.length} posts`} marked “Not a before/after post”.{' '}
          <button type="button" class="secondary" onClick={() => void forget(posts.map((row) => row.id), 'Those posts are checked again.')}>Check them again</button>
        </p>
      ) : null}
      <p role="status" aria-live="polite">{message}</p>
    </section>
  );
}
