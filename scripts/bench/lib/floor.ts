import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { NEXT_BIN, ROOT, run } from "./server";

/**
 * The framework floor: a bare Next.js app of the same version with one server component, built from
 * this project's node_modules (it lives under .bench/, so Next resolves packages from the root).
 */
export async function buildFloor(): Promise<string> {
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
  await run(NEXT_BIN, ["build"], { cwd: dir });
  return dir;
}
