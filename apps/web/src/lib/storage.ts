/**
 * localStorage that never throws: private modes and full quotas make it fail, and losing a
 * preference is better than losing the page.
 */
export const storage = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string | null): void {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      /* not persisted; the in-memory state still holds */
    }
  },
};
