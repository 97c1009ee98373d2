import { islandSrc } from "./island-src";
import type { IslandName } from "./islands";

/**
 * Loads an island on the page that renders it, right after the HTML it enhances. A module script: it
 * runs once the document is parsed, and once per page however many times it is rendered.
 */
export function IslandScript({ name }: { name: IslandName }) {
  // A module script is deferred by definition: the rule only knows classic scripts.
  // eslint-disable-next-line @next/next/no-sync-scripts
  return <script type="module" src={islandSrc(name)} />;
}
