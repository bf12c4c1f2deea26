/**
 * The file name a `Content-Disposition` header suggests (RFC 6266): `filename*` (RFC 8187,
 * `UTF-8''percent-encoded`) wins over `filename` (a token or a quoted string). Directory parts
 * and control characters are dropped, since the name comes from the network.
 *
 * @returns null when the header names no usable file
 */
export function filenameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const params = new Map<string, string>();
  // Parameters after the disposition type: name=token or name="quoted \"string\"".
  const param = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s;]*))/g;
  for (let m = param.exec(header); m; m = param.exec(header)) {
    const name = m[1].toLowerCase();
    if (!params.has(name)) params.set(name, m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]);
  }
  const extended = params.get('filename*');
  if (extended) {
    const m = /^([^']*)'[^']*'(.*)$/.exec(extended);
    if (m && /^utf-8$/i.test(m[1])) {
      try {
        const name = safeName(decodeURIComponent(m[2]));
        if (name) return name;
      } catch {
        // Malformed percent-encoding: fall back to the plain filename.
      }
    }
  }
  const plain = params.get('filename');
  return plain ? safeName(plain) : null;
}

function safeName(name: string): string | null {
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base && base !== '.' && base !== '..' ? base : null;
}

/** A size as people read it: `512 bytes`, `12.3 KB`, `4.0 MB` (1 KB = 1024 bytes, as browsers count). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * Hands a Blob to the browser as a download named `filename`, through an object URL and a
 * temporary `<a download>`. The URL is revoked a little later: revoking it at once can cancel a
 * download the browser has not started reading yet.
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}
