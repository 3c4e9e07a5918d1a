// An in-app link: a real <a href> (opens in a new tab, copyable) that navigates without reloading.
import type { ReactNode } from 'react';
import { navigate, writeRoute, type Route } from './route';

export function RouteLink({ to, children, className }: { to: Route; children: ReactNode; className?: string }) {
  return (
    <a
      className={className}
      href={writeRoute(to)}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(to);
        window.scrollTo(0, 0);
      }}
    >
      {children}
    </a>
  );
}
