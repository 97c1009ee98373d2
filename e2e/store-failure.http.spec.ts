import { copyFileSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { article as seed } from "@/content/articles/putin-discusses-syria-peace-efforts-with-assad";
import { Newsroom } from "@/scripts/lib/newsroom";

/**
 * The embedded published store on a full disk: a publish fails whole with a clear refusal, the site
 * keeps serving the last version, and the next publish lands once there is room. (Redis stopped and
 * restarted under load is in replicas.http.spec.ts.) The disk is made full by pointing the journal at
 * /dev/full, which answers every write with ENOSPC.
 */
test("a full disk: the publish is refused and changes nothing, readers keep the site, and it lands once there is room", async () => {
  test.setTimeout(120_000);
  const newsroom = await Newsroom.open();
  try {
    const options = { prefix: "disk-story", sections: ["world"], start: new Date("2026-02-01T09:00:00Z"), stepMs: 60_000, image: seed.image };
    newsroom.writeSynthetic(0, 1, { ...options, headline: () => "Published before the disk filled" });
    expect(newsroom.publish().status).toBe(0);
    const front = await (await fetch(`${newsroom.url}/`)).text();
    expect(front).toContain("Published before the disk filled");

    const journal = path.join(newsroom.publishedDir, "journal.jsonl");
    const saved = `${journal}.saved`;
    copyFileSync(journal, saved);
    rmSync(journal);
    symlinkSync("/dev/full", journal);
    newsroom.writeSynthetic(1, 1, { ...options, headline: () => "Published on a full disk" });
    const refused = newsroom.publish();
    expect(refused.status).not.toBe(0);
    expect(`${refused.stdout}${refused.stderr}`).toMatch(/503|cannot be reached or written, so nothing was published/);
    // Nothing changed: the last version is served, the new story is not there.
    expect((await fetch(`${newsroom.url}/world/disk-story-000001`)).status).toBe(404);
    expect((await fetch(`${newsroom.url}/world/disk-story-000000`)).status).toBe(200);
    expect(await (await fetch(`${newsroom.url}/`)).text()).toBe(front);

    // Room again (the journal as it was): the same publish lands.
    rmSync(journal);
    copyFileSync(saved, journal);
    expect(newsroom.publish().status).toBe(0);
    await expect.poll(async () => (await fetch(`${newsroom.url}/world/disk-story-000001`)).status, { timeout: 10_000 }).toBe(200);
  } finally {
    await newsroom.close();
  }
});
