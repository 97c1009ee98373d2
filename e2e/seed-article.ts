import { article as seedSource } from "@/content/articles/putin-discusses-syria-peace-efforts-with-assad";
import { snapshotCatalog } from "@/content/catalog";

/** The seed article as pages receive it, so expectations come from the content module, not copied strings. */
export function seedArticle() {
  const article = snapshotCatalog().getArticle(seedSource.section, seedSource.slug);
  if (!article) throw new Error("the seed article is not in the catalog");
  return article;
}

/** The body's paragraphs as the module has them, in order. */
export function seedParagraphs(): string[] {
  return seedArticle().body.flatMap((block) => (block.type === "paragraph" ? [block.text] : []));
}
