import { Dateline } from "@/components/article/dateline";
import { siteLanguageIn } from "@/components/article/in-site-language";
import type { FactCheck } from "@/content/schema";

/** At the top of a fact check: the claim, who made it, where and when, and our verdict. */
export function ClaimChecked({ factCheck, story }: { factCheck: FactCheck; story: string }) {
  return (
    <section aria-labelledby="the-claim" className="mx-auto mt-6 max-w-measure rounded border border-rule bg-panel p-4" {...siteLanguageIn(story)}>
      <h2 id="the-claim" className="text-sm font-semibold tracking-wide uppercase">
        The claim
      </h2>
      <blockquote className="mt-2 font-serif text-lg leading-snug">{factCheck.claim}</blockquote>
      <p className="mt-2 text-sm text-muted">
        {factCheck.claimant}
        {", "}
        {factCheck.appearance.url ? (
          <a href={factCheck.appearance.url} rel="noopener" className="underline underline-offset-2">
            {factCheck.appearance.name}
          </a>
        ) : (
          factCheck.appearance.name
        )}
        {", "}
        <Dateline iso={factCheck.date} withTime={false} story={story} />
      </p>
      <p className="mt-3 font-semibold">
        {"Our verdict: "}
        <strong className="text-accent">{factCheck.verdict}</strong>
      </p>
    </section>
  );
}
