// @ts-check
/**
 * Where the site tells search engines and feed readers that something changed, from the environment;
 * each is off unless set:
 *  - INDEXNOW_ENDPOINT and INDEXNOW_KEY: IndexNow (https://www.indexnow.org): changed URLs, in batches;
 *    the key file is served at /<key>.txt (an 8-128 character key of letters, digits and dashes);
 *  - WEBSUB_HUB: a WebSub hub (https://www.w3.org/TR/websub/) pinged for each feed that changed; every
 *    feed then advertises it (and itself) in Link headers.
 */

/** @typedef {{ indexNow?: { endpoint: string, key: string }, webSubHub?: string }} Endpoints */

/**
 * @param {Record<string, string | undefined>} [environment]
 * @returns {Endpoints}
 */
export function notificationEndpoints(environment = process.env) {
  const key = environment.INDEXNOW_KEY?.trim();
  const endpoint = environment.INDEXNOW_ENDPOINT?.trim();
  const hub = environment.WEBSUB_HUB?.trim();
  if (key !== undefined && key !== "" && !/^[A-Za-z0-9-]{8,128}$/.test(key)) throw new Error("INDEXNOW_KEY must be 8 to 128 letters, digits or dashes");
  return {
    ...(endpoint && key ? { indexNow: { endpoint, key } } : {}),
    ...(hub ? { webSubHub: hub } : {}),
  };
}

/**
 * The IndexNow request for `urls` (all on `origin`'s host).
 * @param {{ endpoint: string, key: string }} indexNow
 * @param {string} origin "https://www.example.org"
 * @param {readonly string[]} urls
 */
export function indexNowRequest({ endpoint, key }, origin, urls) {
  return {
    url: endpoint,
    init: {
      method: "POST",
      headers: { "Content-Type": "application/json; charset=utf-8" },
      body: JSON.stringify({ host: new URL(origin).host, key, keyLocation: `${origin}/${key}.txt`, urlList: urls }),
    },
  };
}

/**
 * The WebSub publish ping for one feed.
 * @param {string} hub
 * @param {string} feedUrl
 */
export function webSubRequest(hub, feedUrl) {
  return {
    url: hub,
    init: {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ "hub.mode": "publish", "hub.url": feedUrl }).toString(),
    },
  };
}

/**
 * The Link header a feed is served with: its hub and itself.
 * @param {string} hub
 * @param {string} selfUrl
 */
export const feedLinkHeader = (hub, selfUrl) => `<${hub}>; rel="hub", <${selfUrl}>; rel="self"`;
