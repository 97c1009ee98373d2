import type { ArticleSource } from "../schema";

/**
 * Transcribed from the original page of November 14, 2013 (shared/seed/article-2013-11-14-putin-assad.txt):
 * headline, dateline, caption, credit, body and source line are as published.
 * Written for this edition, not on the original page: the standfirst, the section and the tags.
 * The AP photograph is not available to us: the image is a stand-in made here by
 * scripts/make-stand-in-image.ts, and its alt text says so. Caption and credit describe the original photo.
 * The original names no time zone; 6:23 pm is read in the publication's zone (Europe/London, GMT in November).
 */
export const article = {
  slug: "putin-discusses-syria-peace-efforts-with-assad",
  headline: "Putin discusses Syria peace efforts with Assad",
  standfirst:
    "The leaders’ first phone call in two years focused on efforts to convene the Geneva-2 peace conference, the Kremlin said.",
  section: "middle-east",
  tags: ["Syria", "Russia", "Geneva-2 talks", "Chemical weapons"],
  published: "2013-11-14T18:23:00+00:00",
  updated: "2013-11-14T18:23:00+00:00",
  byline: { agency: "Agencies" },
  source: "Agencies",
  image: {
    src: "/images/articles/putin-discusses-syria-peace-efforts-with-assad.jpg",
    width: 1600,
    height: 1200,
    alt: "Stand-in image: the agency photograph of this scene is not available",
    caption: "Syrian President Bashar Assad, right, speaks with UN-Arab League envoy for Syria, Lakhdar Brahimi, in Damascus, Syria",
    credit: "AP",
  },
  body: [
    { type: "paragraph", text: "Russian President Vladimir Putin on Thursday discussed international peace efforts to end the Syrian conflict in a phone call with President Bashar Al-Assad, the Kremlin said in a statement." },
    { type: "paragraph", text: "Their talk, the first in two years, focused on Russian and US efforts to convene a peace conference bringing all parties in the conflict to the negotiating table to end the nearly three-year bloody civil war in Syria." },
    { type: "paragraph", text: "Assad has said his government will participate in the conference but had initially expressed qualms about negotiating with the rebel groups." },
    { type: "paragraph", text: "“Putin underscored the efforts by Russia and its partners to prepare for the Geneva-2 international conference and gave a positive assessment to Bashar al-Assad’s readiness to send a Syrian government delegation to this event,” the Kremlin statement said." },
    { type: "paragraph", text: "“The hope was expressed that the main opposition groups will show a constructive approach and take part in the conference.”" },
    { type: "paragraph", text: "The largest Syrian opposition groups still remain reluctant to take part in the Geneva-2 peace talks saying they cannot accept Assad to play a role in Syria’s future." },
    { type: "paragraph", text: "UN and Arab League Special Envoy Lakhdar Ibrahimi, who has engaged in shuttle diplomacy, said last week that it was unlikely the peace talks would be held in November." },
    { type: "paragraph", text: "On Tuesday, the Syrian National Council set a number of pre-conditions, including Syrian Army withdrawals from captured cities and towns, for attending the peace talks." },
    { type: "paragraph", text: "The Kremlin statement also said that Putin praised Syria’s cooperation with international weapons inspectors to destroy its chemical armaments stockpile." },
    { type: "paragraph", text: "In September, the US agreed to a Russian proposal for Syria to destroy its banned arms as a means to avert a US military strike in retaliation for a chemical weapons attack which killed hundreds in villages near Damascus." },
    { type: "paragraph", text: "Assad had denied his government’s involvement in the attack." },
    { type: "paragraph", text: "On November 1, a statement released by the Organisation for the Prohibition of Chemical Weapons (OPCW) confirmed that the Syrian government had completed the functional destruction of equipment once used in its declared chemical weapons." },
    { type: "paragraph", text: "A final report is expected to be delivered to the UN Security Council in December." },
    { type: "paragraph", text: "The Kremlin statement went on to say that Putin was concerned about civilian casualties and that he had urged Assad to do his utmost to alleviate their plight as well as end the suffering of Christians and other religious minorities in the country." },
  ],
} as const satisfies ArticleSource;
