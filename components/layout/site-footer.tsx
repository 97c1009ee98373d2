export function SiteFooter({ siteName, description }: { siteName: string; description: string }) {
  return (
    <footer className="border-t border-rule print:hidden">
      <div className="mx-auto max-w-page px-4 py-8 text-sm text-muted">
        <p className="font-serif text-lg font-bold text-ink">{siteName}</p>
        <p className="mt-1">{description}</p>
      </div>
    </footer>
  );
}
