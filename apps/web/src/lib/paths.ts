// Pure path helpers of the router (no DOM), unit-tested in paths.spec.ts.

/** A path with the given query parameters, empty ones left out. */
export function withQuery(path: string, params: Record<string, string | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** A route pattern such as `/prompts/:slug`; `:name` matches one path segment. */
export interface RouteMatch<P extends string = string> {
  params: Record<P, string>;
}

/** The params of `path` against `pattern`, or null when it does not match. */
export function matchPath(pattern: string, path: string): RouteMatch | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      try {
        params[want[i].slice(1)] = decodeURIComponent(have[i]);
      } catch {
        return null;
      }
    } else if (want[i] !== have[i]) return null;
  }
  return { params };
}
