/**
 * The card a story will have when it is shared (its 1200×630 image, its title and description), shown
 * on its preview: what editors check before it goes out.
 */
export function ShareCardPreview({ src, title, description }: { src: string; title: string; description: string }) {
  return (
    <section aria-labelledby="share-card-preview" className="mx-auto max-w-measure px-4 pb-10">
      <h2 id="share-card-preview" className="font-serif text-2xl font-bold">
        Its share card
      </h2>
      <figure className="mt-4 max-w-xl overflow-hidden rounded border border-rule">
        {/* eslint-disable-next-line @next/next/no-img-element -- a private preview's own card, never optimised or cached */}
        <img src={src} width={1200} height={630} alt={`The share card: ${title}`} className="h-auto w-full" />
        <figcaption className="border-t border-rule bg-panel px-3 py-2">
          <p className="font-semibold">{title}</p>
          <p className="text-sm text-muted">{description}</p>
        </figcaption>
      </figure>
    </section>
  );
}
