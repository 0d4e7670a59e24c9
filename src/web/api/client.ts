import type { ErrorResponse } from '../../contracts/errors';
import { ApiError, CANNOT_REACH, SOMETHING_WENT_WRONG } from './api-error';

type Method = 'GET' | 'POST' | 'PUT';

function isErrorBody(value: unknown): value is ErrorResponse {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

async function request<T>(method: Method, path: string, body?: unknown, keepalive = false): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // The server only accepts state changes as same-origin JSON, so every write carries a JSON body.
  if (method !== 'GET') headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      // Lets a last save finish while the page is being closed.
      keepalive,
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
    });
  } catch {
    throw new ApiError(0, { code: 'network', message: CANNOT_REACH });
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (isErrorBody(payload) && response.status < 500) throw new ApiError(response.status, payload.error);
    throw new ApiError(response.status, { code: 'server_error', message: SOMETHING_WENT_WRONG });
  }
  return payload as T;
}

/** Builds a query string, leaving out empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown, options: { keepalive?: boolean } = {}) => request<T>('PUT', path, body, options.keepalive),
};
