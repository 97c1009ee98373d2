import { archivePath } from "@/content/urls";

/** The publication's name and purpose, and the way into every story it has published: the archive. */
export function SiteFooter({ siteName, description }: { siteName: string; description: string }) {
  return (
    <footer className="border-t border-rule print:hidden">
      <div className="mx-auto max-w-page px-4 py-8 text-sm text-muted">
        <p className="font-serif text-lg font-bold text-ink">{siteName}</p>
        <p className="mt-1">{description}</p>
        <p className="mt-3">
          <a href={archivePath("")} className="inline-block py-2 font-semibold text-ink underline underline-offset-2">
            Archive: every story by date
          </a>
        </p>
      </div>
    </footer>
  );
}
