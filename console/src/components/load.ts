/** Loading data for a page: the data, the problem, whether it is still coming, and a way to load again. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type Problem, isProblem, problemOf } from '../api.ts';

export interface Loaded<T> {
  data: T | undefined;
  problem: Problem | undefined;
  loading: boolean;
  reload(): void;
}

export function useLoad<T>(load: () => Promise<T>, dependencies: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | undefined; problem: Problem | undefined; loading: boolean }>({
    data: undefined,
    problem: undefined,
    loading: true,
  });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true, problem: undefined }));
    load().then(
      (data) => current && setState({ data, problem: undefined, loading: false }),
      (error: unknown) =>
        current &&
        setState({ data: undefined, problem: isProblem(error) ? error : problemOf(undefined, 0), loading: false }),
    );
    return () => {
      current = false;
    };
    // The caller names what the load depends on.
  }, [...dependencies, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}

/** Cursor paging: the cursor of the page shown, and the way back. */
export function useCursorPages(resetOn: unknown[]) {
  const [stack, setStack] = useState<Array<string | undefined>>([undefined]);
  useEffect(() => setStack([undefined]), resetOn);
  return {
    cursor: stack[stack.length - 1],
    page: stack.length,
    next: (cursor: string) => setStack((s) => [...s, cursor]),
    previous: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)),
  };
}
