/**
 * Island: counting a read. A story page carries its counting address in `[data-read-count]`
 * (components/article/read-counter.tsx); once the story has been visible a few seconds, this sends it
 * one beacon: no cookie, nothing about the reader. Without JavaScript the page's <noscript> image
 * counts instead, so a reader is counted one way, never both.
 */
import { afterVisibleFor, VISIBLE_MS } from "./read-counter";

const address = document.querySelector<HTMLElement>("[data-read-count]")?.dataset.readCount;
if (address && "sendBeacon" in navigator) {
  afterVisibleFor(
    VISIBLE_MS,
    { visible: () => document.visibilityState === "visible", onChange: (listener) => document.addEventListener("visibilitychange", listener) },
    { now: () => performance.now(), setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as number) },
    () => navigator.sendBeacon(address),
  );
}
