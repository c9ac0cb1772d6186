import { useEffect, useState } from 'preact/hooks';
import type { PackInfo } from '../core/dataset/pack';
import { send } from '../send';

/**
 * Installed packs: import a pack file (checked first; a bad file is rejected with every problem listed and nothing
 * installed changes), see each pack's counts, licence and dates, and remove it.
 */
export function Packs() {
  const [packs, setPacks] = useState<PackInfo[] | undefined>();
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void send('listPacks', {}).then(setPacks);
  }, []);

  const importFile = async (file: File) => {
    setBusy(true);
    setProblems([]);
    setStatus(`Checking ${file.name}…`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch (error) {
      setProblems([`${file.name}: (file): (file): cannot be read as JSON: ${(error as Error).message}`]);
      setStatus(`${file.name} was not installed.`);
      setBusy(false);
      return;
    }
    const result = await send('installPack', { pack: parsed, fileName: file.name });
    if (result.ok) {
      setStatus(`Installed "${result.pack.name}": ${result.pack.eventCount} events, ${result.pack.entityCount} entities.`);
      setPacks(await send('listPacks', {}));
    } else {
      setProblems(result.problems);
      setStatus(`${file.name} was not installed: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}. Nothing else changed.`);
    }
    setBusy(false);
  };

  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">Dataset packs</h2>
      <p>
        A pack adds events (and entities) to Backstory's bundled dataset, e.g. one made from the Wikipedia Current Events record with
        <code> npm run --silent dataset -- import-current-events</code>.
      </p>
      <label>
        Import a pack file (.json){' '}
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          data-testid="pack-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void importFile(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <p role="status" data-testid="pack-status">
        {status}
      </p>
      {problems.length > 0 ? (
        <ul class="error" data-testid="pack-problems">
          {problems.slice(0, 200).map((p) => (
            <li key={p}>{p}</li>
          ))}
          {problems.length > 200 ? <li>… and {problems.length - 200} more</li> : null}
        </ul>
      ) : null}
      {packs === undefined ? null : packs.length === 0 ? (
        <p>No packs installed: Backstory uses its bundled dataset only.</p>
      ) : (
        <table data-testid="pack-list">
          <thead>
            <tr>
              <th>Pack</th>
              <th>Events</th>
              <th>Entities</th>
              <th>Dates</th>
              <th>Licence</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {packs.map((p) => (
              <tr key={p.id}>
                <td title={p.attribution}>{p.name}</td>
                <td>{p.eventCount}</td>
                <td>{p.entityCount}</td>
                <td>{p.from && p.to ? `${p.from} – ${p.to}` : '—'}</td>
                <td>{p.license}</td>
                <td>
                  <button type="button" onClick={() => void send('removePack', { id: p.id }).then(setPacks)} aria-label={`Remove ${p.name}`}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
