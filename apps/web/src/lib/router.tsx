import type { ComponentChildren } from 'preact';
import { createStore } from './store';

export { matchPath, withQuery, type RouteMatch } from './paths';

/** Where the app is: the path and the query string of the address bar. */
export interface Location {
  path: string;
  query: URLSearchParams;
}

const read = (): Location => ({ path: window.location.pathname, query: new URLSearchParams(window.location.search) });

/** The current location; changes on navigate() and on the browser's back and forward. */
export const location = createStore<Location>(read());

window.addEventListener('popstate', () => location.set(read()));

/** Goes to `to` (a path with an optional query) without reloading the page. */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  const current = window.location.pathname + window.location.search;
  if (to === current) return;
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  location.set(read());
}

interface AnchorProps {
  href: string;
  class?: string;
  children?: ComponentChildren;
  onClick?(event: MouseEvent): void;
  'aria-current'?: 'page' | undefined;
  'data-testid'?: string;
}

/** An ordinary link that navigates inside the app; modified clicks (new tab, …) stay the browser's. */
export function Link({ href, onClick, ...rest }: AnchorProps) {
  return (
    <a
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(href);
      }}
      {...rest}
    />
  );
}
