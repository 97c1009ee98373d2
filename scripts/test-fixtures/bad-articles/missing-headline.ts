// A deliberately broken module for scripts/check-content.test.ts.
export const article = {
  slug: "missing-headline",
  standfirst: "No headline.",
  section: "world",
  tags: [],
  published: "2024-03-01T09:00:00+00:00",
  updated: "2024-03-01T09:00:00+00:00",
  byline: { agency: "Agencies" },
  image: {
    src: "/images/articles/putin-discusses-syria-peace-efforts-with-assad.jpg",
    width: 1600,
    height: 1200,
    alt: "",
    caption: "A caption",
    credit: "AP",
  },
  body: [{ type: "paragraph", text: "Text." }],
};
