/** Global keys: Esc clears the selection, "/" focuses the search box. */
import { useEffect } from 'react';
import { useAtlasStore } from '../../state';
import { SEARCH_INPUT_ID } from '../search/SearchBox';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'range');
}

/** Installs the document key handler; renders nothing. */
export function KeyboardShortcuts() {
  const store = useAtlasStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Escape') {
        if (document.querySelector('dialog[open]')) return;
        const s = store.getState();
        if (s.selected || s.pinnedTriggerPoint) s.clearSelection();
      } else if (e.key === '/' && !isTyping(e.target)) {
        const input = document.getElementById(SEARCH_INPUT_ID);
        if (input) {
          e.preventDefault();
          input.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);
  return null;
}
