import { t } from '../i18n';
import { formatCount } from '../locale-format';

/**
 * Where the install of a pack file stands: its bytes read in this page, then checked by the worker (which gives no
 * measure, so the bar says only that it is busy), then its events written to the database, then done.
 */
export type InstallStep =
  | { phase: 'reading'; fileName: string; done: number; total: number }
  | { phase: 'checking'; fileName: string }
  | { phase: 'writing'; fileName: string; done: number; total: number }
  | { phase: 'done'; fileName: string; total: number };

function label(step: InstallStep): string {
  switch (step.phase) {
    case 'reading':
      return t('packProgressReading', step.fileName, formatCount(Math.round(step.done / 1024)), formatCount(Math.round(step.total / 1024)));
    case 'checking':
      return t('packProgressChecking', step.fileName);
    case 'writing':
      return t('packProgressWriting', step.fileName, formatCount(step.done), formatCount(step.total));
    case 'done':
      return t('packProgressDone', step.fileName, formatCount(step.total));
  }
}

export function InstallProgress({ step }: { step: InstallStep }) {
  return (
    <div class="install-progress" data-testid="pack-progress" data-phase={step.phase}>
      <label for="pack-progress-bar">{label(step)}</label>
      {step.phase === 'checking' ? (
        // No `value` at all while checking: an indeterminate bar, which promises no figure it does not have. A bar of
        // its own, since preact would write an emptied `value` as 0.
        <progress key="busy" id="pack-progress-bar" />
      ) : (
        <progress key="measured" id="pack-progress-bar" max={step.phase === 'done' ? 1 : Math.max(step.total, 1)} value={step.phase === 'done' ? 1 : step.done} />
      )}
    </div>
  );
}
