import { assertNever } from "../assert-never";
import type { ArticleRecord, Block } from "../schema";
import type { SearchableText } from "./inverted-index";

function blockText(block: Block): string {
  switch (block.type) {
    case "paragraph":
    case "subheading":
      return block.text;
    case "quote":
      return block.attribution ? `${block.text} ${block.attribution}` : block.text;
    case "image":
      return `${block.image.caption} ${block.image.credit}`;
    default:
      return assertNever(block);
  }
}

/** What search reads of a story: its headline, topics, standfirst, and as body everything else a reader reads on the page. */
export function searchableTextOf(record: Pick<ArticleRecord, "headline" | "tags" | "standfirst" | "body" | "image">): SearchableText {
  return {
    headline: record.headline,
    topics: record.tags.join(" · "),
    standfirst: record.standfirst,
    body: [`${record.image.caption} ${record.image.credit}`, ...record.body.map(blockText)].join("\n"),
  };
}
