import { languageAttributes } from "@/content/language";
import type { Article } from "@/content/schema";
import { articlePath } from "@/content/urls";

/** Breaking news above everything on the front page: one line, one link; gone when it expires. */
export function BreakingStrip({ label, article }: { label: string; article: Article }) {
  return (
    <p className="mb-6 bg-accent px-4 py-3 text-paper">
      <strong className="me-2 uppercase">Breaking</strong>
      <a href={articlePath(article)} className="font-semibold underline underline-offset-2" {...languageAttributes(article.language)}>
        {label}
      </a>
    </p>
  );
}
