import { ResponsiveImage } from "@/components/article/responsive-image";
import { Dateline } from "@/components/article/dateline";
import { siteLanguageIn } from "@/components/article/in-site-language";
import { languageAttributes } from "@/content/language";
import type { Article } from "@/content/schema";
import { articlePath } from "@/content/urls";
import { KindLabel } from "@/components/kinds/kind-label";
import { LiveKicker } from "./live-kicker";
import { ReadingTime } from "./reading-time";

/** The front page's top story: its image beside the headline on wide screens, above it on phones. */
export function LeadStory({ article }: { article: Article }) {
  return (
    <article className="grid gap-5 md:grid-cols-[3fr_2fr] md:gap-8" {...languageAttributes(article.language)}>
      {/* Decorative here: the headline beside it is the link and says what the story is. */}
      <ResponsiveImage
        src={article.image.src}
        width={article.image.width}
        height={article.image.height}
        alt=""
        sizes="(min-width: 72rem) 42rem, (min-width: 48rem) 58vw, 100vw"
        preload
        className="h-auto w-full bg-panel"
      />
      <div>
        <p className="text-sm font-semibold tracking-wide text-accent uppercase" {...siteLanguageIn(article.language)}>
          <LiveKicker article={article} />
          {article.section.name}
        </p>
        <h2 className="mt-2 font-serif text-3xl leading-tight font-bold text-balance sm:text-4xl">
          <KindLabel article={article} size="card" />
          <a href={articlePath(article)} className="hover:underline">
            {article.headline}
          </a>
        </h2>
        <p className="mt-3 font-serif text-lg leading-snug text-muted sm:text-xl">{article.standfirst}</p>
        <p className="mt-3 text-sm text-dateline">
          <Dateline iso={article.published} story={article.language} />
          <ReadingTime article={article} />
        </p>
      </div>
    </article>
  );
}
