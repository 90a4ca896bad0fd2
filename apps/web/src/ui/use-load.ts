import { useCallback, useEffect, useState } from 'react';

/** Loads data from a promise factory, with a reload; errors are kept to show, not thrown. */
export const useLoad = <T>(load: () => Promise<T>, deps: readonly unknown[]) => {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(load, deps);
  const reload = useCallback(() => {
    run().then(
      (d) => {
        setData(d);
        setError(null);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [run]);
  useEffect(reload, [reload]);
  return { data, error, reload, setData };
};
