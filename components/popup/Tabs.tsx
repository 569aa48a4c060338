import type { ComponentChildren } from 'preact';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
}

/**
 * WAI-ARIA tabs: one tab stop for the list, arrow keys (and Home/End) move between tabs, the
 * panel is focusable so screen-reader users land in it.
 */
export function Tabs<T extends string>(props: { tabs: readonly TabSpec<T>[]; selected: T; onSelect: (id: T) => void; children: ComponentChildren }) {
  const { tabs, selected, onSelect } = props;
  const move = (event: KeyboardEvent): void => {
    // From the focused tab (a click may have moved focus without selecting yet).
    const focusedId = (event.target as HTMLElement | null)?.id ?? '';
    const focused = tabs.findIndex((t) => `tab-${t.id}` === focusedId);
    const index = focused >= 0 ? focused : tabs.findIndex((t) => t.id === selected);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    event.preventDefault();
    const target = tabs[next]!;
    onSelect(target.id);
    document.getElementById(`tab-${target.id}`)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label="Journal" class="tabs" onKeyDown={move}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${selected}`} aria-labelledby={`tab-${selected}`} tabIndex={0} class="panel">
        {props.children}
      </div>
    </>
  );
}
