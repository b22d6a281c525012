// The search API (README "API"), same origin as the page: the dev server locally, CloudFront in AWS.

export class ApiError extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

/**
 * @param {string} path
 * @param {Record<string, string | undefined>} [parameters] empty values are left out
 */
export async function fetchJson(path, parameters = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) if (value) query.set(name, value);
  const search = query.toString();
  const response = await fetch(search ? `${path}?${search}` : path, {
    headers: { accept: 'application/json' },
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, body?.message ?? response.statusText);
  return body;
}

export const fetchArticles = (parameters) => fetchJson('/articles', parameters);
export const fetchArticle = (id) => fetchJson(`/articles/${encodeURIComponent(id)}`);
export const fetchProvinces = () => fetchJson('/provinces');
export const fetchSources = () => fetchJson('/sources');
