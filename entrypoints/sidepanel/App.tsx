import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ComparePanel } from '../../components/compare/ComparePanel';
import type { AftercareContext } from '../../components/compare/context';
import { focusFromSearch, isFreshFocus, newerFocus, parseFocus, type Focus } from '../../components/compare/selection';
import { panelFocusItem } from '../../lib/panel-focus';
import { loadAftercareContext } from './aftercare-context';

/**
 * Wiring only: where the focus comes from (the page URL, then the session-storage hint a post's
 * "compare" button leaves, and every later change of it) and the journal's aftercare context.
 */
export function App(): JSX.Element {
  const [focus, setFocus] = useState<Focus | null>(() => focusFromSearch(location.search));
  const [context, setContext] = useState<AftercareContext | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const fromUrl = focusFromSearch(location.search) !== null;
    let live = true;
    if (!fromUrl) {
      void panelFocusItem.getValue().then((stored) => {
        const parsed = parseFocus(stored);
        if (live && parsed && isFreshFocus(parsed, Date.now())) setFocus((current) => newerFocus(current, parsed));
      });
    }
    const unwatch = panelFocusItem.watch((stored) => {
      // Every new request counts, even one for the treatment already shown: `at` differs.
      const parsed = parseFocus(stored);
      if (parsed) setFocus((current) => newerFocus(current, parsed));
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  useEffect(() => {
    let live = true;
    const refresh = (): void => {
      void loadAftercareContext(Date.now())
        .then((loaded) => {
          if (!live) return;
          setContext(loaded);
          setNow(Date.now());
        })
        .catch((error: unknown) => console.warn('[Candid Skin] no aftercare context:', error));
    };
    refresh();
    // The strip says "until Thursday": refresh it now and then while the panel stays open.
    const timer = setInterval(refresh, 5 * 60 * 1000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);

  return <ComparePanel focus={focus} context={context} now={now} />;
}
