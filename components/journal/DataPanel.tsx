import { useRef, useState } from 'preact/hooks';
import { exportFileName } from '../../utils/journal/transfer';
import { MAX_IMPORT_BYTES } from '../../utils/journal/limits';

/**
 * Export, import and delete-all. Import is all-or-nothing and says why a file was refused;
 * delete asks twice.
 */
export function DataPanel(props: {
  onExport: () => Promise<string>;
  onImport: (text: string, size: number) => Promise<{ ok: true; sessions: number; replaced: number } | { ok: false; message: string }>;
  onDeleteAll: () => Promise<void>;
}) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const run = async (work: () => Promise<void>): Promise<void> => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  const exportFile = (): Promise<void> =>
    run(async () => {
      const text = await props.onExport();
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = exportFileName(Date.now());
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage({ text: `Exported to ${link.download}.`, error: false });
    });

  const importFile = (file: File): Promise<void> =>
    run(async () => {
      // The size is checked before the text is read: a huge file is refused unread.
      const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
      const outcome = await props.onImport(text, file.size);
      if (fileInput.current) fileInput.current.value = '';
      setMessage(
        outcome.ok
          ? { text: `Imported ${outcome.sessions} session${outcome.sessions === 1 ? '' : 's'}${outcome.replaced ? ` (${outcome.replaced} already here were replaced)` : ''}.`, error: false }
          : { text: outcome.message, error: true },
      );
    });

  return (
    <section class="data" aria-labelledby="data-title">
      <h2 id="data-title">Your journal data</h2>
      <p class="hint">The journal stays on this device. Export it to keep a copy or move it to another browser.</p>
      <div class="actions">
        <button type="button" onClick={() => void exportFile()} disabled={busy}>Export journal</button>
        <label class="button secondary">
          Import journal
          <input ref={fileInput} class="visually-hidden" type="file" name="import" accept="application/json,.json" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) void importFile(f); }} />
        </label>
      </div>
      {confirming ? (
        <div role="group" aria-label="Confirm deleting the journal" class="confirm">
          <p>Delete every session, course, tick and setting of the journal, your choices on posts (hidden posts and authors) and the saved photo checks? This cannot be undone.</p>
          <button type="button" class="danger" autoFocus onClick={() => void run(async () => { await props.onDeleteAll(); setConfirming(false); setMessage({ text: 'Everything was deleted.', error: false }); })}>
            Yes, delete everything
          </button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>Keep it</button>
        </div>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>Delete the whole journal</button>
      )}
      <p role="status" aria-live="polite" class={message?.error ? 'error' : 'ok'}>{message?.text ?? ''}</p>
    </section>
  );
}
