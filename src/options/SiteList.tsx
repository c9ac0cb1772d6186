import { useState } from 'preact/hooks';
import { hostOf } from '../core/settings';
import { t } from '../i18n';

export interface SiteListProps {
  id: string;
  label: string;
  hint: string;
  hosts: string[];
  onChange(hosts: string[]): void;
}

/** Problems with what the reader typed, one per line that is no host; the hosts read from the rest. */
export function readHostLines(text: string): { hosts: string[]; bad: number[] } {
  const hosts: string[] = [];
  const bad: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const host = hostOf(line);
    if (host) {
      if (!hosts.includes(host)) hosts.push(host);
    } else bad.push(i + 1);
  });
  return { hosts, bad };
}

/**
 * A list of sites, one a line, saved as the reader types (no Save button): each line is reduced to its host (a pasted
 * address keeps only its host), and a line that is no host is named and left out until it is corrected.
 */
export function SiteList({ id, label, hint, hosts, onChange }: SiteListProps) {
  const [text, setText] = useState(hosts.join('\n'));
  const { bad, hosts: read } = readHostLines(text);
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={id}
        value={text}
        rows={5}
        aria-describedby={`${id}-hint${bad.length ? ` ${errorId}` : ''}`}
        aria-invalid={bad.length > 0}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setText(value);
          onChange(readHostLines(value).hosts);
        }}
      />
      {bad.length ? (
        <p class="error" id={errorId} role="alert">
          {t('optionsSitesBadLines', bad.join(', '))}
        </p>
      ) : null}
      {read.length ? (
        <p class="hint" data-testid={`${id}-saved`}>
          {t('optionsSitesSaved', read.join(', '))}
        </p>
      ) : null}
    </div>
  );
}
