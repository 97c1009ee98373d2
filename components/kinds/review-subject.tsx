import { siteLanguageIn } from "@/components/article/in-site-language";
import type { Review } from "@/content/schema";

/** How the site names what a review can be of. */
const REVIEWED_NAMES: Record<Review["itemReviewed"]["type"], string> = {
  Book: "Book",
  Movie: "Film",
  TVSeries: "Television",
  MusicAlbum: "Album",
  MusicRecording: "Recording",
  Event: "Event",
  Game: "Game",
  Product: "Product",
  Restaurant: "Restaurant",
  SoftwareApplication: "Software",
  CreativeWork: "Work",
};

/** Under a review's standfirst: what it reviews, by whom, and the critic's rating in words and stars. */
export function ReviewSubject({ review, story }: { review: Review; story: string }) {
  const { itemReviewed: item, rating } = review;
  return (
    <p className="mt-4 text-sm" data-review-subject="" {...siteLanguageIn(story)}>
      <span className="font-semibold">{REVIEWED_NAMES[item.type]}: </span>
      <cite className="font-serif italic">{item.name}</cite>
      {item.by ? ` by ${item.by}` : null}
      {rating ? (
        <>
          {" · "}
          <span aria-hidden="true" className="tracking-widest text-accent">
            {"★".repeat(Math.round(rating.value))}
            {"☆".repeat(rating.best - Math.round(rating.value))}
          </span>{" "}
          <span>
            {rating.value} out of {rating.best}
          </span>
        </>
      ) : null}
    </p>
  );
}
