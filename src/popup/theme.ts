import { useEffect } from 'preact/hooks';
import type { Theme } from '../core/settings';

/** The reader's theme on an extension page: `auto` follows the system, through the style sheet's media query. */
export function useTheme(theme: Theme | undefined): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme ?? 'auto';
  }, [theme]);
}
