import { siteLanguageIn } from "@/components/article/in-site-language";
import type { Sponsor } from "@/content/schema";
import { site } from "@/content/site";
import { kindHubPath } from "@/content/story-kind";

/** On a sponsored story: who paid for it, and that the newsroom did not write it. */
export function AboutPaidContent({ sponsor, story }: { sponsor: Sponsor; story: string }) {
  return (
    <aside aria-labelledby="about-paid-content" className="mt-5 rounded border border-rule bg-panel p-4 text-sm" {...siteLanguageIn(story)}>
        <h2 id="about-paid-content" className="font-semibold">
          About paid content
        </h2>
        <p className="mt-1">
          {"This content is paid for by "}
          <a href={sponsor.url} rel="sponsored noopener" className="underline underline-offset-2">
            {sponsor.name}
          </a>
          {` and produced for them. ${site.name}'s newsroom did not write or edit it and does not endorse it. `}
          <a href={kindHubPath("sponsored")} className="underline underline-offset-2">
            How paid content works
          </a>
        </p>
    </aside>
  );
}
