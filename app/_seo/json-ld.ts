/**
 * Structured data for search engines, one builder per schema.org type, typed with schema-dts.
 * Rendered by components/seo/json-ld-script.tsx, the one place that writes a script tag.
 */
import type { BlogPosting, BreadcrumbList, LiveBlogPosting, NewsMediaOrganization, Organization, Person, ProfilePage, WebSite, WithContext } from "schema-dts";
import { firstSentence, latestPostTime } from "@/content/live-pages";
import { BRAND_LOGO } from "@/content/brand";
import { cropPath, CROP_NAMES } from "@/content/images";
import type { Article, Author, LiveCoverage, Post } from "@/content/schema";
import { site } from "@/content/site";
import { STANDARDS_LINKS } from "@/content/standards-links";
import { absoluteUrl, articlePath, authorPath, sectionPath } from "@/content/urls";

const ORGANIZATION_ID = absoluteUrl("/#organization");
const WEBSITE_ID = absoluteUrl("/#website");

/**
 * The publisher, with the same accounts as the follow-us bar. Whole on every page that names it:
 * crawlers read one page at a time, so an @id pointing at the front page's node is not enough.
 */
export function publisher() {
  return {
    "@type": "NewsMediaOrganization",
    "@id": ORGANIZATION_ID,
    name: site.name,
    url: absoluteUrl("/"),
    logo: { "@type": "ImageObject", url: absoluteUrl(BRAND_LOGO.path), width: `${BRAND_LOGO.width}`, height: `${BRAND_LOGO.height}` },
    sameAs: site.social.map((account) => account.url),
  } as const satisfies NewsMediaOrganization;
}

/** The publisher named by its @id, where the page also carries it whole. */
export const PUBLISHER_REFERENCE = { "@id": ORGANIZATION_ID } as const;

/**
 * The publisher in full (the front page and the pages about the newsroom): its published standards
 * (content/pages/, the Trust Project's indicators as schema.org names them), when it was founded and
 * whom readers write to.
 */
export function organizationJsonLd(): WithContext<NewsMediaOrganization> {
  const link = (path: string) => absoluteUrl(path);
  return {
    "@context": "https://schema.org",
    ...publisher(),
    description: site.description,
    foundingDate: site.foundingDate,
    publishingPrinciples: link(STANDARDS_LINKS.publishingPrinciples),
    ethicsPolicy: link(STANDARDS_LINKS.ethicsPolicy),
    correctionsPolicy: link(STANDARDS_LINKS.correctionsPolicy),
    verificationFactCheckingPolicy: link(STANDARDS_LINKS.verificationFactCheckingPolicy),
    unnamedSourcesPolicy: link(STANDARDS_LINKS.unnamedSourcesPolicy),
    actionableFeedbackPolicy: link(STANDARDS_LINKS.actionableFeedbackPolicy),
    ownershipFundingInfo: link(STANDARDS_LINKS.ownershipFundingInfo),
    masthead: link(STANDARDS_LINKS.masthead),
    contactPoint: site.contacts.map((contact) => ({ "@type": "ContactPoint", contactType: contact.type, email: contact.email, url: link(STANDARDS_LINKS.contact) })),
  };
}

export function websiteJsonLd(): WithContext<WebSite> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    "@id": WEBSITE_ID,
    name: site.name,
    url: absoluteUrl("/"),
    inLanguage: site.locale,
    publisher: { "@id": ORGANIZATION_ID },
  };
}

/** Staff are people with a page about them; agency copy is credited to the agency, an organisation. */
export function authorsOf(article: Article): (Person | Organization)[] {
  const people: Person[] = article.byline.authors.map((author) => ({ "@type": "Person", name: author.name, url: absoluteUrl(authorPath(author)) }));
  const agency: Organization[] = article.byline.agency ? [{ "@type": "Organization", name: article.byline.agency }] : [];
  return [...people, ...agency];
}

/** A post's text, block by block, for articleBody. */
const postText = (post: Post) => post.body.flatMap((block) => ("text" in block ? [block.text] : [])).join("\n\n");

/**
 * A live story's page: a LiveBlogPosting with its coverage times (the end only once it has ended), the
 * latest post's time as dateModified, and the posts on this page as BlogPostings with their own
 * addresses (the page and the post's anchor). `pagePath` is the page's address; `posts` are its posts.
 */
export function liveBlogJsonLd(article: Article, live: LiveCoverage, { pagePath, posts, now }: { pagePath: string; posts: readonly Post[]; now: number }): WithContext<LiveBlogPosting> {
  const url = absoluteUrl(articlePath(article));
  const ended = live.end !== undefined && Date.parse(live.end) <= now;
  return {
    "@context": "https://schema.org",
    "@type": "LiveBlogPosting",
    headline: article.headline,
    description: article.standfirst,
    url,
    image: CROP_NAMES.map((crop) => absoluteUrl(cropPath(article, crop))),
    datePublished: article.published,
    dateModified: latestPostTime(live.posts) ?? article.updated,
    coverageStartTime: live.start,
    publishingPrinciples: absoluteUrl(STANDARDS_LINKS.publishingPrinciples),
    ...(ended && live.end ? { coverageEndTime: live.end } : {}),
    author: authorsOf(article),
    publisher: publisher(),
    mainEntityOfPage: { "@type": "WebPage", "@id": absoluteUrl(pagePath) },
    articleSection: article.section.name,
    inLanguage: article.language,
    liveBlogUpdate: posts.map(
      (post): BlogPosting => ({
        "@type": "BlogPosting",
        headline: post.headline ?? firstSentence(post),
        datePublished: post.published,
        dateModified: post.updated ?? post.published,
        articleBody: postText(post),
        url: `${absoluteUrl(pagePath)}#post-${post.id}`,
      }),
    ),
  };
}

/**
 * An author's page: a ProfilePage about a Person, whose url is the page that NewsArticle.author names,
 * with their profiles elsewhere as sameAs (what search engines use to tell people of one name apart).
 */
export function profilePageJsonLd(author: Author, lastModified: string | undefined): WithContext<ProfilePage> {
  const url = absoluteUrl(authorPath(author));
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    "@id": url,
    url,
    ...(lastModified ? { dateModified: lastModified } : {}),
    mainEntity: {
      "@type": "Person",
      "@id": `${url}#person`,
      name: author.name,
      url,
      jobTitle: author.role,
      description: author.bio,
      ...(author.expertise?.length ? { knowsAbout: [...author.expertise] } : {}),
      ...(author.languages?.length ? { knowsLanguage: [...author.languages] } : {}),
      ...(author.photo ? { image: absoluteUrl(author.photo.src) } : {}),
      ...(author.profiles?.length ? { sameAs: author.profiles.map((profile) => profile.url) } : {}),
      worksFor: { "@type": "NewsMediaOrganization", "@id": ORGANIZATION_ID, name: site.name, url: absoluteUrl("/") },
    },
  };
}

/** Front page → section → article. */
export function breadcrumbJsonLd(article: Article): WithContext<BreadcrumbList> {
  const trail = [
    { name: site.name, path: "/" },
    { name: article.section.name, path: sectionPath(article.section) },
    { name: article.headline, path: articlePath(article) },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}
