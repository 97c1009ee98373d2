// @ts-check
/**
 * The embedded published store: what was published on the running site since the release, in a folder
 * on this machine (no server to run). A journal of commits, one JSON line each, appended and fsynced:
 * a commit is either wholly on disk or not at all (a torn last line, from a crash mid-write, is
 * ignored and cut off). Photos are files named by their SHA-256, written before the commit that names
 * them, so a commit never points at a photo that is not there. Replaying the journal at start gives the
 * same state after a restart.
 *
 * One process writes a folder at a time (an in-process lock serialises commits); others may read it:
 * refresh() replays lines appended since.
 *
 * A disk that is full, read-only or failing never half-publishes: a commit that cannot write its
 * photos or its line throws StoreUnavailableError, cuts off whatever part of the line it wrote, and
 * leaves the state as it was; readers keep the last state they read.
 */
import { closeSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readSync, statSync, writeSync } from "node:fs";
import { open, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { applyCommit, commitRecord, emptyState, PublishConflictError, StoreUnavailableError } from "./state.mjs";

const JOURNAL = "journal.jsonl";
const IMAGES = "images";

/**
 * @param {{ dir: string }} options
 * @returns {import("./state.mjs").ContentStore}
 */
export function createJournalStore({ dir }) {
  mkdirSync(path.join(dir, IMAGES), { recursive: true });
  const journal = path.join(dir, JOURNAL);
  let state = emptyState();
  /** Bytes of the journal replayed so far: everything before is in `state`. */
  let consumed = 0;
  /** @type {Set<(state: import("./state.mjs").PublishedState) => void>} */
  const listeners = new Set();
  let queue = Promise.resolve();
  /** Whether the last read or write of the folder worked. */
  let healthy = true;

  /** Replays complete lines appended since the last read; returns whether anything changed. */
  function catchUp() {
    let size;
    try {
      size = statSync(journal).size;
    } catch {
      return false;
    }
    if (size <= consumed) return false;
    const fd = openSync(journal, "r");
    try {
      const buffer = Buffer.alloc(size - consumed);
      const read = readSyncFully(fd, buffer, consumed);
      const text = buffer.subarray(0, read).toString("utf8");
      const end = text.lastIndexOf("\n");
      if (end === -1) return false;
      const before = state.version;
      for (const line of text.slice(0, end).split("\n")) {
        if (line.trim() === "") continue;
        state = applyCommit(state, JSON.parse(line));
      }
      consumed += Buffer.byteLength(text.slice(0, end + 1));
      return state.version !== before;
    } finally {
      closeSync(fd);
    }
  }

  /** A last line without its newline is a commit that never finished: cut it off before appending. */
  function cutTornTail() {
    try {
      if (statSync(journal).size > consumed) {
        const fd = openSync(journal, "r+");
        ftruncateSync(fd, consumed);
        fsyncSync(fd);
        closeSync(fd);
      }
    } catch {
      // No journal yet.
    }
  }

  catchUp();

  function notify() {
    for (const listener of listeners) listener(state);
  }

  /** @param {{ sha256: string, bytes: Buffer }} image */
  async function writeImage({ sha256, bytes }) {
    const file = path.join(dir, IMAGES, sha256);
    const temporary = `${file}.tmp-${process.pid}`;
    await writeFile(temporary, bytes);
    const handle = await open(temporary, "r");
    await handle.sync();
    await handle.close();
    await rename(temporary, file);
  }

  return {
    kind: "embedded",
    ready: Promise.resolve(),
    state: () => state,
    async refresh() {
      try {
        if (catchUp()) notify();
        healthy = true;
      } catch (error) {
        if (healthy) console.error(`published store (${dir}): ${error instanceof Error ? error.message : String(error)}; serving the last state read (version ${state.version})`);
        healthy = false;
      }
    },
    available: () => healthy,
    // One origin process per folder: it is always the first.
    claim: async () => true,
    commit(commit) {
      const run = queue.then(async () => {
        if (catchUp()) notify();
        if (commit.baseVersion !== state.version) throw new PublishConflictError(state.version, commit.baseVersion);
        const line = commitRecord(commit);
        const next = applyCommit(state, line);
        const bytes = Buffer.from(`${JSON.stringify(line)}\n`);
        try {
          // Photos first: a commit may only name photos that are already on disk.
          for (const image of commit.images) await writeImage(image);
          cutTornTail();
          const fd = openSync(journal, "a");
          try {
            const written = writeSync(fd, bytes);
            if (written !== bytes.length) throw new Error(`wrote ${written} of ${bytes.length} bytes`);
            fsyncSync(fd);
          } finally {
            closeSync(fd);
          }
        } catch (error) {
          // Whatever part of the line reached the disk is cut off: the commit did not happen.
          try {
            cutTornTail();
          } catch {
            // The next commit cuts it off before appending; readers ignore a line without its newline.
          }
          healthy = false;
          throw new StoreUnavailableError("the journal", error);
        }
        healthy = true;
        consumed += bytes.length;
        state = next;
        notify();
        return { version: state.version };
      });
      queue = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    },
    async readImage(imagePath) {
      const image = state.images.get(imagePath);
      if (!image) return undefined;
      return { bytes: await readFile(path.join(dir, IMAGES, image.sha256)), type: image.type };
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
  };
}

/**
 * Reads from `position` until `buffer` is full or the file ends.
 * @param {number} fd
 * @param {Buffer} buffer
 * @param {number} position
 */
function readSyncFully(fd, buffer, position) {
  let total = 0;
  while (total < buffer.length) {
    const read = readSync(fd, buffer, total, buffer.length - total, position + total);
    if (read === 0) break;
    total += read;
  }
  return total;
}
