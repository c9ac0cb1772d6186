import { useEffect, useState } from 'preact/hooks';
import { MAX_PACK_BYTES, type PackInfo } from '../core/dataset/pack';
import { t } from '../i18n';
import { formatCount } from '../locale-format';
import { isPackProgress } from '../messages';
import { ext, send } from '../send';
import { InstallProgress, type InstallStep } from './InstallProgress';
import { readWithProgress } from './read-file';

/** A command, the same in every language: shown as typed, never translated. */
const IMPORT_COMMAND = 'npm run --silent dataset -- import-current-events';
const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A checked pack that changes installed entities or names, waiting for the reader to confirm it. */
interface Pending {
  parsed: unknown;
  fileName: string;
  info: PackInfo;
}

/**
 * Installed packs: import a pack file (checked first; a bad file is rejected with every problem listed and nothing
 * installed changes), see each pack's counts, licence and dates, and remove it.
 */
export function Packs() {
  const [packs, setPacks] = useState<PackInfo[] | undefined>();
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | undefined>();
  const [step, setStep] = useState<InstallStep | undefined>();

  const showListFailure = (error: unknown) => setProblems([t('packListFailed', reason(error))]);

  useEffect(() => {
    send('listPacks', {}).then(setPacks, showListFailure);
  }, []);

  // The worker says how many events it has written; only the install this page is waiting for moves the bar.
  useEffect(() => {
    const onMessage = (message: unknown) => {
      if (!isPackProgress(message)) return;
      setStep((now) =>
        now && now.fileName === message.fileName && (now.phase === 'checking' || now.phase === 'writing')
          ? { phase: 'writing', fileName: message.fileName, done: message.written, total: message.total }
          : now,
      );
    };
    ext.runtime.onMessage.addListener(onMessage);
    return () => ext.runtime.onMessage.removeListener(onMessage);
  }, []);

  const install = async (parsed: unknown, fileName: string) => {
    setPending(undefined);
    setStep({ phase: 'checking', fileName });
    const result = await send('installPack', { pack: parsed, fileName });
    if (result.ok) {
      setStep({ phase: 'done', fileName, total: result.pack.eventCount });
      setStatus(t('packInstalled', result.pack.name, formatCount(result.pack.eventCount), formatCount(result.pack.entityCount)));
      setPacks(await send('listPacks', {}));
    } else {
      setStep(undefined);
      setProblems(result.problems);
      setStatus(t('packRejected', fileName, formatCount(result.problems.length)));
    }
  };

  /** Runs a call to the worker with the form disabled; a failure re-enables it and says why. */
  const guarded = async (fileName: string, work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setPending(undefined);
      setStep(undefined);
      setStatus(t('packRequestFailed', fileName, reason(error)));
    } finally {
      setBusy(false);
    }
  };

  const importFile = (file: File) =>
    guarded(file.name, async () => {
      setProblems([]);
      setPending(undefined);
      // Refused before reading: a huge file would stall this page and exceed what one message may carry.
      if (file.size > MAX_PACK_BYTES) {
        setStatus(t('packTooLarge', file.name, megabytes(file.size), megabytes(MAX_PACK_BYTES)));
        return;
      }
      setStatus('');
      const fileName = file.name;
      setStep({ phase: 'reading', fileName, done: 0, total: file.size });
      const text = await readWithProgress(file, (bytes) => setStep({ phase: 'reading', fileName, done: bytes, total: file.size }));
      setStep({ phase: 'checking', fileName });
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        setStep(undefined);
        // A problem line in the same form as the checker's (file: record: field: what), which stays in English.
        setProblems([`${fileName}: (file): (file): cannot be read as JSON: ${reason(error)}`]);
        setStatus(t('packNotRead', fileName));
        return;
      }
      const checked = await send('checkPack', { pack: parsed, fileName });
      if (!checked.ok) {
        setStep(undefined);
        setProblems(checked.problems);
        setStatus(t('packRejected', fileName, formatCount(checked.problems.length)));
        return;
      }
      if (checked.pack.replaces.length > 0 || checked.pack.ambiguousNames.length > 0) {
        setStep(undefined);
        setStatus('');
        setPending({ parsed, fileName: file.name, info: checked.pack });
        return;
      }
      await install(parsed, fileName);
    });

  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('packsHeading')}</h2>
      <p>
        {t('packsIntro')} <code>{IMPORT_COMMAND}</code>
      </p>
      <label>
        {t('packsImport')}{' '}
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
      {pending ? (
        <div data-testid="pack-overrides">
          <h3>{t('packOverridesHeading', pending.info.name)}</h3>
          <ul>
            {pending.info.replaces.map((r) => (
              <li key={`r:${r.id}`}>{t('packReplaces', r.name, r.id, r.by)}</li>
            ))}
            {pending.info.ambiguousNames.map((n) => (
              <li key={`a:${n}`}>{t('packAmbiguous', n)}</li>
            ))}
          </ul>
          <button type="button" disabled={busy} data-testid="pack-install" onClick={() => void guarded(pending.fileName, () => install(pending.parsed, pending.fileName))}>
            {t('packInstall')}
          </button>{' '}
          <button type="button" disabled={busy} onClick={() => setPending(undefined)}>
            {t('packCancel')}
          </button>
        </div>
      ) : null}
      {step ? <InstallProgress step={step} /> : null}
      <p role="status" data-testid="pack-status">
        {status}
      </p>
      {problems.length > 0 ? (
        <ul class="error" data-testid="pack-problems">
          {problems.slice(0, 200).map((p) => (
            <li key={p}>{p}</li>
          ))}
          {problems.length > 200 ? <li>{t('packsMoreProblems', formatCount(problems.length - 200))}</li> : null}
        </ul>
      ) : null}
      {packs === undefined ? null : packs.length === 0 ? (
        <p>{t('packsNone')}</p>
      ) : (
        <table data-testid="pack-list">
          <thead>
            <tr>
              <th>{t('packsColumnPack')}</th>
              <th>{t('packsColumnEvents')}</th>
              <th>{t('packsColumnEntities')}</th>
              <th>{t('packsColumnDates')}</th>
              <th>{t('packsColumnLicence')}</th>
              {/* Named for screen readers: a header cell with no name leaves the buttons' column unexplained. */}
              <th>
                <span class="visually-hidden">{t('optionsRemove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {packs.map((p) => (
              <tr key={p.id}>
                <td title={p.attribution}>{p.name}</td>
                <td>{formatCount(p.eventCount)}</td>
                <td>{formatCount(p.entityCount)}</td>
                <td>{p.from && p.to ? `${p.from} – ${p.to}` : '—'}</td>
                <td>{p.license}</td>
                <td>
                  <button type="button" onClick={() => void send('removePack', { id: p.id }).then(setPacks, showListFailure)} aria-label={t('optionsRemoveSite', p.name)}>
                    {t('optionsRemove')}
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
