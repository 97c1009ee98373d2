import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/** vnu-jar exports the path of its jar and ships no types. */
const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));

type VnuMessage = { type: string; subType?: string; url: string; message: string; extract?: string };

/** The W3C Nu HTML checker's errors for each page (name → HTML), as "name.html: message [extract]". */
export async function htmlErrors(pages: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "vnu-"));
  const files = Object.entries(pages).map(([name, html]) => {
    const file = path.join(dir, `${name}.html`);
    writeFileSync(file, html);
    return file;
  });
  // vnu exits 1 when it finds errors; the JSON report is what we read either way.
  const { stdout } = await promisify(execFile)("java", ["-jar", vnuJar, "--format", "json", "--errors-only", "--stdout", ...files]).catch((error: { stdout: string }) => error);
  return (JSON.parse(stdout) as { messages: VnuMessage[] }).messages.map((message) => `${path.basename(message.url)}: ${message.message} [${message.extract ?? ""}]`);
}
