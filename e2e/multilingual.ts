/**
 * Stories in the scripts a Middle East desk writes in, published into the test newsroom beside the
 * archive corpus: an Arabic story with a Latin name in its headline and an English quote, and an English
 * story with Turkish names, an Arabic quote and a correction. Their photo is the seed's.
 */
import { article as seed } from "@/content/articles/putin-discusses-syria-peace-efforts-with-assad";

const photo = `src: ${JSON.stringify(seed.image.src)}, width: ${seed.image.width}, height: ${seed.image.height}`;

export const ARABIC_STORY = {
  slug: "بوتين-يناقش-جهود-السلام-مع-الأسد",
  section: "middle-east",
  headline: "بوتين يناقش جهود السلام مع Bashar al-Assad",
  englishQuote: "We hope the opposition will take part.",
};

export const ENGLISH_STORY = {
  slug: "erdogan-and-davutoglu-meet-in-istanbul",
  section: "middle-east",
  headline: "Erdoğan and Davutoğlu meet in İstanbul",
  arabicQuote: "نأمل أن تشارك المعارضة في المؤتمر",
  correction: "An earlier version of this story said the two met in Ankara.",
};

export const MULTILINGUAL_MODULES: Record<string, string> = {
  [ARABIC_STORY.slug]: `import type { ArticleSource } from "../schema";

export const article = {
  slug: ${JSON.stringify(ARABIC_STORY.slug)},
  language: "ar",
  headline: ${JSON.stringify(ARABIC_STORY.headline)},
  standfirst: "أول اتصال هاتفي بين الزعيمين منذ عامين، بحسب الكرملين.",
  section: ${JSON.stringify(ARABIC_STORY.section)},
  tags: ["سوريا", "Russia"],
  published: "2025-06-02T10:00:00+00:00",
  updated: "2025-06-02T10:00:00+00:00",
  byline: { agency: "وكالات" },
  source: "وكالات",
  image: { ${photo}, alt: "صورة بديلة: صورة الوكالة غير متاحة", caption: "الرئيس السوري بشار الأسد في دمشق", credit: "AP" },
  body: [
    { type: "paragraph", text: "ناقش الرئيس الروسي فلاديمير بوتين يوم الخميس جهود السلام الدولية لإنهاء النزاع في سوريا." },
    { type: "quote", text: ${JSON.stringify(ARABIC_STORY.englishQuote)}, attribution: "Kremlin statement", language: "en-GB" },
  ],
} as const satisfies ArticleSource;
`,
  [ENGLISH_STORY.slug]: `import type { ArticleSource } from "../schema";

export const article = {
  slug: ${JSON.stringify(ENGLISH_STORY.slug)},
  headline: ${JSON.stringify(ENGLISH_STORY.headline)},
  standfirst: "The two met in Beşiktaş with Azərbaycan's envoy and the scholar ʿAlī al-Ṭāhir.",
  section: ${JSON.stringify(ENGLISH_STORY.section)},
  tags: ["Turkey"],
  published: "2025-06-02T09:00:00+00:00",
  updated: "2025-06-02T11:30:00+00:00",
  byline: { agency: "Agencies" },
  image: { ${photo}, alt: "Stand-in image", caption: "İstanbul's Dolmabahçe Palace", credit: "AP" },
  body: [
    { type: "paragraph", text: "Recep Tayyip Erdoğan and Ahmet Davutoğlu met on Tuesday, officials said." },
    { type: "quote", text: ${JSON.stringify(ENGLISH_STORY.arabicQuote)}, attribution: "الكرملين", language: "ar" },
  ],
  corrections: [{ date: "2025-06-02T11:30:00+00:00", text: ${JSON.stringify(ENGLISH_STORY.correction)} }],
} as const satisfies ArticleSource;
`,
};
