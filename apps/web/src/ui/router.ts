import { useEffect, useState } from 'react';

/** The app lives under /app/ (Vite `base`); routes are the path after it. */
export const BASE = '/app';

const current = (): string => {
  const p = window.location.pathname;
  return p.startsWith(BASE) ? p.slice(BASE.length) || '/' : p;
};

/** Goes to an in-app path without reloading. */
export const navigate = (path: string): void => {
  window.history.pushState(null, '', `${BASE}${path}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
};

/** The current in-app path and query, updated on navigation. */
export const useRoute = (): { path: string; search: URLSearchParams } => {
  const [state, setState] = useState(() => ({ path: current(), search: window.location.search }));
  useEffect(() => {
    const on = () => setState({ path: current(), search: window.location.search });
    window.addEventListener('popstate', on);
    return () => window.removeEventListener('popstate', on);
  }, []);
  return { path: state.path, search: new URLSearchParams(state.search) };
};
