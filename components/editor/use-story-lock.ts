"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { StoryLockState } from "@/lib/articles/locks";

/** Often enough that a takeover reaches the editor who lost the story within a few seconds. */
const HEARTBEAT_INTERVAL_MS = 5_000;

export type StoryLock = {
  /** The last answer; null until the first heartbeat is back. */
  state: StoryLockState | null;
  /** Someone else (or this user in another tab) holds the lock: this tab must not edit. */
  readOnly: boolean;
  /** This tab was editing when someone took the story from it (or its lock lapsed and someone took it). */
  displaced: boolean;
  /** Why the last heartbeat or takeover failed, in the server's words. */
  problem: string | null;
  takingOver: boolean;
  takeOver: () => void;
  /** This tab's id, which its saves name so that only the tab holding the lock writes; null for a new story. */
  currentTab: () => string | null;
};

/**
 * This tab's id for the story: kept in the tab's own sessionStorage, so the
 * reload below keeps the lock the tab just took.
 */
function tabIdFor(articleId: string): string {
  const key = `byline:editor-tab:${articleId}`;
  try {
    const kept = sessionStorage.getItem(key);
    if (kept) return kept;
    const made = crypto.randomUUID();
    sessionStorage.setItem(key, made);
    return made;
  } catch {
    return crypto.randomUUID();
  }
}

function presencePath(articleId: string, takeover = false): string {
  return `/api/editor/stories/${encodeURIComponent(articleId)}/presence${takeover ? "/takeover" : ""}`;
}

async function errorOf(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  return body && typeof body === "object" && "error" in body && typeof body.error === "string"
    ? body.error
    : `The server answered ${response.status}: reload the page.`;
}

/**
 * Presence and the edit lock of one saved story, for one editor tab: a
 * heartbeat every few seconds (lib/articles/locks.ts decides who edits), a
 * "Take over", and a release when the tab leaves the story. `articleId` null
 * (a story not saved yet) does nothing.
 */
export function useStoryLock(articleId: string | null): StoryLock {
  const [state, setState] = useState<StoryLockState | null>(null);
  const [displaced, setDisplaced] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [takingOver, setTakingOver] = useState(false);
  const tabId = useRef<string | null>(null);
  // Answers can cross on the wire (a heartbeat sent before a takeover, back after it): the newest request wins.
  const sent = useRef(0);
  const applied = useRef(0);
  const holding = useRef(false);
  /** This tab was read-only at some point: what it shows may be older than what the holder saved or autosaved. */
  const watched = useRef(false);
  const reloading = useRef(false);

  const send = useCallback(
    async (takeover: boolean) => {
      if (!articleId) return;
      tabId.current ??= tabIdFor(articleId);
      const request = ++sent.current;
      let response: Response;
      try {
        response = await fetch(presencePath(articleId, takeover), {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ tabId: tabId.current }),
        });
      } catch {
        // Offline for a moment: the next beat tries again, and the lock waits two minutes for it.
        return;
      }
      if (request < applied.current) return;
      applied.current = request;
      if (!response.ok) {
        setProblem(await errorOf(response));
        return;
      }
      const next = (await response.json()) as StoryLockState;
      if (next.holding && watched.current) {
        // The story is ours now, but the form shows it as it was before the last holder's saves and
        // autosaved changes: editing that would write over them. A read-only tab has nothing of its
        // own to lose, so it opens the story afresh, keeping its id and so the lock.
        reloading.current = true;
        window.location.reload();
        return;
      }
      if (!next.holding && next.holder) watched.current = true;
      if (holding.current && !next.holding && next.holder) setDisplaced(true);
      if (next.holding) setDisplaced(false);
      holding.current = next.holding;
      setProblem(null);
      setState(next);
    },
    [articleId],
  );

  useEffect(() => {
    if (!articleId) return;
    const beat = () => void send(false);
    const release = () => {
      if (!tabId.current || reloading.current) return;
      // keepalive lets the request outlive the page that sends it.
      void fetch(presencePath(articleId), {
        method: "DELETE",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ tabId: tabId.current }),
        keepalive: true,
      }).catch(() => {});
      holding.current = false;
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") beat();
    };
    // Back from the browser's page cache after a pagehide released the story: claim it again at once.
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) beat();
    };
    beat();
    const timer = window.setInterval(beat, HEARTBEAT_INTERVAL_MS);
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("pagehide", release);
    window.addEventListener("pageshow", onShow);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("pagehide", release);
      window.removeEventListener("pageshow", onShow);
      release();
    };
  }, [articleId, send]);

  const takeOver = useCallback(() => {
    setTakingOver(true);
    void send(true).finally(() => setTakingOver(false));
  }, [send]);

  const currentTab = useCallback(() => {
    if (!articleId) return null;
    tabId.current ??= tabIdFor(articleId);
    return tabId.current;
  }, [articleId]);

  const readOnly = state !== null && !state.holding && state.holder !== null;
  return { state, readOnly, displaced, problem, takingOver, takeOver, currentTab };
}
