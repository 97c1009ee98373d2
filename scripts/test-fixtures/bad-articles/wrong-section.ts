// A deliberately broken module for scripts/check-content.test.ts.
export const article = {
  slug: "wrong-section",
  headline: "Wrong section",
  standfirst: "Names a section that does not exist.",
  section: "sport",
  tags: [],
  published: "2024-03-01T09:00:00",
  updated: "2024-03-01T09:00:00+00:00",
  byline: { agency: "Agencies" },
  image: {
    src: "/images/articles/no-such-file.jpg",
    width: 1600,
    height: 1200,
    alt: "Alt",
    caption: "A caption",
    credit: "AP",
  },
  body: [{ type: "paragraph", text: "Text." }],
};
