import { languageAttributes } from "@/content/language";
import type { Block } from "@/content/schema";
import { assertNever } from "@/content/assert-never";
import { CaptionedImage } from "./captioned-image";

/** Body images sit in the text column, so they are never wider than the measure. */
const BODY_IMAGE_SIZES = "(min-width: 42rem) 40rem, 100vw";

/** One block of a story in `language`; a paragraph or quote in another language is marked as such. */
export function ArticleBlock({ block, language }: { block: Block; language: string }) {
  switch (block.type) {
    case "paragraph":
      return <p {...languageAttributes(block.language ?? language, language)}>{block.text}</p>;
    case "subheading":
      return <h2 className="font-bold">{block.text}</h2>;
    case "quote":
      return (
        <blockquote className="border-s-4 border-accent ps-4" {...languageAttributes(block.language ?? language, language)}>
          <p>{block.text}</p>
          {block.attribution ? <footer className="mt-1 font-sans text-sm text-muted">— {block.attribution}</footer> : null}
        </blockquote>
      );
    case "image":
      return <CaptionedImage image={block.image} sizes={BODY_IMAGE_SIZES} story={language} />;
    default:
      return assertNever(block);
  }
}
