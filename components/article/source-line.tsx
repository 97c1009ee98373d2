import { InSiteLanguage } from "./in-site-language";

export function SourceLine({ source, story }: { source: string; story: string }) {
  return (
    <p className="mt-8 text-sm font-semibold text-muted">
      <InSiteLanguage story={story}>{"Source: "}</InSiteLanguage>
      {source}
    </p>
  );
}
