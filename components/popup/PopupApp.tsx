import type { ComponentType } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openComparePanel } from '../../lib/open-panel';
import { addSession, deleteSession, historyPage, saveCourse, sessionCount, setTick, updateSession, writeDefaultWindows } from '../../lib/journal/store';
import { deleteJournal, exportJournal, importJournal } from '../../lib/journal/transfer';
import { HISTORY_PAGE, loadJournalView, statusSessions, type JournalView } from '../../lib/journal/view';
import { journalChanged } from '../../lib/journal/notify-background';
import { requestPersistentStorage } from '../../lib/journal/persist';
import type { ChecklistItemId } from '../../utils/knowledge/aftercare';
import type { CourseRecord, SessionRecord } from '../../utils/journal/types';
import { checklistForDay } from '../../utils/schedule/checklist';
import { courseProgress } from '../../utils/schedule/course';
import { aftercareNow } from '../../utils/schedule/status';
import { localDayKey, MINUTE } from '../../utils/schedule/time';
import { Checklist } from '../journal/Checklist';
import { Countdown } from '../journal/Countdown';
import { CoursePlan } from '../journal/CoursePlan';
import { DataPanel } from '../journal/DataPanel';
import { DefaultWindows } from '../journal/DefaultWindows';
import { History } from '../journal/History';
import { QuickLogForm } from '../journal/QuickLogForm';
import { ReminderSettings } from '../journal/ReminderSettings';
import { Timeline } from '../journal/Timeline';
import { WarningSigns } from '../journal/WarningSigns';
import { Tabs, type TabSpec } from './Tabs';

type TabId = 'today' | 'log' | 'history' | 'settings';
const TABS: readonly TabSpec<TabId>[] = [
  { id: 'today', label: 'Today' },
  { id: 'log', label: 'Log' },
  { id: 'history', label: 'History' },
  { id: 'settings', label: 'Settings' },
];

export const FIRST_RENDER_MARK = 'candid:popup-first-render';

const PERSIST_TEXT = {
  persisted: 'Your browser keeps the journal even when disk space runs low.',
  'not-persisted': 'Your browser may clear the journal if disk space runs low: export a copy now and then.',
  unsupported: '',
} as const;

