import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

let firstPage = true;

/**
 * A screen: sets the document title and, after an in-app navigation, moves focus to its heading
 * so that keyboard and screen-reader users start reading the new screen (not on the first load,
 * where focus belongs to the browser).
 */
export function Page({ title, heading, children, class: className }: { title: string; heading?: ComponentChildren; children?: ComponentChildren; class?: string }) {
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Prepstack`;
  }, [title]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    h1.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, []);
  return (
    <section class={`page ${className ?? ''}`} aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1} ref={h1}>
        {heading ?? title}
      </h1>
      {children}
    </section>
  );
}

/** A busy indicator announced politely. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
