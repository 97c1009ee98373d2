/**
 * Island: offline reading. Registers the service worker (service-worker.island.ts, served at /sw.js) once
 * the page has loaded, so that the stories a reader reads open again without a connection. Pages work
 * the same without it.
 */
if ("serviceWorker" in navigator) {
  addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // No worker (a private window, a browser setting): pages simply need the network.
    });
  });
}
