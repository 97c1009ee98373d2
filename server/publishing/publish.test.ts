import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createCatalog } from "@/content/queries";
import { EXISTING_IMAGE, PUBLIC_DIR, testAuthors, testEntry, testSections, validSource } from "@/content/test-support/fixtures";
import { createJournalStore } from "@/server/content-store/journal-store.mjs";
import { parsePublishRequest, publish } from "./publish";
import { PublishRequestError } from "./request-body";

function newsroom() {
  const store = createJournalStore({ dir: mkdtempSync(path.join(tmpdir(), "publish-")) });
  const catalog = createCatalog([testEntry("on-the-site", "2024-03-01T09:00:00+00:00")], { sections: testSections, authors: testAuthors });
  return { store, context: { store, catalog, references: { sections: testSections, authors: testAuthors }, publicDir: PUBLIC_DIR } };
}

const article = (slug: string, overrides = {}) => ({ file: `content/articles/${slug}.ts`, article: validSource({ slug, ...overrides }) });
const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => undefined, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(PublishRequestError);
  return error as PublishRequestError;
};
const PNG = readFileSync(path.join(PUBLIC_DIR, "brand", "icon-192.png"));

describe("publish", () => {
  it("publishes a new author with a story under their byline in one version, and only changed authors after", async () => {
    const { store, context } = newsroom();
    const hire = { slug: "new-hire", name: "New Hire", role: "Reporter", bio: "Joined this week.", photo: { src: "/brand/icon-192.png", width: 192, height: 192, alt: "New Hire", credit: "Staff" } };
    const request = { baseVersion: 0, authors: [{ file: "content/authors/new-hire.ts", author: hire }], articles: [article("by-the-hire", { byline: { authors: ["new-hire"] } })] };
    expect(await publish(parsePublishRequest(request), context)).toMatchObject({ version: 1, authors: ["new-hire"], published: ["by-the-hire"] });
    expect(store.state().authors.get("new-hire")?.record).toMatchObject({ name: "New Hire" });
    // The release's author, sent unchanged, is not committed again.
    const unchanged = await publish(parsePublishRequest({ baseVersion: 1, authors: [{ file: "content/authors/jane-doe.ts", author: testAuthors[0] }] }), context);
    expect(unchanged).toMatchObject({ version: 1, authors: [] });
  });

  it("refuses a wrong author by file and field, and a story naming an author the site does not have", async () => {
    const { store, context } = newsroom();
    const error = await refusal(
      publish(
        parsePublishRequest({
          baseVersion: 0,
          authors: [{ file: "content/authors/no-bio.ts", author: { slug: "no-bio", name: "No Bio", role: "Reporter", bio: " " } }],
          articles: [article("by-a-stranger", { byline: { authors: ["stranger"] } })],
        }),
        context,
      ),
    );
    expect(error.issues?.map((issue) => `${issue.file} ${issue.field}: ${issue.message}`)).toEqual([
      "content/authors/no-bio.ts bio: must not be empty",
      'content/articles/by-a-stranger.ts byline.authors[0]: unknown author "stranger" (add content/authors/stranger.ts)',
    ]);
    expect(store.state().version).toBe(0);
  });

  it("keeps stories out of Most read from a publish on: only stories the site holds, committed once, pages made again", async () => {
    const { store, context } = newsroom();
    const error = await refusal(publish(parsePublishRequest({ baseVersion: 0, mostRead: { exclude: ["on-the-site", "nowhere"] } }), context));
    expect(error.issues?.map((issue) => `${issue.file} ${issue.field}`)).toEqual(["content/most-read.ts exclude[1]"]);
    expect(store.state().mostRead).toBeUndefined();

    // A story sent in the same request may be kept out at once.
    const kept = await publish(parsePublishRequest({ baseVersion: 0, articles: [article("fresh")], mostRead: { exclude: ["on-the-site", "fresh"] } }), context);
    expect(kept).toMatchObject({ version: 1, mostRead: true });
    expect(store.state().mostRead).toEqual({ exclude: ["on-the-site", "fresh"] });
    expect(store.state().lastListingChangeAt).toBe(store.state().lastCommitAt);
    // The same list again changes nothing (the site's catalog holds "fresh" now); a story taken down in the
    // request cannot stay on it.
    const after = { ...context, catalog: createCatalog([testEntry("on-the-site", "2024-03-01T09:00:00+00:00"), testEntry("fresh", "2024-03-02T09:00:00+00:00")], { sections: testSections, authors: testAuthors }) };
    expect(await publish(parsePublishRequest({ baseVersion: 1, mostRead: { exclude: ["on-the-site", "fresh"] } }), after)).toMatchObject({ version: 1, mostRead: false });
    const gone = await refusal(publish(parsePublishRequest({ baseVersion: 1, deletions: ["on-the-site"], mostRead: { exclude: ["on-the-site"] } }), context));
    expect(gone.issues?.map((issue) => `${issue.file} ${issue.field}`)).toEqual(["content/most-read.ts exclude[0]"]);
    // Emptied: nothing kept out any more (not the release's list either).
    expect(await publish(parsePublishRequest({ baseVersion: 1, mostRead: { exclude: [] } }), context)).toMatchObject({ version: 2, mostRead: true });
    expect(store.state().mostRead).toEqual({ exclude: [] });
  });

  it("commits new stories, corrections and take-downs in one version", async () => {
    const { store, context } = newsroom();
    const result = await publish(parsePublishRequest({ baseVersion: 0, articles: [article("fresh"), article("on-the-site", { headline: "Corrected" })] }), context);
    expect(result).toMatchObject({ version: 1, published: ["fresh"], corrected: ["on-the-site"], removed: [] });
    expect(store.state().articles.get("fresh")?.record).toMatchObject({ slug: "fresh" });
  });

  it("says whether a commit changed what listings show: a body edit or a live post does not, a new headline does", async () => {
    const { store, context } = newsroom();
    const asOnTheSite = { headline: "on-the-site", tags: [], byline: { agency: "Agencies" }, updated: "2024-03-01T09:00:00+00:00" };
    await publish(parsePublishRequest({ baseVersion: 0, articles: [article("on-the-site", { ...asOnTheSite, updated: "2024-03-01T12:00:00+00:00", body: [{ type: "paragraph", text: "A corrected paragraph." }] })] }), context);
    expect(store.state()).toMatchObject({ version: 1, lastListingChangeAt: 0 });
    await publish(parsePublishRequest({ baseVersion: 1, articles: [article("on-the-site", { ...asOnTheSite, headline: "A new headline" })] }), context);
    expect(store.state().version).toBe(2);
    expect(store.state().lastListingChangeAt).toBe(store.state().lastCommitAt);
  });

  it("takes down a story the site has", async () => {
    const { store, context } = newsroom();
    expect(await publish(parsePublishRequest({ baseVersion: 0, deletions: ["on-the-site"] }), context)).toMatchObject({ version: 1, removed: ["on-the-site"] });
    expect(store.state().articles.get("on-the-site")?.record).toBeNull();
  });

  it("refuses every problem at once, by file and field, and commits nothing", async () => {
    const { store, context } = newsroom();
    const error = await refusal(
      publish(
        parsePublishRequest({
          baseVersion: 0,
          articles: [article("bad", { headline: "", section: "sport" }), { file: "content/articles/other-name.ts", article: validSource({ slug: "mismatch" }) }],
          deletions: ["not-on-the-site"],
        }),
        context,
      ),
    );
    expect(error.status).toBe(422);
    expect(error.issues?.map((issue) => `${issue.file} ${issue.field}`)).toEqual([
      "content/articles/bad.ts headline",
      "content/articles/bad.ts section",
      "content/articles/other-name.ts slug",
      "content/articles/not-on-the-site.ts slug",
    ]);
    expect(store.state().version).toBe(0);
  });

  it("takes a new photo with the story that uses it, checked against its declared size", async () => {
    const { store, context } = newsroom();
    const image = { src: "/images/articles/new.png", width: 192, height: 192, alt: "Alt", caption: "Caption", credit: "AP" };
    await publish(parsePublishRequest({ baseVersion: 0, articles: [article("with-photo", { image })], images: [{ path: image.src, data: PNG.toString("base64") }] }), context);
    expect(store.state().images.get(image.src)).toMatchObject({ type: "image/png", width: 192, height: 192 });
    const wrongSize = await refusal(
      publish(parsePublishRequest({ baseVersion: 1, articles: [article("other", { image: { ...image, src: "/images/articles/other.png", width: 100 } })], images: [{ path: "/images/articles/other.png", data: PNG.toString("base64") }] }), context),
    );
    expect(wrongSize.issues?.map((issue) => issue.field)).toEqual(["image.width"]);
  });

  it("never lets a photo's path change its bytes, nor keeps a photo no story uses", async () => {
    const { context } = newsroom();
    const otherBytes = Buffer.concat([readFileSync(path.join(PUBLIC_DIR, EXISTING_IMAGE.src)), Buffer.from([0])]);
    const replaced = await refusal(publish(parsePublishRequest({ baseVersion: 0, articles: [article("a")], images: [{ path: EXISTING_IMAGE.src, data: otherBytes.toString("base64") }] }), context));
    expect(replaced.issues?.[0]?.message).toMatch(/new file name/);
    const unused = await refusal(publish(parsePublishRequest({ baseVersion: 0, articles: [article("a")], images: [{ path: "/images/articles/stray.png", data: PNG.toString("base64") }] }), context));
    expect(unused.issues?.[0]?.message).toMatch(/not used/);
    const notAnImage = await refusal(publish(parsePublishRequest({ baseVersion: 0, articles: [article("a")], images: [{ path: "/images/articles/x.jpg", data: "aGVsbG8=" }] }), context));
    expect(notAnImage.issues?.[0]?.message).toMatch(/is not a jpg image/);
  });

  it("refuses a request prepared against another version of the site", async () => {
    const { context } = newsroom();
    expect((await refusal(publish(parsePublishRequest({ baseVersion: 3, deletions: ["on-the-site"] }), context))).status).toBe(409);
  });

  it("commits nothing when nothing changed", async () => {
    const { store, context } = newsroom();
    const same = await publish(parsePublishRequest({ baseVersion: 0, articles: [article("fresh")] }), context);
    const catalog = createCatalog([{ ...testEntry("fresh", "2024-03-01T09:00:00+00:00"), hash: (store.state().articles.get("fresh")?.hash ?? "") }], context.references);
    expect(await publish(parsePublishRequest({ baseVersion: same.version, articles: [article("fresh")] }), { ...context, catalog })).toMatchObject({ version: 1, unchanged: ["fresh"] });
  });
});

describe("parsePublishRequest", () => {
  it.each([
    ["no base version", { articles: [] }],
    ["nothing to publish", { baseVersion: 0 }],
    ["a module outside content/articles", { baseVersion: 0, articles: [{ file: "content/articles/../../x.ts", article: {} }] }],
    ["a photo path that climbs out", { baseVersion: 0, deletions: ["x"], images: [{ path: "/images/../x.jpg", data: "AA==" }] }],
    ["a photo that is not base64", { baseVersion: 0, deletions: ["x"], images: [{ path: "/images/a.jpg", data: "<svg>" }] }],
    ["an unknown field", { baseVersion: 0, deletions: ["x"], extra: true }],
    ["a slug that is not one", { baseVersion: 0, deletions: ["../etc"] }],
  ])("refuses %s with a 400", (_, body) => {
    expect(() => parsePublishRequest(body)).toThrow(PublishRequestError);
  });
});
