import { siteLanguageIn } from "@/components/article/in-site-language";
import { siteNow } from "@/content/clock";
import { coverageOpen } from "@/content/live-pages";
import type { Article } from "@/content/schema";
import { kindHubPath, kindLabel } from "@/content/story-kind";

/**
 * What kind of story this is ("Analysis", "Opinion", "Paid content · Paid for by …"), written inside
 * its headline's heading, before the headline, so that screen readers say it with the headline; a link
 * to the kind's hub. Nothing for news, nor for live coverage while it is open (its "Live" label says
 * it; once it has ended, cards say "Live coverage"). `size`: on the story's page or on a card.
 */
export function KindLabel({ article, size }: { article: Pick<Article, "kind" | "sponsor" | "language" | "live">; size: "page" | "card" }) {
  const label = article.live && coverageOpen(article.live, siteNow()) ? undefined : kindLabel(article.kind);
  if (!label) return null;
  const paid = article.kind === "sponsored";
  return (
    <span className={`block font-sans font-semibold tracking-wide uppercase ${size === "page" ? "mb-1 text-sm" : "mb-1 text-xs"}`} data-kind={article.kind} {...siteLanguageIn(article.language)}>
      <a href={kindHubPath(label.kind)} className={`inline-block py-1 hover:underline ${paid ? "rounded bg-panel px-1.5 text-ink ring-1 ring-rule" : "text-accent"}`}>
        {label.label}
      </a>
      {paid && article.sponsor ? (
        <span className="ms-2 font-normal tracking-normal normal-case text-muted">
          {"Paid for by "}
          {size === "page" ? (
            <a href={article.sponsor.url} rel="sponsored noopener" className="underline underline-offset-2">
              {article.sponsor.name}
            </a>
          ) : (
            article.sponsor.name
          )}
        </span>
      ) : null}
      <span className="sr-only">: </span>
    </span>
  );
}
