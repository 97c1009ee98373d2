import type { NewsroomPageSource } from "../schema";

export const page = {
  slug: "standards",
  title: "Editorial standards",
  description: "The standards our journalism is held to: ethics, verification and fact-checking, unnamed sources, corrections and how to complain.",
  updated: "2026-12-04T09:00:00+00:00",
  intro: [
    "These are the standards every story we publish is held to. Editors check stories against them before publication; the readers' editor answers complaints against them afterwards.",
  ],
  parts: [
    {
      id: "ethics",
      heading: "Ethics",
      paragraphs: [
        "We are independent of governments, parties, advertisers and our owners in what we report. Journalists declare interests that could bear on a story and do not cover subjects in which they have one.",
        "We do not pay sources for information, we do not accept gifts that could influence coverage, and we identify ourselves as journalists except where the public interest requires otherwise and a senior editor has agreed in writing.",
        "We treat people in the news fairly: anyone facing a serious allegation is given a fair chance to respond before publication, and their response is reported.",
      ],
    },
    {
      id: "verification",
      heading: "Verification and fact-checking",
      paragraphs: [
        "Facts are checked before publication against primary sources where they exist: documents, data, recordings and people with first-hand knowledge. Photos and videos from third parties are verified for place, time and origin before use, and their credit says where they came from.",
        "A story based on a single source says so. Claims we cannot verify are attributed, not stated as fact. Our fact checks test a public claim against the evidence and give a verdict, with the sources they rest on.",
      ],
    },
    {
      id: "unnamed-sources",
      heading: "Unnamed sources",
      paragraphs: [
        "We name our sources wherever we can. We grant anonymity only when the information is important, cannot be obtained on the record, and naming the source would put them at risk of harm or of losing their livelihood.",
        "At least one editor knows the identity of every unnamed source. The story tells readers why the source was not named and, as far as it can without identifying them, how they know what they say.",
      ],
    },
    {
      id: "corrections",
      heading: "Corrections",
      paragraphs: [
        "When we get something wrong we correct it promptly and say so. A correction is printed at the foot of the story with its date, the story shows when it was updated, and search engines are told the story has changed.",
        "We do not remove stories to hide errors. A story is taken down only for legal reasons or to protect someone's safety, and then its address says it has gone.",
      ],
    },
    {
      id: "complaints",
      heading: "How to complain",
      paragraphs: [
        "Every story has a \"Report an error\" link. Complaints about accuracy, fairness or conduct go to the readers' editor, who is independent of the desks that produced the story and replies within five working days.",
        "If you are not satisfied with the answer, you may ask for it to be reviewed by the editor-in-chief. Our contact page lists every address.",
      ],
    },
  ],
} as const satisfies NewsroomPageSource;
