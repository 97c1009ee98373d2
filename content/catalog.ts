import path from "node:path";
import { authors } from "./authors";
import { createImageChecker } from "./image-files";
import { loadArticles } from "./load";
import { createCatalog } from "./queries";
import { articleModules } from "./registry.generated";
import { sections } from "./sections";

/**
 * The site's content, validated once when this module first loads. A bad module throws here, which
 * fails `next build` with every problem listed by file and field.
 */
export const catalog = createCatalog(
  loadArticles(articleModules, {
    sections,
    authors,
    checkImage: createImageChecker(path.join(/* turbopackIgnore: true */ process.cwd(), "public")),
  }),
);