/** The popup: today's aftercare, the quick log, history, and settings with the journal's data. */
export function PopupApp({ Settings }: { Settings?: ComponentType }) {
  const [view, setView] = useState<JournalView | null>(null);
  const [loadError, setLoadError] = useState('');
  const [now, setNow] = useState(() => Date.now());
  const [tab, setTab] = useState<TabId>('today');
  const [editing, setEditing] = useState<SessionRecord | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [history, setHistory] = useState<SessionRecord[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const [showSigns, setShowSigns] = useState(false);
  const [persist, setPersist] = useState<keyof typeof PERSIST_TEXT>('unsupported');
  const windowId = useRef<number | undefined>(undefined);
  const messageRef = useRef<HTMLParagraphElement>(null);

  const reload = useCallback(async (): Promise<void> => {
    try {
      const next = await loadJournalView(Date.now());
      setView(next);
      setHistory(next.history);
      setTotal(null);
      setNow(next.now);
      setLoadError('');
    } catch (error) {
      setLoadError(`The journal could not be opened: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, []);

  useEffect(() => {
    void reload();
    void requestPersistentStorage().then(setPersist);
    void browser.windows?.getCurrent().then((w) => (windowId.current = w.id), () => undefined);
    const timer = setInterval(() => setNow(Date.now()), MINUTE);
    return () => clearInterval(timer);
  }, [reload]);

  useEffect(() => {
    if (view && localDayKey(now) !== view.today) void reload();
  }, [now, view, reload]);

  // Counting walks the index, so it waits until the history is shown.
  useEffect(() => {
    if (tab === 'history' && view && total === null) void sessionCount().then(setTotal);
  }, [tab, view, total]);

  // The first render with the journal's data: scripts/bench-popup.ts reads this mark.
  const loaded = view !== null;
  useEffect(() => {
    if (loaded && performance.getEntriesByName(FIRST_RENDER_MARK).length === 0) performance.mark(FIRST_RENDER_MARK);
  }, [loaded]);

  const announce = (text: string): void => {
    setMessage(text);
    queueMicrotask(() => messageRef.current?.focus());
  };

  const afterWrite = async (text: string): Promise<void> => {
    await reload();
    void journalChanged();
    if (text) announce(text);
  };

  const derived = useMemo(() => {
    if (!view) return null;
    return {
      // With the timeline's session, which may be older than the recent ones (months 3–6).
      status: aftercareNow(statusSessions(view), view.prefs.windows, now),
      checklist: checklistForDay(view.recent, view.prefs.windows, now),
      progress: view.course ? courseProgress(view.course, view.courseSessions, now) : null,
    };
  }, [view, now]);

  const saveSession = async (session: SessionRecord, asDefault: boolean): Promise<void> => {
    const at = Date.now();
    if (editing) await updateSession(session, at);
    else await addSession(session, at);
    // Sessions already logged keep their times (writeDefaultWindows stores them first).
    if (asDefault && session.windows && view) await writeDefaultWindows({ ...view.prefs.windows, ...session.windows }, at);
    const wasEditing = editing !== null;
    setEditing(null);
    setFormKey((k) => k + 1);
    setTab(wasEditing ? 'history' : 'today');
    await afterWrite(wasEditing ? 'Changes saved.' : 'Session saved.');
  };

  const selectTab = (id: TabId): void => {
    // Leaving the Log tab ends an edit: coming back later shows a fresh form, not the old session.
    if (tab === 'log' && id !== 'log') {
      setEditing(null);
      setFormKey((k) => k + 1);
    }
    setTab(id);
    setMessage('');
  };

  const removeSession = async (session: SessionRecord): Promise<void> => {
    await deleteSession(session.id);
    setEditing(null);
    setFormKey((k) => k + 1);
    setTab('history');
    await afterWrite('Session deleted.');
  };

  const tick = async (item: ChecklistItemId, on: boolean): Promise<void> => {
    if (!view) return;
    const ticked = new Set(view.tickedToday);
    if (on) ticked.add(item);
    else ticked.delete(item);
    setView({ ...view, tickedToday: ticked });
    await setTick(view.today, item, on, Date.now());
  };

  const openCompare = (): void => {
    // Before any await: the side panel opens only while the click's user gesture is current.
    void openComparePanel({ windowId: windowId.current }).then(() => window.close(), () => undefined);
  };

  const openPrivacy = (event: Event): void => {
    event.preventDefault();
    void browser.tabs.create({ url: browser.runtime.getURL('/privacy.html') });
  };

  return (
    <div class="popup">
      <header>
        <h1>Candid Skin</h1>
        <div class="header-actions">
          <button type="button" class="warn-button" aria-expanded={showSigns} aria-controls="warning-signs" onClick={() => setShowSigns((s) => !s)}>
            Warning signs
          </button>
          <button type="button" class="secondary" onClick={openCompare}>Compare treatments</button>
        </div>
      </header>
      {showSigns ? <WarningSigns id="warning-signs" /> : null}
      <p ref={messageRef} role="status" aria-live="polite" tabIndex={-1} class="message">{message}</p>
      {loadError ? <p role="alert" class="error">{loadError}</p> : null}
      <Tabs tabs={TABS} selected={tab} onSelect={selectTab}>
        {!view || !derived ? (
          <p aria-busy="true">Opening your journal…</p>
        ) : tab === 'today' ? (
          <>
            {view.empty ? (
              <section aria-labelledby="welcome-title">
                <h2 id="welcome-title">Your treatment journal</h2>
                <p>Log a session to see what to avoid and for how long, a daily aftercare checklist, and when your next session is due.</p>
                <button type="button" onClick={() => setTab('log')}>Log a session</button>
              </section>
            ) : null}
            <Countdown status={derived.status} now={now} />
            <Checklist checklist={derived.checklist} ticked={view.tickedToday} onTick={(item, on) => void tick(item, on)} />
            <Timeline milestones={derived.status.milestones} />
            <CoursePlan course={view.course} progress={derived.progress} now={now} onSave={async (course: CourseRecord) => { await saveCourse(course, Date.now()); await afterWrite('Course saved.'); }} />
          </>
        ) : tab === 'log' ? (
          <QuickLogForm
            key={editing?.id ?? `new-${formKey}`}
            editing={editing ?? undefined}
            course={view.course}
            safetyFirst={view.course ? view.courseSessions.length === 0 : view.empty}
            userDefaults={view.prefs.windows}
            onSubmit={saveSession}
            onDelete={removeSession}
            onCancel={editing ? () => { setEditing(null); setTab('history'); } : undefined}
          />
        ) : tab === 'history' ? (
          <History
            sessions={history}
            total={total}
            course={view.course}
            courseSessions={view.courseSessions}
            now={now}
            onEdit={(session) => { setEditing(session); setTab('log'); }}
            onMore={() => {
              const last = history[history.length - 1];
              if (last) void historyPage(HISTORY_PAGE, last).then((more) => setHistory((h) => [...h, ...more]));
            }}
          />
        ) : (
          <>
            {Settings ? (
              <section aria-labelledby="feed-settings-title">
                <h2 id="feed-settings-title">Feed scanner</h2>
                <Settings />
              </section>
            ) : null}
            <ReminderSettings />
            <DefaultWindows key={JSON.stringify(view.prefs.windows ?? {})} current={view.prefs.windows} onSave={async (windows) => { await writeDefaultWindows(windows, Date.now()); await afterWrite(''); }} />
            <DataPanel
              onExport={() => exportJournal(Date.now())}
              onImport={async (text, size) => {
                const outcome = await importJournal(text, size, Date.now());
                if (outcome.ok) await afterWrite('');
                return outcome;
              }}
              onDeleteAll={async () => { await deleteJournal(); await afterWrite(''); }}
            />
            <section aria-labelledby="about-title">
              <h2 id="about-title">About your data</h2>
              {PERSIST_TEXT[persist] ? <p class="hint">{PERSIST_TEXT[persist]}</p> : null}
              <p><a href={browser.runtime.getURL('/privacy.html')} onClick={openPrivacy}>Privacy</a>: what is stored, where, and why nothing leaves your device.</p>
            </section>
          </>
        )}
      </Tabs>
    </div>
  );
}
