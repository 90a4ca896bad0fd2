import type {
  ClaimFacts,
  ClaimRecord,
  Comment,
  DocumentFull,
  DocumentStatus,
  DocumentSummary,
  FeedItem,
  Grade,
  Incident,
  IncidentDetail,
  IncidentSearchResult,
  MediaMatchView,
  MediaSummary,
  Page,
  SearchFilters,
  SourceRecord,
  User,
} from './api-types';

/** An API answer other than 2xx, with the server's stable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: (string | number)[]; message: string }[] = [],
  ) {
    super(message);
  }
}

const CSRF_KEY = 'corroborate.csrf';

const query = (params: Record<string, string | number | undefined | null>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
};

const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  // The session cookie rides along; unsafe methods also need the CSRF token the login returned.
  const csrf = sessionStorage.getItem(CSRF_KEY);
  if (method !== 'GET' && csrf !== null) headers['x-csrf-token'] = csrf;
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => ({}))) as {
    code?: string;
    message?: string;
    issues?: ApiError['issues'];
  };
  if (!res.ok)
    throw new ApiError(
      res.status,
      data.code ?? 'http_error',
      data.message ?? res.statusText,
      data.issues ?? [],
    );
  return data as T;
};

/** The typed REST client the workspace uses; one method per route it calls. */
export const api = {
  async login(username: string, password: string, totp?: string): Promise<User> {
    const res = await call<{ user: User; csrfToken: string }>('POST', '/api/auth/login', {
      username,
      password,
      ...(totp ? { totp } : {}),
    });
    sessionStorage.setItem(CSRF_KEY, res.csrfToken);
    return res.user;
  },
  async logout(): Promise<void> {
    await call('POST', '/api/auth/logout', {});
    sessionStorage.removeItem(CSRF_KEY);
  },
  me: () => call<{ user: User }>('GET', '/api/auth/me').then((r) => r.user),
  inboxDocuments: (f: { status?: string; language?: string; sourceId?: string; cursor?: string }) =>
    call<Page<DocumentSummary>>('GET', `/api/inbox/documents${query({ ...f, limit: 100 })}`),
  setDocumentStatus: (ids: string[], status: DocumentStatus) =>
    call<{ updated: number }>('POST', '/api/inbox/documents/status', { ids, status }),
  sources: () => call<{ items: SourceRecord[] }>('GET', '/api/sources').then((r) => r.items),
  document: (id: string) =>
    call<{ document: DocumentFull; claims: ClaimRecord[] }>(
      'GET',
      `/api/documents/${encodeURIComponent(id)}`,
    ),
  searchDocuments: (q: string) =>
    call<{ hits: { id: string; title: string | null; snippet: string }[] }>(
      'GET',
      `/api/documents/search${query({ q })}`,
    ).then((r) => r.hits),
  acceptClaim: (id: string) => call<ClaimRecord>('POST', `/api/claims/${id}/accept`, {}),
  rejectClaim: (id: string) => call<ClaimRecord>('POST', `/api/claims/${id}/reject`, {}),
  correctClaim: (id: string, facts: Partial<ClaimFacts>) =>
    call<ClaimRecord>('POST', `/api/claims/${id}/correct`, facts),
  incidents: (f: Record<string, string | number | undefined>) =>
    call<Page<Incident>>('GET', `/api/incidents${query(f)}`),
  searchIncidents: (f: SearchFilters) =>
    call<IncidentSearchResult>('GET', `/api/search/incidents${query({ ...f })}`),
  incident: (id: string) => call<IncidentDetail>('GET', `/api/incidents/${encodeURIComponent(id)}`),
  incidentFromClaim: (claimId: string) =>
    call<IncidentDetail>('POST', '/api/incidents/from-claim', { claimId }),
  suggestions: (claimId: string) =>
    call<{ items: { incident: Incident; reason: string }[] }>(
      'GET',
      `/api/claims/${claimId}/suggestions`,
    ).then((r) => r.items),
  linkClaim: (incidentId: string, claimId: string) =>
    call<IncidentDetail>('POST', `/api/incidents/${incidentId}/claims`, { claimId }),
  setGrade: (incidentId: string, grade: Grade, reason: string) =>
    call<IncidentDetail>('PUT', `/api/incidents/${incidentId}/grade`, { grade, reason }),
  transition: (incidentId: string, to: string) =>
    call<IncidentDetail>('POST', `/api/incidents/${incidentId}/transitions`, { to }),
  comments: (incidentId: string) =>
    call<{ items: Comment[] }>('GET', `/api/incidents/${incidentId}/comments`).then((r) => r.items),
  addComment: (incidentId: string, body: string) =>
    call<unknown>('POST', `/api/incidents/${incidentId}/comments`, { body }),
  activity: (incidentId: string) =>
    call<{ items: FeedItem[] }>('GET', `/api/incidents/${incidentId}/activity`).then((r) => r.items),
  linkMedia: (incidentId: string, mediaId: string) =>
    call<IncidentDetail>('POST', `/api/incidents/${incidentId}/media`, { mediaId }),
  mediaList: () => call<Page<MediaSummary>>('GET', '/api/inbox/media?limit=100'),
  media: (id: string) =>
    call<{ media: MediaSummary; matches: MediaMatchView[] }>('GET', `/api/media/${encodeURIComponent(id)}`),
  thumbnailUrl: (id: string, reveal: boolean) =>
    `/api/media/${encodeURIComponent(id)}/thumbnail${reveal ? '?reveal=1' : ''}`,
};

export type Api = typeof api;
