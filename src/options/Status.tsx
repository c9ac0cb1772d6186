import { useEffect, useState } from 'preact/hooks';
import type { EngineStatus } from '../messages';
import { send } from '../send';

/** What Backstory knows right now, and what loading it cost the service worker. */
export function Status() {
  const [status, setStatus] = useState<EngineStatus | undefined>();
  useEffect(() => {
    void send('status', {}).then(setStatus);
  }, []);
  if (!status) return null;
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">About this dataset</h2>
      <p data-testid="status">
        {status.entities.toLocaleString('en')} people, countries, places and organisations; {status.events.toLocaleString('en')} events. Loaded
        and ready {Math.round(status.readyMs)} ms after the service worker started ({Math.round(status.engineMs)} ms of it building the
        matcher). Everything stays on this computer.
      </p>
    </section>
  );
}
