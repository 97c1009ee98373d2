import { ResponsiveImage } from "./responsive-image";
import type { Image as ImageData } from "@/content/schema";
import { site } from "@/content/site";
import { InSiteLanguage } from "./in-site-language";

/**
 * A figure whose caption and credit are separate fields. The credit is read as "Photo: AP" by screen
 * readers and shown as a quiet label.
 */
export function CaptionedImage({ image, sizes, preload = false, story = site.locale }: { image: ImageData; sizes: string; preload?: boolean; story?: string }) {
  return (
    <figure className="mt-6">
      <ResponsiveImage
        src={image.src}
        width={image.width}
        height={image.height}
        alt={image.alt}
        sizes={sizes}
        preload={preload}
        className="h-auto w-full bg-panel"
      />
      <figcaption className="mt-2 text-sm leading-snug text-caption">
        {image.caption}{" "}
        <span className="text-xs tracking-wide whitespace-nowrap text-muted uppercase">
          <span className="sr-only">
            <InSiteLanguage story={story}>{"Photo: "}</InSiteLanguage>
          </span>
          {image.credit}
        </span>
      </figcaption>
    </figure>
  );
}
