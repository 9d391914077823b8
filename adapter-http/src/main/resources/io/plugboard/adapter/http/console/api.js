// The public HTTP API, and nothing else: the console can never do what the API would refuse.
const BASE = '/elements/api-v2';
const KEY = 'plugboard.credentials';

export function credentials() {
  const saved = sessionStorage.getItem(KEY);
  return saved ? JSON.parse(saved) : null;
}

export function signIn(userSecret, organizationSecret) {
  sessionStorage.setItem(KEY, JSON.stringify({ userSecret, organizationSecret }));
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

/** An answer the API gave with an error status, or no usable answer at all. */
export class ApiError extends Error {
  constructor(message, status, errors = [], providerMessage = null) {
    super(message);
    this.status = status;
    this.errors = errors;
    this.providerMessage = providerMessage;
  }
}

export async function request(method, path, body, secrets = credentials()) {
  const headers = { Accept: 'application/json' };
  if (secrets) {
    headers.Authorization = `User ${secrets.userSecret}, Organization ${secrets.organizationSecret}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(BASE + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store', credentials: 'omit', redirect: 'error',
    });
  } catch (unreachable) {
    throw new ApiError('Cannot reach the Plugboard server. Check that it is running, then try again.', 0);
  }
  const text = await response.text();
  let json = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch (notJson) {
      throw new ApiError(`The server answered with something other than JSON (status ${response.status}). `
        + 'Is this a Plugboard server?', response.status);
    }
  }
  if (!response.ok) {
    const message = json && typeof json.message === 'string' ? json.message : `Request failed (status ${response.status}).`;
    throw new ApiError(message, response.status, (json && Array.isArray(json.errors)) ? json.errors : [],
      json ? json.providerMessage : null);
  }
  return json;
}

export const api = {
  checkCredentials: (secrets) => request('GET', '/instances', undefined, secrets),
  elements: () => request('GET', '/elements'),
  element: (key) => request('GET', `/elements/${encodeURIComponent(key)}`),
  instances: () => request('GET', '/instances'),
  instance: (id) => request('GET', `/instances/${encodeURIComponent(id)}`),
  createInstance: (body) => request('POST', '/instances', body),
  deleteInstance: (id) => request('DELETE', `/instances/${encodeURIComponent(id)}`),
};
