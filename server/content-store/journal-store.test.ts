import { appendFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createJournalStore } from "./journal-store.mjs";
import { PublishConflictError, StoreUnavailableError, type Commit } from "./state.mjs";

const record = (slug: string, headline = "A headline") => ({ slug, headline });
const commit = (baseVersion: number, overrides: Partial<Commit> = {}): Commit => ({ baseVersion, upserts: [], deletions: [], images: [], ...overrides });
const photo = { path: "/images/articles/p.jpg", sha256: "ab".repeat(32), type: "image/jpeg", width: 10, height: 10, bytes: Buffer.from("photo bytes") };

describe("the embedded published store", () => {
  it("applies commits in order and gives back the same state after a restart", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "store-"));
    const store = createJournalStore({ dir });
    const changes: number[] = [];
    store.onChange((state) => changes.push(state.version));
    await store.commit(commit(0, { upserts: [{ slug: "a", record: record("a"), hash: "h1" }], images: [photo] }));
    await store.commit(commit(1, { upserts: [{ slug: "a", record: record("a", "Corrected"), hash: "h2" }], deletions: ["b"] }));
    expect(changes).toEqual([1, 2]);

    const reopened = createJournalStore({ dir }).state();
    expect(reopened.version).toBe(2);
    expect(reopened.articles.get("a")).toMatchObject({ record: { headline: "Corrected" }, hash: "h2", version: 2 });
    expect(reopened.articles.get("b")).toMatchObject({ record: null, version: 2 });
    expect(reopened.lastCommitAt).toBeGreaterThan(0);
    expect((await createJournalStore({ dir }).readImage(photo.path))?.bytes.toString()).toBe("photo bytes");
  });

  it("refuses a commit made against an older version, and changes nothing", async () => {
    const store = createJournalStore({ dir: mkdtempSync(path.join(tmpdir(), "store-")) });
    await store.commit(commit(0, { deletions: ["x"] }));
    await expect(store.commit(commit(0, { deletions: ["y"] }))).rejects.toBeInstanceOf(PublishConflictError);
    expect(store.state().version).toBe(1);
    expect(store.state().articles.has("y")).toBe(false);
  });

  it("serialises commits racing in one process: the first lands, the second is refused", async () => {
    const store = createJournalStore({ dir: mkdtempSync(path.join(tmpdir(), "store-")) });
    const results = await Promise.allSettled([store.commit(commit(0, { deletions: ["x"] })), store.commit(commit(0, { deletions: ["y"] }))]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected"]);
  });

  it("ignores a commit torn by a crash mid-write, and cuts it off before the next", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "store-"));
    await createJournalStore({ dir }).commit(commit(0, { deletions: ["x"] }));
    appendFileSync(path.join(dir, "journal.jsonl"), '{"version":2,"at":1,"upserts":[');
    const store = createJournalStore({ dir });
    expect(store.state().version).toBe(1);
    await store.commit(commit(1, { deletions: ["y"] }));
    expect(createJournalStore({ dir }).state().version).toBe(2);
    expect(readFileSync(path.join(dir, "journal.jsonl"), "utf8").trim().split("\n")).toHaveLength(2);
  });

  it("sees what another process on the same folder committed, on refresh", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "store-"));
    const reader = createJournalStore({ dir });
    await createJournalStore({ dir }).commit(commit(0, { deletions: ["x"] }));
    expect(reader.state().version).toBe(0);
    await reader.refresh();
    expect(reader.state().version).toBe(1);
  });

  it("refuses a commit it cannot write (a full disk), changes nothing, and takes the next one once there is room", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "store-"));
    const store = createJournalStore({ dir });
    await store.commit(commit(0, { deletions: ["x"] }));
    const journal = path.join(dir, "journal.jsonl");
    const before = readFileSync(journal, "utf8");
    // /dev/full answers every write with ENOSPC: the disk is full.
    rmSync(journal);
    symlinkSync("/dev/full", journal);
    await expect(store.commit(commit(1, { deletions: ["y"] }))).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(store.state().version).toBe(1);
    expect(store.state().articles.has("y")).toBe(false);
    expect(store.available()).toBe(false);
    // Room again: the journal as it was, and the same commit lands.
    rmSync(journal);
    appendFileSync(journal, before);
    await store.commit(commit(1, { deletions: ["y"] }));
    expect(createJournalStore({ dir }).state().version).toBe(2);
    expect(store.available()).toBe(true);
  });
});
