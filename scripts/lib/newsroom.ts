/**
 * A newsroom of its own for tests (and benchmarks) that publish: a copy of the release (.next/standalone, as a replica
 * would run it) served by its own origin on a free port, with its own published store, and an editor's
 * working copy of the articles and photos to publish from with the real `npm run content:publish`.
 * Tests that publish never touch the site the other specs read.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, stopChild, waitUntil } from "@/scripts/lib/local-servers";
import { syntheticArticleModule, writeSolidPhoto, type SyntheticOptions } from "@/scripts/lib/synthetic-articles";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const NEWSROOM_TOKEN = "newsroom-test-token-00000000000000000000000";

export type PublishRun = { status: number | null; stdout: string; stderr: string };

/** One more origin process serving the same copy of the release, as a second replica does. */
export type Replica = { url: string; kill: () => void; stop: () => Promise<void> };

export class Newsroom {
  readonly url: string;
  readonly articlesDir: string;
  readonly authorsDir: string;
  readonly publicDir: string;
  /** The working copy's "Most read" module (content/most-read.ts): the stories it keeps out. */
  readonly mostReadFile: string;
  /** The embedded published store's folder (PUBLISHED_DIR) of this newsroom's origins. */
  readonly publishedDir: string;
  private process: ChildProcess | undefined;

  private constructor(
    private readonly dir: string,
    private readonly port: number,
    /** Extra environment for every origin: REDIS_URL makes replicas share the store and the cache. */
    private readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
    this.articlesDir = path.join(dir, "articles");
    this.authorsDir = path.join(dir, "authors");
    this.publicDir = path.join(dir, "public");
    this.mostReadFile = path.join(dir, "most-read.ts");
    this.publishedDir = path.join(dir, "published");
  }

  /** A copy of the release with the release's own articles and photos in the editor's working copy. */
  static async open({ env = {} as Record<string, string> } = {}): Promise<Newsroom> {
    const dir = mkdtempSync(path.join(tmpdir(), "meridian-newsroom-"));
    cpSync(path.join(ROOT, ".next", "standalone"), path.join(dir, "site"), { recursive: true });
    cpSync(path.join(ROOT, "content", "articles"), path.join(dir, "articles"), { recursive: true });
    cpSync(path.join(ROOT, "content", "authors"), path.join(dir, "authors"), { recursive: true });
    cpSync(path.join(ROOT, "public"), path.join(dir, "public"), { recursive: true });
    cpSync(path.join(ROOT, "content", "most-read.ts"), path.join(dir, "most-read.ts"));
    const newsroom = new Newsroom(dir, await freePort(), env);
    await newsroom.start();
    return newsroom;
  }

  /** An origin process on `port` for this copy of the release; resolves once it answers. */
  private async spawnOrigin(port: number, token: string | null): Promise<ChildProcess> {
    const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PUBLISHED_DIR: this.publishedDir, PUBLISH_TOKEN: token ?? "", ...this.env };
    const child = spawn(process.execPath, ["server/origin-server.mjs", "--hostname", "127.0.0.1", "--port", String(port)], { cwd: path.join(this.dir, "site"), env, stdio: "ignore" });
    try {
      await waitUntil(() => fetch(`http://127.0.0.1:${port}/`).then((response) => response.ok), `the newsroom's origin on port ${port}`);
    } catch (error) {
      child.kill("SIGKILL");
      throw error;
    }
    return child;
  }

  /** Starts the origin; `token: null` starts it without a publishing token. */
  async start({ token = NEWSROOM_TOKEN as string | null } = {}): Promise<void> {
    this.process = await this.spawnOrigin(this.port, token);
  }

  /** Another replica of the same release, with the same environment. */
  async replica(): Promise<Replica> {
    const port = await freePort();
    const child = await this.spawnOrigin(port, NEWSROOM_TOKEN);
    return {
      url: `http://127.0.0.1:${port}`,
      kill: () => child.kill("SIGKILL"),
      stop: () => stopChild(child),
    };
  }

  async stop(): Promise<void> {
    if (this.process) await stopChild(this.process);
    this.process = undefined;
  }

  async restart(options?: { token?: string | null }): Promise<void> {
    await this.stop();
    await this.start(options);
  }

  async close(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Writes synthetic stories into the working copy (not yet published). */
  writeSynthetic(first: number, count: number, options: SyntheticOptions): { slug: string; section: string }[] {
    return Array.from({ length: count }, (_, offset) => {
      const { slug, section, source } = syntheticArticleModule(first + offset, options);
      writeFileSync(path.join(this.articlesDir, `${slug}.ts`), source);
      return { slug, section };
    });
  }

  /** Writes an article module as an editor would. */
  writeModule(slug: string, source: string): void {
    writeFileSync(path.join(this.articlesDir, `${slug}.ts`), source);
  }

  /** Writes an author module as an editor would. */
  writeAuthor(slug: string, source: string): void {
    writeFileSync(path.join(this.authorsDir, `${slug}.ts`), source);
  }

  /** Writes the "Most read" module as an editor would: the stories it never lists. */
  writeMostRead(exclude: readonly string[]): void {
    writeFileSync(this.mostReadFile, `export const mostRead: { exclude: readonly string[] } = { exclude: ${JSON.stringify(exclude)} };\n`);
  }

  removeModule(slug: string): void {
    unlinkSync(path.join(this.articlesDir, `${slug}.ts`));
  }

  /** A new photo in the working copy's public/ folder. */
  writePhoto(src: string, colour: string, size: { width?: number; height?: number } = {}): Promise<{ width: number; height: number }> {
    return writeSolidPhoto(path.join(this.publicDir, src), { colour, ...size });
  }

  /** Runs `npm run content:publish` against this newsroom's origin. */
  publish(...args: string[]): PublishRun {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/publish-content.ts", "--origin", this.url, "--articles", this.articlesDir, "--authors", this.authorsDir, "--public", this.publicDir, "--most-read", this.mostReadFile, ...args],
      { cwd: ROOT, env: { ...process.env, PUBLISH_TOKEN: NEWSROOM_TOKEN }, encoding: "utf8" },
    );
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }
}
