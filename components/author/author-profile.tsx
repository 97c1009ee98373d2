import { ResponsiveImage } from "@/components/article/responsive-image";
import type { Author } from "@/content/schema";
import { site } from "@/content/site";

/** "ar" → "Arabic", in the site's language. */
const languageNames = new Intl.DisplayNames([site.locale], { type: "language" });
const languageName = (tag: string) => languageNames.of(tag) ?? tag;

/** The portrait's box, fixed so nothing moves when it loads. */
const PORTRAIT_PX = 96;

/** An author's portrait, cropped to a circle of fixed size, with its credit. */
export function AuthorPortrait({ author }: { author: Author }) {
  if (!author.photo) return null;
  const { photo } = author;
  return (
    <figure className="mb-4">
      <ResponsiveImage
        src={photo.src}
        width={photo.width}
        height={photo.height}
        alt={photo.alt}
        sizes={`${PORTRAIT_PX}px`}
        preload
        className="size-24 rounded-full bg-panel object-cover"
      />
      <figcaption className="mt-1 text-xs text-muted">Photo: {photo.credit}</figcaption>
    </figure>
  );
}

/** What an author's page says about them under their name: the bio, what they cover, the languages they report in, their profiles elsewhere. */
export function AuthorAbout({ author }: { author: Author }) {
  return (
    <div className="mt-3 max-w-3xl">
      <p className="leading-relaxed">{author.bio}</p>
      {author.expertise?.length || author.languages?.length ? (
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
          {author.expertise?.length ? (
            <>
              <dt className="font-semibold">Covers</dt>
              <dd>{author.expertise.join(", ")}</dd>
            </>
          ) : null}
          {author.languages?.length ? (
            <>
              <dt className="font-semibold">Reports in</dt>
              <dd>{author.languages.map(languageName).join(", ")}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {author.profiles?.length ? (
        <ul aria-label={`${author.name} elsewhere`} className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm font-semibold">
          {author.profiles.map((profile) => (
            <li key={profile.url}>
              <a href={profile.url} rel="me" className="inline-flex min-h-11 items-center underline underline-offset-2">
                {profile.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
