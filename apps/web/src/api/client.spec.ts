import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { authorizedFetch, installAuthHooks } from './client';
import { ApiError } from './errors';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const refused = (reason: string) => json(401, { error: { code: 'UNAUTHENTICATED', message: `access token ${reason.toLowerCase()}`, reason } });

describe('authorizedFetch', () => {
  let token: string;
  let refreshes: number;
  let refreshWorks: boolean;
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    token = 'old';
    refreshes = 0;
    refreshWorks = true;
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
    installAuthHooks({
      accessToken: async () => token,
      refresh: async () => {
        refreshes += 1;
        if (refreshWorks) token = 'new';
        return refreshWorks;
      },
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    installAuthHooks({ accessToken: async () => null, refresh: async () => false });
  });

  const sentTokens = () => fetchMock.mock.calls.map(([, init]) => new Headers(init?.headers).get('authorization'));

  it('sends the access token and returns a 2xx answer with its body unread', async () => {
    fetchMock.mockResolvedValueOnce(new Response('a,b\r\n', { status: 200 }));
    const res = await authorizedFetch('/export/attempts.csv');
    expect(await res.text()).toBe('a,b\r\n');
    expect(sentTokens()).toEqual(['Bearer old']);
    expect(fetchMock.mock.calls[0][0]).toBe('/export/attempts.csv');
  });

  it('refreshes once after a refused token and retries with the new one', async () => {
    fetchMock.mockResolvedValueOnce(refused('EXPIRED')).mockResolvedValueOnce(new Response('{}', { status: 200 }));
    const res = await authorizedFetch('/export/me.json');
    expect(res.status).toBe(200);
    expect(refreshes).toBe(1);
    expect(sentTokens()).toEqual(['Bearer old', 'Bearer new']);
  });

  it('gives up with the error of the second refusal, without a second refresh', async () => {
    fetchMock.mockResolvedValueOnce(refused('INVALID')).mockResolvedValueOnce(refused('REVOKED'));
    const error = await authorizedFetch('/export/me.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).details).toMatchObject({ reason: 'REVOKED', status: 401 });
    expect(refreshes).toBe(1);
  });

  it('does not retry when the refresh fails, or for a refusal a refresh cannot cure', async () => {
    refreshWorks = false;
    fetchMock.mockResolvedValueOnce(refused('EXPIRED'));
    await expect(authorizedFetch('/export/me.json')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(fetchMock).toHaveBeenCalledTimes(1);

    fetchMock.mockReset();
    fetchMock.mockResolvedValueOnce(json(403, { error: { code: 'FORBIDDEN', message: 'not yours' } }));
    await expect(authorizedFetch('/export/me.json')).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'not yours' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('reports an answer that is not the API error shape as BAD_RESPONSE, and no answer as NETWORK', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(authorizedFetch('/export/me.json')).rejects.toMatchObject({ code: 'BAD_RESPONSE', details: { status: 502 } });
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(authorizedFetch('/export/me.json')).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
