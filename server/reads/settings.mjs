// @ts-check
/**
 * How reads are counted: one place for every figure, each with the reason it is what it is (how "Most
 * read" is made of them: content/most-read-settings.mjs). A few can be set from the environment.
 */

import { fromEnv } from "../../content/most-read-settings.mjs";

export const READS = {
  /** Where reads are sent: /api/reads/<section>/<slug> (POST from the island, GET from <noscript>). */
  pathPrefix: "/api/reads/",
  /**
   * A reader's one read of a story is counted once a day, and a network (an office, a campus) adds at
   * most this many reads to one story a day, whatever user agents it sends: a flood from one address
   * cannot lift a story up the list.
   */
  perNetworkPerStoryPerDay: fromEnv("READS_PER_NETWORK_STORY", 10),
  /** Reads waiting to be counted are written in one batch this often (one Redis round trip a batch). */
  flushMs: 250,
  /** A batch never grows past this: a flood beyond it waits for the next batch or is dropped. */
  maxBatch: 20_000,
  /** One machine's memory of today's readers (hashes only) is bounded: past it, new readers wait for tomorrow. */
  maxReadersPerDay: 2_000_000,
};
