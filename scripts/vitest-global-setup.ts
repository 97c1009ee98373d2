/**
 * Before the unit tests: the islands are bundled as `npm run build` bundles them, so components that
 * load one (IslandScript) render with its real hashed URL, and a bundle that no longer builds fails here.
 */
import { buildIslands } from "./build-islands";

export default async function setup() {
  await buildIslands(process.cwd());
}
