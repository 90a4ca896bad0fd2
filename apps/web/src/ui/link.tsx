import type { ReactNode } from 'react';
import { BASE, navigate } from './router';

/** An in-app link: a real href (open in a new tab works) that navigates without reloading. */
export const Link = ({
  to,
  children,
  className,
}: {
  to: string;
  children: ReactNode;
  className?: string;
}) => (
  <a
    href={`${BASE}${to}`}
    className={className}
    onClick={(e) => {
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      navigate(to);
    }}
  >
    {children}
  </a>
);
