import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { NEXT_BIN, ROOT, run } from "./server";

/**
 * The framework floor: a bare Next.js app of the same version with one server component, built from
 * this project's node_modules (it lives under .bench/, so Next resolves packages from the root).
 * Besides the bare page at /, /sized renders plain paragraphs until its HTML is about `sizedBytes`:
 * the same framework serving a page as heavy as ours, to tell framework cost from page weight.
 */
export async function buildFloor(sizedBytes: number): Promise<string> {
  const dir = path.join(ROOT, ".bench", "floor");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), '{ "private": true, "type": "module" }\n');
  writeFileSync(path.join(dir, "next.config.js"), "export default { poweredByHeader: false };\n");
  writeFileSync(
    path.join(dir, "app", "layout.jsx"),
    'export const metadata = { title: "Floor", description: "A bare Next.js page." };\n\nexport default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  );
  writeFileSync(
    path.join(dir, "app", "page.jsx"),
    "export default function Page() {\n  return (\n    <main>\n      <h1>Floor</h1>\n      <p>A bare Next.js page with one server component.</p>\n    </main>\n  );\n}\n",
  );
  // The text appears twice in the HTML (markup and React payload): half the bytes in paragraphs.
  const paragraphs = Math.max(1, Math.round(sizedBytes / 2 / 620));
  mkdirSync(path.join(dir, "app", "sized"));
  writeFileSync(
    path.join(dir, "app", "sized", "page.jsx"),
    `const TEXT = ${JSON.stringify("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(11))};\n\nexport default function Sized() {\n  return (\n    <main>\n      <h1>Floor, article-sized</h1>\n      {Array.from({ length: ${paragraphs} }, (_, index) => (\n        <p key={index}>{TEXT}</p>\n      ))}\n    </main>\n  );\n}\n`,
  );
  await run(NEXT_BIN, ["build"], { cwd: dir });
  return dir;
}
