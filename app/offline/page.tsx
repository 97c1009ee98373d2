import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "You are offline",
  robots: { index: false, follow: false },
};

/**
 * What a reader without a connection gets for a page they have not read (the service worker keeps it):
 * the stories they read recently, which the worker lists in `data-saved-list`, open without one.
 */
export default function OfflinePage() {
  return (
    <div className="mx-auto max-w-measure px-4 py-10">
      <h1 className="font-serif text-4xl font-bold">You are offline</h1>
      <p className="mt-4 text-lg">This page needs a connection. Stories you have read recently are saved on this device and open without one:</p>
      <ul data-saved-list="" className="mt-4 divide-y divide-rule">
        <li className="py-2 text-muted">None yet: the stories you read are saved as you read them.</li>
      </ul>
      <p className="mt-6">
        <a href="/" className="font-semibold text-accent underline underline-offset-2">
          Try the front page again
        </a>
      </p>
    </div>
  );
}
