// Fetch-on-key: the result of `run` for the current `key`; "loading" while the latest key has no answer yet.
import { useEffect, useState } from "react";

export type Async<T> =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ok"; value: T }
  | { status: "error"; message: string };

type Settled<T> =
  { key: string; value: T; error?: undefined } | { key: string; error: string; value?: undefined };

/** Runs `run` whenever `key` changes (null = nothing to fetch). `run` must depend only on what `key` names. */
export function useAsync<T>(key: string | null, run: () => Promise<T>): Async<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    run().then(
      (value) => live && setSettled({ key, value }),
      (err: unknown) => live && setSettled({ key, error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
    // `run` is recreated every render; `key` names everything it fetches.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (key === null) return { status: "idle" };
  if (!settled || settled.key !== key) return { status: "loading" };
  return settled.error !== undefined
    ? { status: "error", message: settled.error }
    : { status: "ok", value: settled.value as T };
}
