import { NewsroomPagesNav } from "@/components/newsroom/newsroom-pages-nav";

/** Every page's foot: who we are, and the pages about the newsroom (standards, ownership, masthead, contact). */
export function SiteFooter({ siteName, description }: { siteName: string; description: string }) {
  return (
    <footer className="border-t border-rule print:hidden">
      <div className="mx-auto max-w-page px-4 py-8 text-sm text-muted">
        <p className="font-serif text-lg font-bold text-ink">{siteName}</p>
        <p className="mt-1">{description}</p>
        <NewsroomPagesNav label="About us" />
      </div>
    </footer>
  );
}
