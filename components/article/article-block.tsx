import type { Block } from "@/content/schema";
import { assertNever } from "./assert-never";
import { CaptionedImage } from "./captioned-image";

/** Body images sit in the text column, so they are never wider than the measure. */
const BODY_IMAGE_SIZES = "(min-width: 42rem) 40rem, 100vw";

export function ArticleBlock({ block }: { block: Block }) {
  switch (block.type) {
    case "paragraph":
      return <p>{block.text}</p>;
    case "subheading":
      return <h2 className="font-bold">{block.text}</h2>;
    case "quote":
      return (
        <blockquote className="border-l-4 border-accent pl-4">
          <p>{block.text}</p>
          {block.attribution ? <footer className="mt-1 font-sans text-sm text-muted">— {block.attribution}</footer> : null}
        </blockquote>
      );
    case "image":
      return <CaptionedImage image={block.image} sizes={BODY_IMAGE_SIZES} />;
    default:
      return assertNever(block);
  }
}
