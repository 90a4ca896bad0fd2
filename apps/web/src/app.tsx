import { useEffect, useState } from 'react';
import { api } from './api/api-client';
import type { User } from './api/api-types';
import { DocumentPage } from './features/document/document-page';
import { IncidentPage } from './features/incident/incident-page';
import { InboxPage } from './features/inbox/inbox-page';
import { LoginPage } from './features/login/login-page';
import { SearchPage } from './features/search/search-page';
import { Link } from './ui/link';
import { useRoute } from './ui/router';

const Page = ({ path }: { path: string }) => {
  const doc = /^\/documents\/([^/]+)$/.exec(path);
  if (doc) return <DocumentPage id={decodeURIComponent(doc[1]!)} />;
  const inc = /^\/incidents\/([^/]+)$/.exec(path);
  if (inc) return <IncidentPage id={decodeURIComponent(inc[1]!)} />;
  if (path === '/search') return <SearchPage />;
  return <InboxPage />;
};

/** The workspace shell: sign-in first, then a top bar and the page for the current path. */
export const App = () => {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const { path } = useRoute();
  useEffect(() => {
    api.me().then(setUser, () => setUser(null));
  }, []);
  if (user === undefined) return <p>Loading…</p>;
  if (user === null) return <LoginPage onSignedIn={setUser} />;
  return (
    <>
      <nav className="top">
        <strong>Corroborate</strong>
        <Link to="/">Inbox</Link>
        <Link to="/search">Search</Link>
        <span className="who">
          {user.displayName} ({user.role}){' '}
          <button type="button" onClick={() => void api.logout().then(() => setUser(null))}>
            Sign out
          </button>
        </span>
      </nav>
      <main>
        <Page path={path} />
      </main>
    </>
  );
};
