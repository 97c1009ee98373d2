"use client";

import { useState, useSyncExternalStore } from "react";
import { Icon } from "@/components/icons/icon";

const subscribe = () => () => {};

/**
 * The phone's own share sheet (Web Share API), or a copy-link fallback where there is none. It works only
 * once JavaScript runs: without it the plain share links beside it do the job.
 */
export function ShareButton({ url, title }: { url: string; title: string }) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  const [status, setStatus] = useState("");
  // Before JavaScript runs (and forever without it) an invisible stand-in holds the button's place, so
  // its arrival moves nothing (no layout shift).
  if (!hydrated) return <span aria-hidden="true" className="invisible inline-block h-11 w-28" />;

  async function share() {
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ url, title });
      } catch {
        // The reader closed the share sheet: nothing to report.
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Link copied");
    } catch {
      setStatus("Copy failed: use the address bar");
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={share}
        className="flex h-11 items-center gap-2 rounded-full border border-rule px-4 text-sm font-semibold hover:bg-panel"
      >
        <Icon name="share" className="size-4" />
        {typeof navigator.share === "function" ? "Share" : "Copy link"}
      </button>
      <span role="status" className="text-sm text-muted">
        {status}
      </span>
    </>
  );
}
