import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/errors';
import { ErrorNotice } from './error-notice';
import { Loading } from './page';

/**
 * A screen loaded on first use (its own chunk in the build), so the first page stays small.
 * Shows a busy line while it loads and, when the chunk cannot be fetched (offline), a notice
 * with a retry.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const get = () => {
    loading ??= load().then(
      (c) => (loaded = c),
      (error) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  return function LazyScreen(props: P) {
    const [, setReady] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      get().then(
        () => live && setReady((n) => n + 1),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [failed]);
    if (loaded) {
      const Screen = loaded;
      return <Screen {...props} />;
    }
    if (failed) {
      return <ErrorNotice error={new ApiError('This screen could not be loaded.', 'NETWORK')} onRetry={() => setFailed(false)} />;
    }
    return <Loading />;
  };
}
