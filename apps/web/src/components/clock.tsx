import { useEffect, useState } from 'preact/hooks';

/** Date.now(), re-rendering every `intervalMs` while `running`. */
export function useNow(intervalMs = 1_000, running = true): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, running]);
  return now;
}
